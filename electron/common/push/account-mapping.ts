import { EXT_ACCOUNT_FIELDS } from '../campaign/ext-account-fields';

/**
 * What a push adds to the one field table (campaign/ext-account-fields.ts): the attributes the tool
 * sets itself rather than the config, and the attributes read back when looking at an account.
 */

/** The account type, read from the instance's enumeration nms:extAccount:type, never hard-coded. */
export const TYPE_ATTRIBUTE = 'type';
/** The console's "Enabled" checkbox: an account IMS should use must be enabled. */
export const ENABLED_ATTRIBUTE = 'active';
export const ENABLED_VALUE = '1';

/** Every attribute to read when looking at an account (the secret comes back encrypted). */
export const READ_ATTRIBUTES: readonly string[] = ['id', TYPE_ATTRIBUTE, ENABLED_ATTRIBUTE, ...EXT_ACCOUNT_FIELDS.map((m) => m.attribute)];

/** An account record as config `account` fields (never the secret), to run the config rules on it. */
export function accountToFields(record: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of EXT_ACCOUNT_FIELDS) if (!m.secret && record[m.attribute] !== undefined) out[m.field] = record[m.attribute]!;
  return out;
}
