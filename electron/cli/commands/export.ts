import { WizardError } from '../../common/errors';
import { EXIT_FAILED, EXIT_OK, stringOption, type CliCommand, type CommandContext } from '../command';
import { loadConfigFile, saveConfigFile, serializeConfig } from '../../node/files/config-file';
import type { AccImsConfig } from '../../common/config/schema';
import { formatProblems } from '../report';
import { requireOnePositional } from '../positionals';

const FORMATS = ['json'] as const;
type ExportFormat = (typeof FORMATS)[number];

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'write a hand-over file (config json) from a config',
  help: `Usage: acc-ims export FILE --format json [--out F]

Validates FILE and writes it for hand-over. Refuses an invalid config.

Formats:
  json      the config file itself, with defaults filled in; never contains the client secret

Options:
  --format F        ${FORMATS.join(' | ')} (required)
  --out F           where to write (written atomically); default: standard output
  --secret-env VAR  ignored for json: the secret is never exported in clear

Exit codes: 0 written, 1 invalid config, 2 bad usage or unreadable/unwritable file.

Example:
  acc-ims export prod.acc-ims.json --format json --out handover.json`,
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    'secret-env': { type: 'string' },
    'passphrase-env': { type: 'string' },
  },
  async run(ctx) {
    const file = requireOnePositional(ctx.positionals, 'export', 'FILE');
    const format = parseFormat(stringOption(ctx.values, 'format'));
    const result = await loadConfigFile(file);
    if (!result.valid || !result.config) {
      ctx.io.err([`${file} is invalid; nothing was exported. Fix these and try again:`, ...formatProblems(result.errors)].join('\n'));
      return EXIT_FAILED;
    }
    await EXPORTERS[format](result.config, ctx);
    return EXIT_OK;
  },
};

const EXPORTERS: Record<ExportFormat, (config: AccImsConfig, ctx: CommandContext) => Promise<void>> = {
  async json(config, { values, io }) {
    if (stringOption(values, 'secret-env')) io.err('note: --secret-env is ignored for --format json: the client secret is never written in clear. Use --format bundle to hand it over encrypted.');
    const out = stringOption(values, 'out');
    if (out) {
      await saveConfigFile(out, config);
      io.err(`Wrote ${out}.`);
    } else {
      io.out(serializeConfig(config));
    }
  },
};

function parseFormat(value: string | undefined): ExportFormat {
  if (value === undefined) throw new WizardError('usage', `--format is required: one of ${FORMATS.join(', ')}.`);
  if (!(FORMATS as readonly string[]).includes(value)) throw new WizardError('usage', `unknown --format "${value}": use one of ${FORMATS.join(', ')}.`);
  return value as ExportFormat;
}
