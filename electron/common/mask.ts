/**
 * The association mask: a regular expression whose one capture group turns an Experience Cloud product
 * profile name into a Campaign operator group internal name ("Campaign - acme - (.*)" maps
 * "Campaign - acme - admin" to "admin"). Masks are matched against the whole profile name.
 */

export const MAX_MASK_LENGTH = 200;
export const MAX_PROFILE_NAME_LENGTH = 256;
// Enough for any real mask; more unbounded repeats make matching polynomially slower (n^k).
const MAX_UNBOUNDED_REPEATS = 3;

export type MaskAnalysis =
  | { ok: true; regex: RegExp; warnings: string[] }
  | { ok: false; error: string };

/** Checks a mask as Campaign will use it; every failure says how to fix the mask. */
export function analyzeMask(mask: string): MaskAnalysis {
  if (mask.length === 0) return { ok: false, error: 'The association mask is empty. Enter a pattern such as "Campaign - <tenant> - (.*)".' };
  if (mask.length > MAX_MASK_LENGTH) return { ok: false, error: `The association mask is ${mask.length} characters long; keep it under ${MAX_MASK_LENGTH}.` };
  if (mask !== mask.trim()) {
    const where = /^\s/.test(mask) ? 'starts' : 'ends';
    return { ok: false, error: `The association mask ${where} with a space. Remove it: the Experience Cloud profile names would have to contain it too.` };
  }
  let regex: RegExp;
  try {
    regex = new RegExp(`^(?:${mask})$`);
  } catch (e) {
    const detail = e instanceof Error ? e.message.replace(/^Invalid regular expression: /, '') : String(e);
    return { ok: false, error: `The association mask is not a valid regular expression (${detail}). Check brackets and escape special characters such as "(" with "\\(".` };
  }
  const groups = countCapturingGroups(mask);
  if (groups !== 1) {
    return {
      ok: false,
      error:
        groups === 0
          ? 'The association mask has no capture group. Put "(.*)" where the Campaign operator group name appears, e.g. "Campaign - acme - (.*)".'
          : `The association mask has ${groups} capture groups; it needs exactly one, around the Campaign operator group name. Make the others non-capturing with "(?:…)".`,
    };
  }
  const shape = checkBacktrackingShape(mask);
  if (shape) return { ok: false, error: shape };

  const warnings: string[] = [];
  if (/\s{2,}/.test(mask)) warnings.push('The association mask has two spaces in a row. Check that the Experience Cloud profile names have them too.');
  if (/tenant_id|internal_name/i.test(mask)) warnings.push('The association mask still contains the placeholder "tenant_id" or "internal_name" from Adobe\'s example. Replace it with your tenant.');
  if (/^\(\.\*\)$|^\(\.\+\)$/.test(mask)) warnings.push('The association mask "(.*)" matches every Experience Cloud profile of the organization. Add the fixed prefix your profiles use, e.g. "Campaign - acme - (.*)".');
  return { ok: true, regex, warnings };
}

export type MaskMapping =
  | { profile: string; group: string; warning?: string }
  | { profile: string; group: null; reason: string };

/** Which Campaign operator group each Experience Cloud product profile maps to, or why none. */
export function testMask(mask: string, profiles: readonly string[]): MaskMapping[] {
  const analysis = analyzeMask(mask);
  return profiles.map((raw) => {
    const profile = raw.slice(0, MAX_PROFILE_NAME_LENGTH);
    if (!analysis.ok) return { profile, group: null, reason: analysis.error };
    if (raw.length > MAX_PROFILE_NAME_LENGTH) return { profile, group: null, reason: `The profile name is longer than ${MAX_PROFILE_NAME_LENGTH} characters.` };
    const match = analysis.regex.exec(profile);
    if (!match) return { profile, group: null, reason: explainMismatch(mask, profile) };
    const group = match[1] ?? '';
    if (group === '') return { profile, group: null, reason: 'The mask matches, but the captured operator group name is empty.' };
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(group)) {
      return { profile, group, warning: `"${group}" is not a usual Campaign internal name (letters, digits and "_", not starting with a digit). Check that an operator group with exactly this internal name exists.` };
    }
    return { profile, group };
  });
}

