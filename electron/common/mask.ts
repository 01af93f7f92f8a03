/**
 * The association mask: a regular expression whose one capture group turns an Experience Cloud product
 * profile name into a Campaign operator group internal name ("Campaign - acme - (.*)" maps
 * "Campaign - acme - admin" to "admin"). Masks are matched against the whole profile name.
 *
 * Masks are typed by admins and matched on every keystroke, so only a small grammar is accepted, one in
 * which no mask can backtrack badly (docs/DOMAIN-MASKS.md):
 *
 *   mask     := "^"? item* capture item* "$"?
 *   item     := literal | escape | class | choice
 *   literal  := any character but  \ ^ $ . | ? * + ( ) [ ] { }
 *   escape   := "\" punctuation (that character itself) | \d \D \w \W \s \S (one character of that kind)
 *   class    := "[" "^"? (character | range a-z | escape)+ "]"
 *   choice   := "(?:" text ("|" text)* ")"    text: literals and escaped punctuation only (fixed text)
 *   capture  := "(" (".*" | ".+" | (class | \d \w \s \D \W \S) ("*" | "+")) ")"
 *
 * Outside the capture every item matches exactly one character or one fixed text, so the only repeat is
 * the capture's, and the choices together allow at most MAX_CHOICE_COMBINATIONS ways through: matching
 * stays proportional to (profile length × mask length). Anything else is refused with a message that
 * names the construct and what the grammar allows.
 */

import { findChar, findControl, findInvisible, LOOKALIKE_DASH, LOOKALIKE_SPACE } from './config/chars';
import { msg, type Message } from './messages/message';

export const MAX_MASK_LENGTH = 200;
export const MAX_PROFILE_NAME_LENGTH = 256;
/** The product of the numbers of alternatives of all choices: each is one more way to try the whole mask. */
export const MAX_CHOICE_COMBINATIONS = 32;

export type MaskAnalysis = { ok: true; regex: RegExp; warnings: Message[] } | { ok: false; error: Message };

/** Checks a mask as Campaign will use it; every failure says how to fix the mask. */
export function analyzeMask(mask: string): MaskAnalysis {
  if (mask.length === 0) return { ok: false, error: msg('mask.empty') };
  if (mask.length > MAX_MASK_LENGTH) return { ok: false, error: msg('mask.tooLong', { length: mask.length, max: MAX_MASK_LENGTH }) };
  const odd = oddCharacter(mask);
  if (odd) return { ok: false, error: odd };
  if (mask !== mask.trim()) return { ok: false, error: msg(/^\s/.test(mask) ? 'mask.spaceAtStart' : 'mask.spaceAtEnd') };
  // Compiling is safe (only matching can backtrack); it lets a missing or extra capture be named first.
  let regex: RegExp | null = null;
  let detail = '';
  try {
    regex = new RegExp(`^(?:${mask})$`);
  } catch (e) {
    detail = e instanceof Error ? e.message.replace(/^Invalid regular expression: /, '') : String(e);
  }
  if (regex) {
    const groups = countCapturingGroups(mask);
    if (groups === 0) return { ok: false, error: msg('mask.noCapture') };
    if (groups > 1) return { ok: false, error: msg('mask.manyCaptures', { count: groups }) };
  }
  const refused = checkGrammar(mask);
  if (refused) return { ok: false, error: refused };
  // The grammar only lets through what compiles; this is a net.
  if (!regex) return { ok: false, error: msg('mask.invalidRegex', { detail }) };

  const warnings: Message[] = [];
  if (/\s{2,}/.test(mask)) warnings.push(msg('mask.doubleSpace'));
  const placeholder = /tenant_id|internal_name/i.exec(mask);
  if (placeholder) warnings.push(msg('mask.placeholder', { placeholder: placeholder[0] }));
  if (/^\^?\(\.[*+]\)\$?$/.test(mask)) warnings.push(msg('mask.matchesAll', { mask }));
  return { ok: true, regex, warnings };
}

const SPECIAL = '\\^$.|?*+()[]{}';
const CLASS_ESCAPES = 'dDwWsS';
const ALLOWED = msg('mask.grammar.allowed');

