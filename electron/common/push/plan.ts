import type { AccImsConfig } from '../config/schema';
import type { ExtAccountRecord } from '../checks/facts';
import { EXT_ACCOUNT_FIELDS } from '../campaign/ext-account-fields';
import { CLI_WORDING, type Wording } from '../campaign/wording';
import { ENABLED_ATTRIBUTE, ENABLED_VALUE, TYPE_ATTRIBUTE } from './account-mapping';

/** One field that a push changes. The secret is never shown: `from`/`to` say only whether one is set. */
export interface FieldChange {
  field: string;
  from: string;
  to: string;
}

export const SECRET_SET = '(set)';
export const SECRET_NEW = '(new secret)';
export const SECRET_NONE = '';

export interface PushInputs {
  config: AccImsConfig;
  accountType: { value: number; label: string };
  /** Existing accounts of the IMS type. */
  typeAccounts: readonly ExtAccountRecord[];
  /** An account named like the config's internal name, whatever its type (null when none). */
  sameNameAccount: ExtAccountRecord | null;
  /** A client secret is available for this push (flag, environment or keychain). */
  secretAvailable: boolean;
  /** Overwrite a secret the instance already has. */
  replaceSecret: boolean;
  /** Update the existing account of the type even though its internal name differs from the config's. */
  updateExisting: boolean;
  /** Attributes the instance's nms:extAccount schema declares; null when it could not be read. */
  instanceAttributes: readonly string[] | null;
  /** How the admin makes each choice where they are (CLI flags by default). */
  wording?: Wording;
}

export type PushPlan =
  | { kind: 'refused'; reason: string; changes: FieldChange[]; notes: string[] }
  | {
      kind: 'create' | 'update';
      /** Internal name (@name) the write is keyed on. */
      targetName: string;
      changes: FieldChange[];
      /** Non-secret attributes to write (besides the key), empty when nothing changes. */
      attributes: Record<string, string>;
      writeSecret: boolean;
      notes: string[];
    };

/**
 * Decides what a push does: update the one account of the IMS type (never create a second), create it
 * when there is none, or refuse with the reason and the way out. Pure, so the desktop review page and
 * `push --dry-run` show exactly what `push` will write.
 */
