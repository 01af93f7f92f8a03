import type { AccImsConfig } from '../../common/config/schema';
import { WizardError } from '../../common/errors';
import { render } from '../../common/messages/catalogs';
import { msg } from '../../common/messages/message';
import { serializeConfig } from '../../node/files/config-file';
import { exportConfig, renderPackage } from '../../node/handover/export';
import { requireSecret } from '../../node/keychain/keychain';
import { EXIT_OK, stringOption, type CliCommand, type CommandContext } from '../command';
import { checkOutputPath } from '../output-path';
import { requireOnePositional } from '../positionals';
import { secretFromEnv } from '../read-secret';
import { noteLine } from '../speak';
import { validConfigFrom } from '../valid-config';

const FORMATS = ['json', 'package', 'bundle'] as const;
type ExportFormat = (typeof FORMATS)[number];

export const exportCommand: CliCommand = {
  name: 'export',
  summary: msg('cli.summary.export'),
  help: msg('cli.help.export'),
  options: {
    format: { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean' },
    'secret-env': { type: 'string' },
    'passphrase-env': { type: 'string' },
    'no-secret': { type: 'boolean' },
  },
  async run(ctx) {
    const file = requireOnePositional(ctx.positionals, 'export');
    const format = parseFormat(stringOption(ctx.values, 'format'));
    const out = stringOption(ctx.values, 'out');
    if (format === 'bundle' && !out) throw new WizardError('usage', msg('cli.export.bundleNeedsOut'));
    if (out) await checkOutputPath(out, ctx.values.force === true);
    const config = await validConfigFrom(ctx, file, 'cli.export.invalid');
    await EXPORTERS[format](config, ctx, out);
    return EXIT_OK;
  },
};

const EXPORTERS: Record<ExportFormat, (config: AccImsConfig, ctx: CommandContext, out: string | undefined) => Promise<void>> = {
  async json(config, { values, io, locale }, out) {
    if (stringOption(values, 'secret-env')) io.err(noteLine(locale, msg('cli.export.secretIgnoredJson')));
    if (!out) return io.out(serializeConfig(config));
    const outcome = await exportConfig({ config, format: 'json', outPath: out });
    for (const note of outcome.notes) io.err(noteLine(locale, note));
    io.err(render(locale, msg('cli.export.wrote', { file: out })));
  },
  async package(config, { values, io, locale }, out) {
    if (stringOption(values, 'secret-env')) io.err(noteLine(locale, msg('cli.export.secretIgnoredPackage')));
    if (!out) {
      // Standard output, like json: the package text is the file.
      io.out(renderPackage(config, generator()));
      io.err(noteLine(locale, msg('cli.export.packageReminder')));
      return;
    }
    const outcome = await exportConfig({ config, format: 'package', outPath: out, generator: generator() });
    for (const note of outcome.notes) io.err(noteLine(locale, note));
    io.err(render(locale, msg('cli.export.wrote', { file: out })));
  },
  async bundle(config, ctx, out) {
    const { io, locale } = ctx;
    const passphrase = readEnvValue(ctx, 'passphrase-env');
    const secret = await bundleSecret(config, ctx);
    const outcome = await exportConfig({ config, format: 'bundle', outPath: out!, secret, passphrase });
    for (const note of outcome.notes) io.err(noteLine(locale, note));
    const wrote = outcome.secretIncluded
      ? 'cli.export.wroteBundleWithSecret'
      : outcome.encrypted
        ? 'cli.export.wroteBundleEncrypted'
        : 'cli.export.wroteBundlePlain';
    io.err(render(locale, msg(wrote, { file: out! })));
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
    if (fromEnv !== undefined) throw new WizardError('usage', msg('cli.export.noSecretConflict'));
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
  if (value === undefined) throw new WizardError('usage', msg('cli.export.formatMissing'));
  if (!(FORMATS as readonly string[]).includes(value)) throw new WizardError('usage', msg('cli.export.formatUnknown'));
  return value as ExportFormat;
}
