import { analyzeMask, countCapturingGroups } from '../mask';
import { msg, type Message } from '../messages/message';

/**
 * The product profile name a group maps to: the association mask with the group's internal name in
 * place of its one capture group (docs/DOMAIN.md, product profiles). Only a mask whose text outside
 * the group is literal (escaped characters allowed) spells out one name; the name is kept only if
 * Campaign's own match, mask against the whole name, captures exactly that group name.
 */

export type MaskTemplate =
  | { ok: true; regex: RegExp; prefix: string; suffix: string }
  /** The mask is valid but has other regex syntax outside its group: no group gets a name. */
  | { ok: true; regex: RegExp; underivable: Message }
  | { ok: false; error: Message };

export type ProfileName = { ok: true; profile: string } | { ok: false; reason: Message };

/** Reads the mask once; an unusable mask (empty, not a regex, not exactly one group) is an error for the whole run. */
export function maskTemplate(mask: string): MaskTemplate {
  if (mask.trim() === '') return { ok: false, error: msg('readiness.mask.empty') };
  let regex: RegExp;
  try {
    regex = new RegExp(`^(?:${mask})$`);
  } catch (e) {
    const detail = e instanceof Error ? e.message.replace(/^Invalid regular expression: /, '') : String(e);
    return { ok: false, error: msg('readiness.mask.invalid', { mask, detail }) };
  }
  const groups = countCapturingGroups(mask);
  if (groups === 0) return { ok: false, error: msg('readiness.mask.noGroup', { mask }) };
  if (groups > 1) return { ok: false, error: msg('readiness.mask.manyGroups', { mask, count: groups }) };
  const parts = splitAtGroup(mask);
  if ('syntax' in parts) return { ok: true, regex, underivable: msg('readiness.underivable.syntax', { syntax: parts.syntax }) };
  // The name is checked by running the mask: only a capture the config's grammar accepts is safe to run (no backtracking blow-up).
  const analysis = analyzeMask(mask);
  if (!analysis.ok) return { ok: true, regex, underivable: analysis.error };
  return { ok: true, regex, prefix: parts.prefix, suffix: parts.suffix };
}

export function profileNameFor(template: Exclude<MaskTemplate, { ok: false }>, group: string): ProfileName {
  if ('underivable' in template) return { ok: false, reason: template.underivable };
  const profile = `${template.prefix}${group}${template.suffix}`;
  const match = template.regex.exec(profile);
  if (!match) return { ok: false, reason: msg('readiness.underivable.noMatch', { profile }) };
  if (match[1] !== group) return { ok: false, reason: msg('readiness.underivable.otherCapture', { profile, captured: match[1] ?? '' }) };
  return { ok: true, profile };
}

/** The literal text before and after the capture group, or the first piece of regex syntax outside it. */
function splitAtGroup(mask: string): { prefix: string; suffix: string } | { syntax: string } {
  let i = 0;
  // A leading ^ and a trailing $ only restate that the whole name is matched.
  const end = mask.endsWith('$') && !mask.endsWith('\\$') ? mask.length - 1 : mask.length;
  if (mask.startsWith('^')) i = 1;
  let prefix = '';
  let suffix = '';
  let inGroupDone = false;
  while (i < end) {
    const c = mask[i]!;
    if (c === '\\') {
      const next = mask[i + 1];
      if (next === undefined || /[A-Za-z0-9]/.test(next)) return { syntax: mask.slice(i, i + 2) };
      if (inGroupDone) suffix += next;
      else prefix += next;
      i += 2;
      continue;
    }
    if (c === '(' && !inGroupDone && isCapturing(mask, i)) {
      const close = closingParen(mask, i);
      i = close + 1;
      inGroupDone = true;
      continue;
    }
    if ('^$.*+?{}[]|()'.includes(c)) return { syntax: c === '(' && mask[i + 1] === '?' ? '(?' : c };
    if (inGroupDone) suffix += c;
    else prefix += c;
    i++;
  }
  return { prefix, suffix };
}

/** "(" opens the capture group, plain or named ("(?<name>"), not "(?:", a lookahead or a lookbehind. */
function isCapturing(mask: string, at: number): boolean {
  if (mask[at + 1] !== '?') return true;
  return mask[at + 2] === '<' && mask[at + 3] !== '=' && mask[at + 3] !== '!';
}

/** Index of the ")" closing the group opened at `open`, past escapes, classes and nested groups. Assumes the mask compiles. */
function closingParen(mask: string, open: number): number {
  let depth = 0;
  for (let i = open; i < mask.length; i++) {
    const c = mask[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < mask.length && mask[i] !== ']'; i++) if (mask[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return mask.length - 1;
}
