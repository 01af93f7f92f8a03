import { WizardError } from '../../common/errors';
import { redactor } from '../../common/redact';
import { explainKeychainFailure } from './keychain-errors';

/** The one module that talks to keytar: secrets live in the OS keychain under this service name. */
export const KEYCHAIN_SERVICE = 'acc-ims-wizard';
const MAX_NAME_LENGTH = 200;
// A locked keychain may wait for an unlock prompt that never comes on a headless machine.
const CALL_TIMEOUT_MS = 20_000;

type Keytar = typeof import('keytar');
let keytarModule: Keytar | undefined;

async function keytar(): Promise<Keytar> {
  if (!keytarModule) {
    try {
      // Loaded on first use so commands that never touch a secret work without a keychain.
      const mod = (await import('keytar')) as Keytar & { default?: Keytar };
      keytarModule = mod.default ?? mod;
    } catch {
      throw new WizardError('keychain', 'The keychain module (keytar) is not installed or was built for another platform. Run "npm install" in the acc-ims-wizard folder.');
    }
  }
  return keytarModule;
}

export function checkSecretName(name: string): string {
  if (typeof name !== 'string' || name.trim() === '') throw new WizardError('usage', 'The keychain entry name is empty. Use a name such as acc-ims-wizard/prod.');
  if (name !== name.trim() || /[\u0000-\u001f\u007f]/.test(name)) throw new WizardError('usage', `The keychain entry name "${name.trim()}" has spaces at an end or control characters. Use a name such as acc-ims-wizard/prod.`);
  if (name.length > MAX_NAME_LENGTH) throw new WizardError('usage', `The keychain entry name is longer than ${MAX_NAME_LENGTH} characters.`);
  return name;
}

async function call<T>(action: string, run: (k: Keytar) => Promise<T>): Promise<T> {
  const k = await keytar();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new WizardError('keychain', `The OS keychain did not answer within ${CALL_TIMEOUT_MS / 1000} s while trying to ${action}. It may be locked and waiting for a password: unlock it and try again.`)), CALL_TIMEOUT_MS);
    timer.unref?.();
  });
  try {
    return await Promise.race([run(k), timeout]);
  } catch (e) {
    if (e instanceof WizardError) throw e;
    throw new WizardError('keychain', explainKeychainFailure(action, redactor.redactError(e), process.platform));
  } finally {
    clearTimeout(timer);
  }
}

/** The secret stored under `name`, or null when there is no such entry. */
export async function getSecret(name: string): Promise<string | null> {
  checkSecretName(name);
  const value = await call(`read "${name}"`, (k) => k.getPassword(KEYCHAIN_SERVICE, name));
  if (value) redactor.add(value);
  return value;
}

/** The secret stored under `name`; a clear error that says how to store it when there is none. */
export async function requireSecret(name: string): Promise<string> {
  const value = await getSecret(name);
  if (value === null || value === '') {
    throw new WizardError('keychain', `The OS keychain has no secret named "${name}". Store it with: acc-ims secret set ${quoteArg(name)}  (the value is read from standard input), or enter it in the wizard.`);
  }
  return value;
}

export async function setSecret(name: string, value: string): Promise<void> {
  checkSecretName(name);
  if (!value) throw new WizardError('invalid', 'The secret is empty; nothing was stored.');
  redactor.add(value);
  await call(`store "${name}"`, (k) => k.setPassword(KEYCHAIN_SERVICE, name, value));
}

/** Deletes the entry; false when there was none. */
export async function deleteSecret(name: string): Promise<boolean> {
  checkSecretName(name);
  return call(`delete "${name}"`, (k) => k.deletePassword(KEYCHAIN_SERVICE, name));
}

export async function hasSecret(name: string): Promise<boolean> {
  return (await getSecret(name)) !== null;
}

/** Names of the stored entries, never their values. */
export async function listSecretNames(): Promise<string[]> {
  const credentials = await call('list the entries', (k) => k.findCredentials(KEYCHAIN_SERVICE));
  return credentials.map((c) => c.account).sort();
}

function quoteArg(name: string): string {
  return /^[A-Za-z0-9._/@:-]+$/.test(name) ? name : `'${name.replace(/'/g, `'\\''`)}'`;
}