export function planPush(input: PushInputs): PushPlan {
  const { config, typeAccounts } = input;
  const wantedName = config.account.internalName;
  const typeLabel = input.accountType.label;
  const notes: string[] = [];

  if (typeAccounts.length > 1) {
    const names = typeAccounts.map((a) => `"${a.name ?? ''}"`).join(', ');
    return refuse(
      `The instance has ${typeAccounts.length} external accounts of type "${typeLabel}" (${names}); there must be exactly one. Delete the extra ones in Administration > Platform > External accounts, keep one, then push again.`,
    );
  }
  const existing = typeAccounts[0] ?? null;
  let targetName = wantedName;
  if (existing) {
    const existingName = existing.name ?? '';
    if (existingName !== wantedName) {
      if (!input.updateExisting) {
        return refuse(
          `The instance already has the "${typeLabel}" account under the internal name "${existingName}", but the config says "${wantedName}". A second account would break IMS sign-in. Either ${(input.wording ?? CLI_WORDING).updateExisting} to update "${existingName}" (its internal name stays), or set account.internalName to "${existingName}" in the config.`,
        );
      }
      targetName = existingName;
      notes.push(`Updating the existing account "${existingName}"; its internal name stays "${existingName}" (the config says "${wantedName}").`);
    }
  } else if (input.sameNameAccount) {
    const other = input.sameNameAccount;
    return refuse(
      `An external account named "${wantedName}" already exists with another type (type ${other[TYPE_ATTRIBUTE] || 'unknown'}, label "${other.label ?? ''}"); writing would overwrite it. Choose another account.internalName in the config.`,
    );
  }

  const current = existing ?? {};
  const desired: Record<string, string> = {};
  const changes: FieldChange[] = [];
  const known = input.instanceAttributes ? new Set(input.instanceAttributes) : null;

  for (const m of EXT_ACCOUNT_FIELDS) {
    if (m.secret) {
      const secretChange = planSecret(current[m.attribute] ?? '', input, notes);
      if ('refused' in secretChange) return refuse(secretChange.refused);
      if (secretChange.change) changes.push(secretChange.change);
      continue;
    }
    if (m.field === 'internalName') {
      if (!existing) changes.push({ field: 'internalName', from: '', to: targetName });
      pushConstantAfterName(existing, current, input, desired, changes);
      continue;
    }
    const value = String(config.account[m.field] ?? '');
    if (known && !known.has(m.attribute)) {
      if (!m.buildDependent) {
        // Writing the rest would leave an account IMS cannot use, and the read-back could not tell.
        return refuse(`This instance's external accounts have no "${m.consoleLabel}" field (@${m.attribute}), so it cannot hold an IMS account: check the server build and the "Integration with the Adobe Experience Cloud" package (the instance checks show both), then try again.`);
      }
      // "Product context" only exists on some builds; the console would not show the field either.
      notes.push(`This instance's external accounts have no "${m.consoleLabel}" field (@${m.attribute}): "${m.field}" is not written.`);
      continue;
    }
    if ((current[m.attribute] ?? '') !== value) {
      changes.push({ field: m.field, from: current[m.attribute] ?? '', to: value });
      desired[m.attribute] = value;
    }
  }
  const writeSecret = changes.some((c) => c.field === 'clientSecret');
  return { kind: existing ? 'update' : 'create', targetName, changes, attributes: desired, writeSecret, notes };

  function refuse(reason: string): PushPlan {
    return { kind: 'refused', reason, changes: [], notes };
  }
}

function pushConstantAfterName(
  existing: ExtAccountRecord | null,
  current: ExtAccountRecord,
  input: PushInputs,
  desired: Record<string, string>,
  changes: FieldChange[],
) {
  const type = String(input.accountType.value);
  if ((current[TYPE_ATTRIBUTE] ?? '') !== type) {
    changes.push({ field: 'type', from: current[TYPE_ATTRIBUTE] ?? '', to: type });
    desired[TYPE_ATTRIBUTE] = type;
  }
  if (!existing || (current[ENABLED_ATTRIBUTE] ?? '') !== ENABLED_VALUE) {
    changes.push({ field: 'enabled', from: existing ? current[ENABLED_ATTRIBUTE] ?? '' : '', to: ENABLED_VALUE });
    desired[ENABLED_ATTRIBUTE] = ENABLED_VALUE;
  }
}

/**
 * Campaign stores the secret encrypted with a random salt, so it cannot be compared with the one given:
 * an existing secret is kept unless replacing it is asked for. That keeps a second push a no-op.
 */
function planSecret(current: string, input: PushInputs, notes: string[]): { change?: FieldChange } | { refused: string } {
  const has = current !== '';
  if (input.replaceSecret && !input.secretAvailable) {
    return { refused: `Replacing the client secret was asked for, but no secret was given: ${(input.wording ?? CLI_WORDING).giveSecret}.` };
  }
  if (!input.secretAvailable) {
    if (!has) {
      return { refused: `The account has no client secret on the instance and none was given: ${(input.wording ?? CLI_WORDING).giveSecret}, with the secret Adobe Customer Care issued.` };
    }
    notes.push('No client secret was given: the one already on the instance is kept.');
    return {};
  }
  if (has && !input.replaceSecret) {
    notes.push(`The instance already has a client secret; it is kept. Campaign stores it encrypted, so it cannot be compared with yours: ${(input.wording ?? CLI_WORDING).replaceSecret} to overwrite it.`);
    return {};
  }
  return { change: { field: 'clientSecret', from: has ? SECRET_SET : SECRET_NONE, to: SECRET_NEW } };
}