/** Reads the mask by the grammar above; null when it follows it, else what is wrong and where. */
function checkGrammar(mask: string): Message | null {
  let i = 0;
  let captures = 0;
  let combinations = 1;
  const at = (position: number) => position + 1;
  const refuse = (code: GrammarCode, construct: string, position: number): Message =>
    msg(code, { construct, position: at(position), allowed: ALLOWED });

  /** An escape at i ("\x"): its length, or a refusal. Class escapes are allowed unless `literalOnly`. */
  const escape = (literalOnly: boolean): number | Message => {
    const next = mask[i + 1];
    if (next === undefined) return refuse('mask.grammar.trailingBackslash', '\\', i);
    if (/[1-9]/.test(next) || next === 'k') return refuse('mask.grammar.backreference', mask.slice(i, i + 2), i);
    if (!literalOnly && CLASS_ESCAPES.includes(next)) return 2;
    if (/[!-/:-@[-`{-~]/.test(next)) return 2;
    return refuse(literalOnly && CLASS_ESCAPES.includes(next) ? 'mask.grammar.choiceText' : 'mask.grammar.escape', mask.slice(i, i + 2), i);
  };

  /** A class at i ("[...]"): its length, or a refusal. */
  const charClass = (): number | Message => {
    let j = i + 1;
    if (mask[j] === '^') j++;
    const first = j;
    let previous: string | null = null;
    while (j < mask.length && mask[j] !== ']') {
      if (mask[j] === '\\') {
        const next = mask[j + 1];
        if (next === undefined) return refuse('mask.grammar.unclosedClass', mask.slice(i), i);
        if (!CLASS_ESCAPES.includes(next) && !/[!-/:-@[-`{-~]/.test(next)) return refuse('mask.grammar.escape', mask.slice(j, j + 2), j);
        previous = CLASS_ESCAPES.includes(next) ? null : next;
        j += 2;
        continue;
      }
      if (mask[j] === '-' && previous !== null && j + 1 < mask.length && mask[j + 1] !== ']') {
        const to = mask[j + 1] === '\\' ? mask[j + 2] : mask[j + 1];
        if (to === undefined || (mask[j + 1] === '\\' && CLASS_ESCAPES.includes(to)))
          return refuse('mask.grammar.range', mask.slice(j - 1, j + 3), j - 1);
        if (to < previous) return refuse('mask.grammar.range', `${previous}-${to}`, j - 1);
        j += mask[j + 1] === '\\' ? 3 : 2;
        previous = null;
        continue;
      }
      previous = mask[j]!;
      j++;
    }
    if (j >= mask.length) return refuse('mask.grammar.unclosedClass', mask.slice(i), i);
    if (j === first) return refuse('mask.grammar.emptyClass', mask.slice(i, j + 1), i);
    return j + 1 - i;
  };

  /** A quantifier at position j, if any: "*", "+", "?", "{n}", "{n,}", "{n,m}" (and a lazy "?" after it). */
  const quantifierAt = (j: number): string | null => {
    const m = /^(?:[*+?]|\{\d+(?:,\d*)?\})\??/.exec(mask.slice(j));
    return m ? m[0] : null;
  };

  while (i < mask.length) {
    const c = mask[i]!;
    if (c === '^') {
      if (i !== 0) return refuse('mask.grammar.anchor', c, i);
      i++;
      continue;
    }
    if (c === '$') {
      if (i !== mask.length - 1) return refuse('mask.grammar.anchor', c, i);
      i++;
      continue;
    }
    let length: number | Message;
    if (c === '\\') length = escape(false);
    else if (c === '[') length = charClass();
    else if (c === '(') {
      if (mask.startsWith('(?:', i)) {
        const parsed = choice();
        if (typeof parsed !== 'number') return parsed;
        length = parsed;
      } else if (mask[i + 1] === '?') {
        const kind = /^\(\?(?:<[=!]|[=!]|<[^>]*>?)?/.exec(mask.slice(i))![0];
        return refuse('mask.grammar.group', kind, i);
      } else {
        const parsed = capture();
        if (typeof parsed !== 'number') return parsed;
        captures++;
        length = parsed;
      }
    } else if (c === '.') return refuse('mask.grammar.dot', c, i);
    else if (c === '|') return refuse('mask.grammar.alternation', c, i);
    else if (c === ')') return refuse('mask.grammar.unmatchedParen', c, i);
    else if ('*+?'.includes(c) || (c === '{' && quantifierAt(i))) return refuse('mask.grammar.quantifier', quantifierAt(i) ?? c, i);
    else if (SPECIAL.includes(c)) return refuse('mask.grammar.special', c, i);
    else length = 1;
    if (typeof length !== 'number') return length;
    i += length;
    const q = quantifierAt(i);
    if (q) return refuse('mask.grammar.quantifier', q, i);
  }
  if (captures === 0) return msg('mask.noCapture');
  if (captures > 1) return msg('mask.manyCaptures', { count: captures });
  if (combinations > MAX_CHOICE_COMBINATIONS)
    return msg('mask.grammar.combinations', { count: combinations, max: MAX_CHOICE_COMBINATIONS });
  return null;

  /** "(?:text|text…)" at i: its length, or a refusal. Counts its alternatives into `combinations`. */
  function choice(): number | Message {
    let j = i + 3;
    let alternatives = 1;
    while (j < mask.length && mask[j] !== ')') {
      const c = mask[j]!;
      if (c === '|') alternatives++;
      else if (c === '\\') {
        const saved = i;
        i = j;
        const length = escape(true);
        i = saved;
        if (typeof length !== 'number') return length;
        j += length;
        continue;
      } else if (c === '(') return refuse('mask.grammar.nested', '(', j);
      else if (SPECIAL.includes(c)) return refuse('mask.grammar.choiceText', c, j);
      j++;
    }
    if (j >= mask.length) return refuse('mask.grammar.unclosedGroup', '(?:', i);
    combinations *= alternatives;
    return j + 1 - i;
  }

  /** "(body)" at i with body ".*", ".+", or a class or class escape followed by "*" or "+": its length, or a refusal. */
  function capture(): number | Message {
    const close = findClose(i);
    if (close < 0) return refuse('mask.grammar.unclosedGroup', '(', i);
    const whole = mask.slice(i, close + 1);
    const body = mask.slice(i + 1, close);
    if (body === '.*' || body === '.+') return whole.length;
    let length: number | Message | null = null;
    const saved = i;
    i += 1;
    if (mask[i] === '[') length = charClass();
    else if (mask[i] === '\\' && CLASS_ESCAPES.includes(mask[i + 1] ?? '')) length = 2;
    const end = typeof length === 'number' ? i + length : -1;
    i = saved;
    if (typeof length === 'object' && length !== null) return length;
    if (end >= 0 && (mask[end] === '*' || mask[end] === '+') && end + 1 === close) return whole.length;
    return refuse('mask.grammar.captureBody', whole, i);
  }

  /** The ")" closing the group opened at `open`, skipping escapes and classes; -1 when there is none. */
  function findClose(open: number): number {
    let depth = 0;
    for (let j = open; j < mask.length; j++) {
      const c = mask[j];
      if (c === '\\') j++;
      else if (c === '[') {
        j++;
        while (j < mask.length && mask[j] !== ']') j += mask[j] === '\\' ? 2 : 1;
      } else if (c === '(') depth++;
      else if (c === ')' && --depth === 0) return j;
    }
    return -1;
  }
}

type GrammarCode =
  | 'mask.grammar.trailingBackslash'
  | 'mask.grammar.backreference'
  | 'mask.grammar.escape'
  | 'mask.grammar.choiceText'
  | 'mask.grammar.unclosedClass'
  | 'mask.grammar.emptyClass'
  | 'mask.grammar.range'
  | 'mask.grammar.anchor'
  | 'mask.grammar.group'
  | 'mask.grammar.dot'
  | 'mask.grammar.alternation'
  | 'mask.grammar.unmatchedParen'
  | 'mask.grammar.quantifier'
  | 'mask.grammar.special'
  | 'mask.grammar.nested'
  | 'mask.grammar.unclosedGroup'
  | 'mask.grammar.captureBody';

export type MaskMapping = { profile: string; group: string; warning?: Message } | { profile: string; group: null; reason: Message };

/** Which Campaign operator group each Experience Cloud product profile maps to, or why none. */
export function testMask(mask: string, profiles: readonly string[]): MaskMapping[] {
  const analysis = analyzeMask(mask);
  return profiles.map((raw) => {
    const profile = raw.slice(0, MAX_PROFILE_NAME_LENGTH);
    if (!analysis.ok) return { profile, group: null, reason: analysis.error };
    if (raw.length > MAX_PROFILE_NAME_LENGTH)
      return { profile, group: null, reason: msg('mask.profileTooLong', { max: MAX_PROFILE_NAME_LENGTH }) };
    const match = analysis.regex.exec(profile);
    if (!match) return { profile, group: null, reason: explainMismatch(mask, profile) };
    const group = match[1] ?? '';
    if (group === '') return { profile, group: null, reason: msg('mask.emptyCapture') };
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(group)) {
      return { profile, group, warning: msg('mask.unusualGroup', { group }) };
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

/** A hint for the common near misses: case, spacing, a different prefix. */
function explainMismatch(mask: string, profile: string): Message {
  const prefix = literalPrefix(mask);
  if (prefix && !profile.startsWith(prefix)) {
    const head = profile.slice(0, prefix.length);
    if (head.toLowerCase() === prefix.toLowerCase()) return msg('mask.noMatchCase', { profile, prefix });
    if (
      profile.replace(/\s+/g, ' ').startsWith(prefix.replace(/\s+/g, ' ')) ||
      profile.replace(/\s/g, '').startsWith(prefix.replace(/\s/g, ''))
    ) {
      return msg('mask.noMatchSpaces', { profile, prefix });
    }
    return msg('mask.noMatchPrefix', { profile, prefix });
  }
  return msg('mask.noMatch', { profile });
}

/**
 * A character the admin did not mean to type: word processors turn " - " into an en dash and spaces into
 * no-break spaces, and profile names in the Admin Console use the plain ones.
 */
function oddCharacter(mask: string): Message | null {
  const control = findControl(mask);
  if (control) return msg('mask.control', { codePoint: control.codePoint, position: control.position });
  const dash = findChar(mask, LOOKALIKE_DASH);
  if (dash) return msg('mask.lookalikeDash', { char: dash.char, codePoint: dash.codePoint, position: dash.position });
  const space = findChar(mask, LOOKALIKE_SPACE);
  if (space) return msg('mask.lookalikeSpace', { codePoint: space.codePoint, position: space.position, length: space.length });
  const invisible = findInvisible(mask);
  if (invisible) return msg('mask.invisible', { codePoint: invisible.codePoint, position: invisible.position, length: invisible.length });
  return null;
}

/** The fixed text a mask starts with, up to its first special character. */
export function literalPrefix(mask: string): string {
  let out = '';
  for (let i = mask.startsWith('^') ? 1 : 0; i < mask.length; i++) {
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
