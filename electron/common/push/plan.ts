import type { AccImsConfig } from '../config/schema';
import type { ExtAccountRecord } from '../checks/facts';
import { EXT_ACCOUNT_FIELDS } from '../campaign/ext-account-fields';
import { act, CLI_WORDING, type Wording } from '../campaign/wording';
import { msg, type Message } from '../messages/message';
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
  accountType: { value: number; label: string | Message };
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
  | { kind: 'refused'; reason: Message; changes: FieldChange[]; notes: Message[] }
  | {
      kind: 'create' | 'update';
      /** Internal name (@name) the write is keyed on. */
      targetName: string;
      changes: FieldChange[];
      /** Non-secret attributes to write (besides the key), empty when nothing changes. */
      attributes: Record<string, string>;
      writeSecret: boolean;
      notes: Message[];
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
  const notes: Message[] = [];
  const wording = input.wording ?? CLI_WORDING;

  if (typeAccounts.length > 1) {
    const names = typeAccounts.map((a) => msg('check.quoted', { text: a.name ?? '' }));
    return refuse(msg('push.refused.duplicates', { count: typeAccounts.length, label: typeLabel, names }));
  }
  const existing = typeAccounts[0] ?? null;
  let targetName = wantedName;
  if (existing) {
    const existingName = existing.name ?? '';
    if (existingName !== wantedName) {
      if (!input.updateExisting) {
        return refuse(
          msg('push.refused.otherName', {
            label: typeLabel,
            existing: existingName,
            wanted: wantedName,
            updateExisting: act('updateExisting', wording),
          }),
        );
      }
      targetName = existingName;
      notes.push(msg('push.note.updatingExisting', { existing: existingName, wanted: wantedName }));
    }
  } else if (input.sameNameAccount) {
    const other = input.sameNameAccount;
    return refuse(
      msg('push.refused.sameNameOtherType', {
        name: wantedName,
        type: other[TYPE_ATTRIBUTE] || msg('push.unknownType'),
        label: other.label ?? '',
      }),
    );
  }

  const current = existing ?? {};
  const desired: Record<string, string> = {};
  const changes: FieldChange[] = [];
  const known = input.instanceAttributes ? new Set(input.instanceAttributes) : null;

  for (const m of EXT_ACCOUNT_FIELDS) {
    if (m.secret) {
      const secretChange = planSecret(current[m.attribute] ?? '', input, wording, notes);
      if ('refused' in secretChange) return refuse(secretChange.refused);
      if (secretChange.change) changes.push(secretChange.change);
      continue;
    }
    if (m.field === 'internalName') {
      if (!existing) changes.push({ field: 'internalName', from: '', to: targetName });
      pushConstantAfterName(existing, current, input, desired, changes);
      continue;
    }
    // Stryker disable next-line StringLiteral: equivalent, a validated config has every account field (defaults filled in)
    const value = String(config.account[m.field] ?? '');
    if (known && !known.has(m.attribute)) {
      if (!m.buildDependent) {
        // Writing the rest would leave an account IMS cannot use, and the read-back could not tell.
        return refuse(msg('push.refused.missingField', { label: m.consoleLabel, attribute: m.attribute }));
      }
      // "Product context" only exists on some builds; the console would not show the field either.
      notes.push(msg('push.note.fieldAbsent', { label: m.consoleLabel, attribute: m.attribute, field: m.field }));
      continue;
    }
    if ((current[m.attribute] ?? '') !== value) {
      changes.push({ field: m.field, from: current[m.attribute] ?? '', to: value });
      desired[m.attribute] = value;
    }
  }
  const writeSecret = changes.some((c) => c.field === 'clientSecret');
  return { kind: existing ? 'update' : 'create', targetName, changes, attributes: desired, writeSecret, notes };

  function refuse(reason: Message): PushPlan {
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
  // Stryker disable next-line StringLiteral: equivalent, the type is a number and never the empty text
  if ((current[TYPE_ATTRIBUTE] ?? '') !== type) {
    changes.push({ field: 'type', from: current[TYPE_ATTRIBUTE] ?? '', to: type });
    desired[TYPE_ATTRIBUTE] = type;
  }
  // Stryker disable next-line StringLiteral: equivalent, any text but "1" means not enabled
  if (!existing || (current[ENABLED_ATTRIBUTE] ?? '') !== ENABLED_VALUE) {
    changes.push({ field: 'enabled', from: existing ? (current[ENABLED_ATTRIBUTE] ?? '') : '', to: ENABLED_VALUE });
    desired[ENABLED_ATTRIBUTE] = ENABLED_VALUE;
  }
}

/**
 * Campaign stores the secret encrypted with a random salt, so it cannot be compared with the one given:
 * an existing secret is kept unless replacing it is asked for. That keeps a second push a no-op.
 */
function planSecret(
  current: string,
  input: PushInputs,
  wording: Wording,
  notes: Message[],
): { change?: FieldChange } | { refused: Message } {
  const has = current !== '';
  if (input.replaceSecret && !input.secretAvailable) {
    return { refused: msg('push.refused.replaceWithoutSecret', { giveSecret: act('giveSecret', wording) }) };
  }
  if (!input.secretAvailable) {
    if (!has) {
      return { refused: msg('push.refused.noSecret', { giveSecret: act('giveSecret', wording) }) };
    }
    notes.push(msg('push.note.secretKeptNoneGiven'));
    return {};
  }
  if (has && !input.replaceSecret) {
    notes.push(msg('push.note.secretKept', { replaceSecret: act('replaceSecret', wording) }));
    return {};
  }
  return { change: { field: 'clientSecret', from: has ? SECRET_SET : SECRET_NONE, to: SECRET_NEW } };
}
