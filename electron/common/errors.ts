import type { Message } from './messages/message';

/**
 * An error meant for the admin: what went wrong and what to do, as a message code (`userMessage`),
 * rendered in the admin's language at the edge (CLI stderr, IPC → renderer). Services throw it; the CLI
 * maps `kind` to an exit code. Anything else is a bug. `Error.message` holds only the code, for stacks.
 */
export type WizardErrorKind =
  | 'usage' // bad flags or arguments
  | 'io' // a file cannot be read or written
  | 'invalid' // the input was read but is not acceptable (config rules, wrong passphrase, tampered file)
  | 'keychain' // the OS keychain is missing, locked, denies access, or lacks the entry
  | 'connection' // the instance cannot be reached (DNS, refused, TLS, timeout)
  | 'refused' // the instance answered but said no (credentials, rights, SOAP fault)
  | 'cancelled'; // the user cancelled

export class WizardError extends Error {
  override readonly name = 'WizardError';
  constructor(
    readonly kind: WizardErrorKind,
    readonly userMessage: Message,
  ) {
    super(userMessage.code);
  }
}

export const isWizardError = (e: unknown): e is WizardError => e instanceof WizardError;
