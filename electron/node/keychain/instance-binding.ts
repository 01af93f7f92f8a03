import { WizardError } from '../../common/errors';
import type { Message } from '../../common/messages/message';
import type { Keychain } from './keychain';

/**
 * A stored client secret belongs to the instance it was stored or imported for: a config or bundle that
 * names the entry with another host (a look-alike in a handed-over file) does not get it without the
 * admin's explicit yes. docs/ARCHITECTURE.md, "Secrets".
 */
export type Binding = { kind: 'same' } | { kind: 'unbound' } | { kind: 'other'; bound: string };

export async function bindingFor(keychain: Keychain, name: string, host: string): Promise<Binding> {
  const bound = await keychain.getSecretHost(name);
  if (bound === null) return { kind: 'unbound' };
  return bound === host.toLowerCase() ? { kind: 'same' } : { kind: 'other', bound };
}

export interface InstanceGuard {
  keychain: Keychain;
  /** The keychain entry whose secret is about to be sent. */
  name: string;
  /** The host it is about to be sent to. */
  host: string;
  /** Bind an unbound entry to `host` (false for a dry run: nothing is sent). */
  record?: boolean;
  /** Asked only when the entry is bound to another host: true sends it anyway (the binding stays). */
  allowOther(bound: string): Promise<boolean> | boolean;
  /** The refusal when the answer is no: the CLI and the desktop word the way out differently. */
  refusal(bound: string): Message;
}

/**
 * Call before a stored secret leaves for `host`: throws the refusal when the entry belongs to another
 * instance and that is not allowed. An entry stored before bindings existed is bound to this host.
 */
export async function guardSecretForInstance(req: InstanceGuard): Promise<void> {
  const binding = await bindingFor(req.keychain, req.name, req.host);
  if (binding.kind === 'other' && !(await req.allowOther(binding.bound))) {
    throw new WizardError('refused', req.refusal(binding.bound));
  }
  if (binding.kind === 'unbound' && req.record !== false) await req.keychain.setSecretHost(req.name, req.host);
}
