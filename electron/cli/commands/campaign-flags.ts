import { normalizeInstanceUrl } from '../../common/campaign/instance-url';
import { WizardError } from '../../common/errors';
import { msg, type Message } from '../../common/messages/message';
import { DEFAULT_TIMEOUT_MS } from '../../node/campaign/desktop-campaign';
import type { Credentials } from '../../node/campaign/session';
import { readFileCapped } from '../../node/files/read-file';
import { stringOption, type CommandContext, type OptionSpec } from '../command';
import { secretFromEnv } from '../read-secret';
import { asMessage, noteLine, warningLine } from '../speak';

import { schemaCacheDir } from '../../node/campaign/cache-folder';

export { cancelOnInterrupt } from '../interrupt';

/** The connection flags `check` and `push` share, parsed once so both behave the same. */
export const CONNECTION_OPTIONS: OptionSpec = {
  instance: { type: 'string' },
  user: { type: 'string' },
  'password-env': { type: 'string' },
  // Accepted only to answer with the right way to pass a password.
  password: { type: 'string' },
  'bearer-env': { type: 'string' },
  'account-type': { type: 'string' },
  ca: { type: 'string' },
  timeout: { type: 'string' },
  json: { type: 'boolean' },
};

export const connectionHelp = (): Message => msg('cli.help.connection', { timeout: DEFAULT_TIMEOUT_MS / 1000 });

const MAX_CA_BYTES = 1024 * 1024;
const MAX_TIMEOUT_S = 600;

export interface ConnectionFlags {
  url: string;
  /** True when the URL came from --instance, false when from the config's instance.url. */
  given: boolean;
  credentials?: Credentials;
  timeoutMs: number;
  caPem?: string;
  accountType?: number;
}

/** What every network run takes from the flags: where, how long, which CA, and the schema cache (README, "Where things live"). */
export function networkOf(flags: ConnectionFlags, signal: AbortSignal) {
  return { url: flags.url, timeoutMs: flags.timeoutMs, signal, ...(flags.caPem ? { caPem: flags.caPem } : {}), cacheDir: schemaCacheDir() };
}

/** Where to connect: --instance, else the config's instance.url (said on stderr, so it is never a surprise). */
export async function readConnectionFlags(
  ctx: CommandContext,
  command: string,
  fromConfig?: { url?: string; file: string },
): Promise<ConnectionFlags> {
  const { values, io, locale } = ctx;
  const instance = stringOption(values, 'instance') ?? fromConfig?.url;
  if (!instance) throw new WizardError('usage', msg('cli.connection.instanceRequired', { command }));
  const normalized = normalizeInstanceUrl(instance);
  if (!normalized.ok) throw new WizardError('usage', asMessage(normalized.message));
  const given = stringOption(values, 'instance') !== undefined;
  if (!given && fromConfig)
    io.err(noteLine(locale, msg('cli.connection.instanceFromConfig', { url: normalized.url, file: fromConfig.file })));
  for (const w of normalized.warnings) io.err(warningLine(locale, w));

  const flags: ConnectionFlags = { url: normalized.url, given, timeoutMs: readTimeout(stringOption(values, 'timeout')) };
  const credentials = readCredentials(ctx);
  if (credentials) flags.credentials = credentials;
  const ca = stringOption(values, 'ca');
  if (ca) flags.caPem = await readCa(ca);
  const type = stringOption(values, 'account-type');
  if (type !== undefined) {
    if (!/^\d{1,3}$/.test(type)) throw new WizardError('usage', msg('cli.connection.accountTypeInvalid'));
    flags.accountType = Number(type);
  }
  return flags;
}

function readCredentials({ values, io }: CommandContext): Credentials | undefined {
  const user = stringOption(values, 'user');
  const passwordVar = stringOption(values, 'password-env');
  const bearerVar = stringOption(values, 'bearer-env');
  if (bearerVar !== undefined) {
    if (user !== undefined || passwordVar !== undefined) throw new WizardError('usage', msg('cli.connection.bearerAndPassword'));
    return { kind: 'bearer', token: secretFromEnv(io, '--bearer-env', bearerVar)! };
  }
  if (user === undefined && passwordVar === undefined) return undefined;
  if (!user) throw new WizardError('usage', msg('cli.connection.passwordNeedsUser'));
  if (!passwordVar) throw new WizardError('usage', msg('cli.connection.userNeedsPassword'));
  return { kind: 'password', login: user, password: secretFromEnv(io, '--password-env', passwordVar)! };
}

function readTimeout(text: string | undefined): number {
  if (text === undefined) return DEFAULT_TIMEOUT_MS;
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > MAX_TIMEOUT_S) {
    throw new WizardError('usage', msg('cli.connection.timeoutInvalid', { max: MAX_TIMEOUT_S }));
  }
  return Math.round(seconds * 1000);
}

async function readCa(path: string): Promise<string> {
  const pem = (await readFileCapped(path, MAX_CA_BYTES, 'ca')).toString('utf8');
  if (!pem.includes('-----BEGIN CERTIFICATE-----')) throw new WizardError('usage', msg('cli.connection.caNotPem', { file: path }));
  return pem;
}
