import { WizardError } from '../../common/errors';
import { EXIT_FAILED, EXIT_OK, stringOption, type CliCommand, type CommandContext } from '../command';
import { loadConfigFile, saveConfigFile, serializeConfig } from '../../node/files/config-file';
import type { AccImsConfig } from '../../common/config/schema';
import { formatProblems } from '../report';
import { requireOnePositional } from '../positionals';
import { exportConfig, renderPackage } from '../../node/handover/export';
import { requireSecret } from '../../node/keychain/keychain';
import { secretFromEnv } from '../read-secret';

const FORMATS = ['json', 'package', 'bundle'] as const;
type ExportFormat = (typeof FORMATS)[number];

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'write a hand-over file (config json, Campaign package, encrypted bundle) from a config',
  help: `Usage: acc-ims export FILE --format json|package|bundle [--out F] [--secret-env VAR] [--passphrase-env VAR]

Validates FILE and writes it for hand-over. Refuses an invalid config.

Formats:
  json      the config file itself, with defaults filled in; never contains the client secret
  package   a Campaign data package for Tools > Advanced > Import package in the client console;
            it updates the existing external account by internal name and never contains the
            secret: type the secret in the console afterwards, then restart the Campaign server
  bundle    one file for "acc-ims import": the config, plus the client secret encrypted under a
            passphrase (scrypt, AES-256-GCM) when a secret is given by --secret-env or by the
            config's keychain reference; encrypted whenever a passphrase is given

Options:
  --format F            ${FORMATS.join(' | ')} (required)
  --out F               where to write (written atomically); default: standard output (json,
                        package); required for bundle
  --secret-env VAR      bundle: read the client secret from environment variable VAR instead of the
                        keychain; ignored for json and package (the secret is never written in clear)
  --passphrase-env VAR  bundle: read the passphrase (at least 12 characters) from environment variable VAR
  --no-secret           bundle: leave the secret out even if the config references one

Exit codes: 0 written, 1 invalid config or keychain problem, 2 bad usage or unreadable/unwritable file.

Examples:
  acc-ims export prod.acc-ims.json --format json --out handover.json
  acc-ims export prod.acc-ims.json --format package --out prod-account.xml
  ACC_IMS_PASSPHRASE='correct horse battery staple' \\
    acc-ims export prod.acc-ims.json --format bundle --passphrase-env ACC_IMS_PASSPHRASE --out prod.accims`,
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    'secret-env': { type: 'string' },
    'passphrase-env': { type: 'string' },
    'no-secret': { type: 'boolean' },
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
  async package(config, ctx) {
    const { values, io } = ctx;
    if (stringOption(values, 'secret-env')) io.err('note: --secret-env is ignored for --format package: the package never carries the client secret. Type it in the console after the import.');
    const out = stringOption(values, 'out');
    if (!out) {
      // Standard output, like json: the package text is the file.
      io.out(renderPackage(config, generator()));
      io.err('note: the package carries no client secret. After importing it, type the secret in the external account in the console, save, and restart the Campaign server.');
      return;
    }
    const outcome = await exportConfig({ config, format: 'package', outPath: out, generator: generator() });
    for (const note of outcome.notes) io.err(`note: ${note}`);
    io.err(`Wrote ${out}.`);
  },
  async bundle(config, ctx) {
    const { values, io } = ctx;
    const out = stringOption(values, 'out');
    if (!out) throw new WizardError('usage', '--out FILE is required for --format bundle (a bundle is a binary file), e.g. --out prod.accims.');
    const passphrase = readEnvValue(ctx, 'passphrase-env');
    const secret = await bundleSecret(config, ctx);
    const outcome = await exportConfig({ config, format: 'bundle', outPath: out, secret, passphrase });
    for (const note of outcome.notes) io.err(`note: ${note}`);
    const what = outcome.secretIncluded ? 'the config and the encrypted client secret' : outcome.encrypted ? 'the config, encrypted' : 'the config (no secret, not encrypted)';
    io.err(`Wrote ${out}: ${what}.`);
  },
};

function generator(): string {
  return typeof ACC_IMS_VERSION === 'string' ? `acc-ims-wizard ${ACC_IMS_VERSION}` : 'acc-ims-wizard';
}
declare const ACC_IMS_VERSION: string;

/** The secret a bundle carries: --secret-env first, else the config's keychain entry, else none. */
async function bundleSecret(config: AccImsConfig, ctx: CommandContext): Promise<string | undefined> {
  const fromEnv = readEnvValue(ctx, 'secret-env');
  if (ctx.values['no-secret']) {
    if (fromEnv !== undefined) throw new WizardError('usage', '--no-secret and --secret-env contradict each other: give only one.');
    return undefined;
  }
  if (fromEnv !== undefined) return fromEnv;
  const ref = config.account.clientSecret?.keychain;
  // A referenced entry that is missing is an error, not a silent bundle without the secret.
  return ref ? requireSecret(ref) : undefined;
}

/** A secret named by a --*-env flag: never from argv; an unset variable is a usage error, not "no secret". */
function readEnvValue({ values, io }: CommandContext, flag: string): string | undefined {
  return secretFromEnv(io, `--${flag}`, stringOption(values, flag));
}

function parseFormat(value: string | undefined): ExportFormat {
  if (value === undefined) throw new WizardError('usage', `--format is required: one of ${FORMATS.join(', ')}.`);
  if (!(FORMATS as readonly string[]).includes(value)) throw new WizardError('usage', `unknown --format "${value}": use one of ${FORMATS.join(', ')}.`);
  return value as ExportFormat;
}
