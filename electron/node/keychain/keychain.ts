import type * as Keytar_ from 'keytar';
import { WizardError } from '../../common/errors';
import { KEYCHAIN_SERVICE, keychainNameProblem } from '../../common/keychain-name';
import { msg, type Message } from '../../common/messages/message';
import { redactor } from '../../common/redact';
import { explainKeychainFailure } from './keychain-errors';

/** The one module that talks to keytar: secrets live in the OS keychain under KEYCHAIN_SERVICE. */
export { KEYCHAIN_SERVICE };
// A locked keychain may wait for an unlock prompt that never comes on a headless machine.
const CALL_TIMEOUT_MS = 20_000;

type Keytar = typeof Keytar_;
let keytarModule: Keytar | undefined;

async function keytar(): Promise<Keytar> {
  if (!keytarModule) {
    try {
      // Loaded on first use so commands that never touch a secret work without a keychain.
      const mod = (await import('keytar')) as Keytar & { default?: Keytar };
      keytarModule = mod.default ?? mod;
    } catch {
      throw new WizardError('keychain', msg('keychain.moduleMissing'));
    }
  }
  return keytarModule;
}

/** The name itself, or WizardError('usage') saying what is wrong with it (common/keychain-name.ts). */
export function checkSecretName(name: string): string {
  const problem = typeof name === 'string' ? keychainNameProblem(name) : msg('keychain.name.empty');
  if (problem) throw new WizardError('usage', problem);
  return name;
}

async function call<T>(action: Message, run: (k: Keytar) => Promise<T>): Promise<T> {
  const k = await keytar();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new WizardError('keychain', msg('keychain.timeout', { seconds: CALL_TIMEOUT_MS / 1000, action }))),
      CALL_TIMEOUT_MS,
    );
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
  const value = await call(msg('keychain.action.read', { name }), (k) => k.getPassword(KEYCHAIN_SERVICE, name));
  if (value) redactor.add(value);
  return value;
}

/** The secret stored under `name`; a clear error that says how to store it when there is none. */
export async function requireSecret(name: string): Promise<string> {
  const value = await getSecret(name);
  if (value === null || value === '') {
    throw new WizardError('keychain', msg('keychain.missingEntry', { name, command: quoteArg(name) }));
  }
  return value;
}

export async function setSecret(name: string, value: string): Promise<void> {
  checkSecretName(name);
  if (!value) throw new WizardError('invalid', msg('keychain.emptySecret'));
  redactor.add(value);
  await call(msg('keychain.action.store', { name }), (k) => k.setPassword(KEYCHAIN_SERVICE, name, value));
}

/** Deletes the entry (and the instance it is bound to); false when there was none. */
export async function deleteSecret(name: string): Promise<boolean> {
  checkSecretName(name);
  return call(msg('keychain.action.delete', { name }), async (k) => {
    await k.deletePassword(BINDING_SERVICE, name);
    return k.deletePassword(KEYCHAIN_SERVICE, name);
  });
}

// The instance host a secret belongs to, beside it in the keychain: a file could be edited to move it.
const BINDING_SERVICE = `${KEYCHAIN_SERVICE}:instance`;

/** The host the entry's secret was stored or imported for (lower case), null when none was recorded. */
export async function getSecretHost(name: string): Promise<string | null> {
  checkSecretName(name);
  return call(msg('keychain.action.read', { name }), (k) => k.getPassword(BINDING_SERVICE, name));
}

export async function setSecretHost(name: string, host: string): Promise<void> {
  checkSecretName(name);
  await call(msg('keychain.action.store', { name }), (k) => k.setPassword(BINDING_SERVICE, name, host.toLowerCase()));
}

export async function hasSecret(name: string): Promise<boolean> {
  return (await getSecret(name)) !== null;
}

/** Names of the stored entries, never their values. */
export async function listSecretNames(): Promise<string[]> {
  const credentials = await call(msg('keychain.action.list'), (k) => k.findCredentials(KEYCHAIN_SERVICE));
  return credentials.map((c) => c.account).sort();
}

function quoteArg(name: string): string {
  return /^[A-Za-z0-9._/@:-]+$/.test(name) ? name : `'${name.replace(/'/g, `'\\''`)}'`;
}

/** The keychain operations a job needs; callers may wrap them (the desktop passes its own). */
export interface Keychain {
  /** null when there is no entry; throws WizardError('keychain') when the keychain itself fails. */
  getSecret(name: string): Promise<string | null>;
  setSecret(name: string, value: string): Promise<void>;
  /** false when there was nothing to delete. */
  deleteSecret(name: string): Promise<boolean>;
  /** The instance host the secret is bound to; null when none was recorded. */
  getSecretHost(name: string): Promise<string | null>;
  setSecretHost(name: string, host: string): Promise<void>;
}

export const osKeychain: Keychain = { getSecret, setSecret, deleteSecret, getSecretHost, setSecretHost };
