import { normalizeInstanceUrl } from '../../common/campaign/instance-url';
import { WizardError } from '../../common/errors';
import { DEFAULT_TIMEOUT_MS } from '../../node/campaign/campaign-service';
import type { Credentials } from '../../node/campaign/session';
import { readFileCapped } from '../../node/files/read-file';
import { stringOption, type OptionSpec, type OptionValues } from '../command';
import type { CliIo } from '../io';
import { secretFromEnv } from '../read-secret';

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

export const CONNECTION_HELP = `  --instance URL         the instance's access URL (https://…; http:// only for a lab instance)
  --user LOGIN           Campaign operator (administrator) to log on with
  --password-env VAR     read the operator's password from environment variable VAR
  --bearer-env VAR       log on with an IMS bearer token from VAR instead (Campaign v8.5 and later)
  --ca FILE              trust this CA certificate (PEM) too, for an instance behind a private CA
  --timeout SECONDS      give up on one HTTP call after this long (default ${DEFAULT_TIMEOUT_MS / 1000})
  --account-type N       the number of the "Adobe Experience Cloud" account type, when the instance
                         labels it differently (normally found by its label in nms:extAccount:type)
  --json                 print one JSON document on stdout`;

const MAX_CA_BYTES = 1024 * 1024;
const MAX_TIMEOUT_S = 600;

export interface ConnectionFlags {
  url: string;
  credentials?: Credentials;
  timeoutMs: number;
  caPem?: string;
  accountType?: number;
}

export async function readConnectionFlags(values: OptionValues, io: CliIo, command: string): Promise<ConnectionFlags> {
  const instance = stringOption(values, 'instance');
  if (!instance) throw new WizardError('usage', `--instance URL is required: the instance's access URL, e.g. acc-ims ${command} … --instance https://campaign.example.com.`);
  const normalized = normalizeInstanceUrl(instance);
  if (!normalized.ok) throw new WizardError('usage', normalized.message);
  for (const w of normalized.warnings) io.err(`warning: ${w}`);

  const flags: ConnectionFlags = { url: normalized.url, timeoutMs: readTimeout(stringOption(values, 'timeout')) };
  const credentials = readCredentials(values, io);
  if (credentials) flags.credentials = credentials;
  const ca = stringOption(values, 'ca');
  if (ca) flags.caPem = await readCa(ca);
  const type = stringOption(values, 'account-type');
  if (type !== undefined) {
    if (!/^\d{1,3}$/.test(type)) throw new WizardError('usage', `--account-type takes the number of the account type (e.g. --account-type 18), not "${type}".`);
    flags.accountType = Number(type);
  }
  return flags;
}

function readCredentials(values: OptionValues, io: CliIo): Credentials | undefined {
  const user = stringOption(values, 'user');
  const passwordVar = stringOption(values, 'password-env');
  const bearerVar = stringOption(values, 'bearer-env');
  if (values.password !== undefined) throw new WizardError('usage', 'Passwords are never taken on the command line: use --password-env VAR.');
  if (bearerVar !== undefined) {
    if (user !== undefined || passwordVar !== undefined) throw new WizardError('usage', 'Give either --bearer-env VAR or --user with --password-env VAR, not both.');
    return { kind: 'bearer', token: secretFromEnv(io, '--bearer-env', bearerVar)! };
  }
  if (user === undefined && passwordVar === undefined) return undefined;
  if (!user) throw new WizardError('usage', '--password-env needs --user LOGIN: the operator to log on with.');
  if (!passwordVar) throw new WizardError('usage', `--user ${user} needs --password-env VAR: the environment variable that holds the password.`);
  return { kind: 'password', login: user, password: secretFromEnv(io, '--password-env', passwordVar)! };
}

function readTimeout(text: string | undefined): number {
  if (text === undefined) return DEFAULT_TIMEOUT_MS;
  const seconds = Number(text);
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > MAX_TIMEOUT_S) {
    throw new WizardError('usage', `--timeout takes a number of seconds between 1 and ${MAX_TIMEOUT_S}, not "${text}".`);
  }
  return Math.round(seconds * 1000);
}

async function readCa(path: string): Promise<string> {
  const pem = (await readFileCapped(path, MAX_CA_BYTES, 'CA certificate file')).toString('utf8');
  if (!pem.includes('-----BEGIN CERTIFICATE-----')) {
    throw new WizardError('usage', `${path} is not a PEM certificate (no "-----BEGIN CERTIFICATE-----" line). Export your company CA as PEM (Base-64 encoded X.509) and pass that file to --ca.`);
  }
  return pem;
}

/** Ctrl+C cancels the network work cleanly (the session is still logged off) instead of killing it mid-write. */
export function cancelOnInterrupt(): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  const onSigint = () => controller.abort();
  process.once('SIGINT', onSigint);
  return { signal: controller.signal, dispose: () => process.removeListener('SIGINT', onSigint) };
}
