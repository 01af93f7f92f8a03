import type { ExtAccountRecord } from '../checks/facts';
import { fieldOfAttribute } from '../campaign/ext-account-fields';

export interface Verification {
  verified: boolean;
  /** One line per attribute that did not read back as written. */
  mismatches: string[];
}

const fieldOf = (attribute: string) => fieldOfAttribute(attribute)?.field ?? (attribute === 'active' ? 'enabled' : attribute);

/** Compares the account read back after the write with what was written (the secret by its encrypted form). */
export function verifyWrite(written: Record<string, string>, encryptedSecret: string | null, readBack: ExtAccountRecord | null): Verification {
  if (!readBack) return { verified: false, mismatches: ['the account could not be found after the write'] };
  const mismatches: string[] = [];
  for (const [attribute, value] of Object.entries(written)) {
    const got = readBack[attribute] ?? '';
    if (got !== value) mismatches.push(`${fieldOf(attribute)}: wrote "${value}", read back "${got}"`);
  }
  if (encryptedSecret !== null && (readBack.clientSecret ?? '') !== encryptedSecret) {
    mismatches.push('clientSecret: the encrypted secret read back differs from the one written');
  }
  return { verified: mismatches.length === 0, mismatches };
}
