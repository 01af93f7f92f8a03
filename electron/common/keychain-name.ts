import { msg, type Message } from './messages/message';

/**
 * Keychain entry names (the config's `clientSecret.keychain`), one rule for the CLI, the desktop, the
 * config rules and the IPC contract. The OS keychain stores the secret under service `acc-ims-wizard`,
 * account = this name.
 */
export const KEYCHAIN_SERVICE = 'acc-ims-wizard';
export const KEYCHAIN_NAME_MAX_LENGTH = 200;

/** The entry a secret goes to when nothing names one: `acc-ims-wizard/<instance name>` (README, "Config format v1"). */
export function defaultKeychainName(instanceName: string): string {
  return `${KEYCHAIN_SERVICE}/${instanceName}`;
}

/** What is wrong with a keychain entry name, or null when it is usable. */
export function keychainNameProblem(name: string): Message | null {
  if (name.trim() === '') return msg('keychain.name.empty');
  // eslint-disable-next-line no-control-regex
  if (name !== name.trim() || /[\u0000-\u001f\u007f]/.test(name)) return msg('keychain.name.badCharacters', { name: name.trim() });
  if (name.length > KEYCHAIN_NAME_MAX_LENGTH) return msg('keychain.name.tooLong', { max: KEYCHAIN_NAME_MAX_LENGTH });
  return null;
}
