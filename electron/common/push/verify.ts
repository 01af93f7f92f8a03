import type { ExtAccountRecord } from '../checks/facts';
import { fieldOfAttribute } from '../campaign/ext-account-fields';
import { msg, type Message } from '../messages/message';

export interface Verification {
  verified: boolean;
  /** One line per attribute that did not read back as written. */
  mismatches: Message[];
}

const fieldOf = (attribute: string) => fieldOfAttribute(attribute)?.field ?? (attribute === 'active' ? 'enabled' : attribute);

/** Compares the account read back after the write with what was written (the secret by its encrypted form). */
export function verifyWrite(
  written: Record<string, string>,
  encryptedSecret: string | null,
  readBack: ExtAccountRecord | null,
): Verification {
  if (!readBack) return { verified: false, mismatches: [msg('push.verify.notFound')] };
  const mismatches: Message[] = [];
  for (const [attribute, value] of Object.entries(written)) {
    const got = readBack[attribute] ?? '';
    if (got !== value) mismatches.push(msg('push.verify.value', { field: fieldOf(attribute), wrote: value, got }));
  }
  if (encryptedSecret !== null && (readBack.clientSecret ?? '') !== encryptedSecret) {
    mismatches.push(msg('push.verify.secret'));
  }
  return { verified: mismatches.length === 0, mismatches };
}