/** Number of capturing groups, as the regex engine counts them. Assumes the mask compiles. */
export function countCapturingGroups(mask: string): number {
  // An alternative that matches "" makes exec return every group (undefined ones included).
  const match = new RegExp(`(?:${mask})|`).exec('');
  return match ? match.length - 1 : 0;
}

/** Rejects the shapes that make a backtracking engine run for ages: nested or repeated alternation, backreferences. */
function checkBacktrackingShape(mask: string): string | null {
  const fix = 'Simplify it: a mask needs only fixed text and one "(.*)".';
  if (/\\[1-9]|\\k</.test(mask)) return `The association mask uses a backreference. ${fix}`;
  type Frame = { hasQuantifier: boolean; hasAlternation: boolean };
  const stack: Frame[] = [{ hasQuantifier: false, hasAlternation: false }];
  let unbounded = 0;
  let lastClosed: Frame | null = null;
  for (let i = 0; i < mask.length; i++) {
    const c = mask[i];
    const top = stack[stack.length - 1]!;
    if (c === '\\') {
      i++;
      lastClosed = null;
      continue;
    }
    if (c === '[') {
      // Skip a character class: nothing inside it is a group or a quantifier.
      i++;
      while (i < mask.length && mask[i] !== ']') i += mask[i] === '\\' ? 2 : 1;
      lastClosed = null;
      continue;
    }
    if (c === '(') {
      stack.push({ hasQuantifier: false, hasAlternation: false });
      lastClosed = null;
      continue;
    }
    if (c === ')') {
      lastClosed = stack.length > 1 ? stack.pop()! : null;
      const parent = stack[stack.length - 1]!;
      if (lastClosed) {
        parent.hasQuantifier ||= lastClosed.hasQuantifier;
      }
      continue;
    }
    if (c === '|') top.hasAlternation = true;
    const isQuantifier = c === '*' || c === '+' || c === '?' || (c === '{' && /^\{\d+(,\d*)?\}/.test(mask.slice(i)));
    if (isQuantifier) {
      const isUnbounded = c === '*' || c === '+' || (c === '{' && /^\{\d+,\}/.test(mask.slice(i)));
      if (isUnbounded) unbounded++;
      // Even a bounded repeat ({2}, {0,30}) of such a group multiplies the ways to match: only "?" is safe.
      if (lastClosed && c !== '?' && (lastClosed.hasQuantifier || lastClosed.hasAlternation)) {
        return `The association mask repeats a group that itself repeats or has alternatives, which can make matching hang. ${fix}`;
      }
      top.hasQuantifier = true;
      if (c === '{') i = mask.indexOf('}', i);
      lastClosed = null;
      continue;
    }
    lastClosed = null;
  }
  if (unbounded > MAX_UNBOUNDED_REPEATS) return `The association mask has ${unbounded} open-ended repeats ("*", "+"); at most ${MAX_UNBOUNDED_REPEATS} are allowed. ${fix}`;
  return null;
}

/** A hint for the common near misses: case, spacing, a different prefix. */
function explainMismatch(mask: string, profile: string): string {
  const prefix = literalPrefix(mask);
  const base = `"${profile}" does not match the mask, so it maps to no operator group.`;
  if (prefix && !profile.startsWith(prefix)) {
    const head = profile.slice(0, prefix.length);
    if (head.toLowerCase() === prefix.toLowerCase()) return `${base} Upper and lower case differ from "${prefix}".`;
    if (profile.replace(/\s+/g, ' ').startsWith(prefix.replace(/\s+/g, ' ')) || profile.replace(/\s/g, '').startsWith(prefix.replace(/\s/g, ''))) {
      return `${base} The spaces differ from "${prefix}".`;
    }
    return `${base} It should start with "${prefix}".`;
  }
  return base;
}

/** The fixed text a mask starts with, up to its first special character. */
function literalPrefix(mask: string): string {
  let out = '';
  for (let i = 0; i < mask.length; i++) {
    const c = mask[i]!;
    if (c === '\\' && i + 1 < mask.length && /[^A-Za-z0-9]/.test(mask[i + 1]!)) {
      out += mask[++i];
      continue;
    }
    if ('()[]{}.*+?^$|\\'.includes(c)) break;
    out += c;
  }
  return out;
}
