import { msg, type Message } from '../messages/message';

/**
 * Finding the external account type for IMS in the instance's enumeration nms:extAccount:type by its
 * label, never by a hard-coded number: the value is UNCONFIRMED and may differ between builds.
 * Older builds call the type "Adobe Marketing Cloud".
 */
export const AEC_TYPE_LABELS: readonly string[] = ['Adobe Experience Cloud', 'Adobe Marketing Cloud'];

export interface EnumValue {
  name: string;
  label: string;
  value: number;
}

export type AccountTypeLookup =
  { found: true; value: number; label: string | Message; source: 'instance' | 'override' } | { found: false; message: Message };

const normalize = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();

export function findAccountType(values: readonly EnumValue[], override?: number): AccountTypeLookup {
  if (override !== undefined) {
    const v = values.find((e) => e.value === override);
    return { found: true, value: override, label: v?.label ?? msg('check.account.typeOverride', { value: override }), source: 'override' };
  }
  const wanted = AEC_TYPE_LABELS.map(normalize);
  const matches = values.filter((e) => wanted.includes(normalize(e.label)));
  if (matches.length === 1) return { found: true, value: matches[0]!.value, label: matches[0]!.label, source: 'instance' };
  if (matches.length > 1) {
    return {
      found: false,
      message: msg('check.account.typeAmbiguous', {
        matches: matches.map((m) => msg('check.account.typeValue', { label: m.label, value: m.value })),
      }),
    };
  }
  return { found: false, message: msg('check.account.typeMissing') };
}
