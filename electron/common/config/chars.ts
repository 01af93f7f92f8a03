/**
 * Characters that make a pasted value look right and still fail: control characters, invisible ones
 * (zero-width space, no-break space, BOM…) and the dashes and spaces word processors substitute.
 * Messages name them by code point (U+200B), since the admin cannot see them.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/u;
const INVISIBLE =
  // eslint-disable-next-line no-misleading-character-class -- each invisible code point is listed on its own
  /[\u00a0\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180e\u2000-\u200f\u2028-\u202f\u205f-\u206f\u3000\u3164\ufe00-\ufe0f\ufeff\uffa0]/u;
/** Hyphen look-alikes: Unicode hyphen, non-breaking hyphen, figure dash, en dash, em dash, bar, minus, small and full-width hyphen-minus. */
export const LOOKALIKE_DASH = /[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/u;
/** Space look-alikes: no-break, en/em/thin/narrow spaces and the ideographic space. */
export const LOOKALIKE_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/u;

export interface FoundChar {
  /** The character itself. */
  char: string;
  /** "U+2013". */
  codePoint: string;
  /** 1-based, counted in characters as the admin sees them. */
  position: number;
  /** Length of the whole value in the same unit, so "position 34 of 34" reads as "at the end". */
  length: number;
}

export function codePointOf(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** The first character of `value` that `pattern` (one character, no g flag) matches. */
export function findChar(value: string, pattern: RegExp): FoundChar | null {
  const chars = Array.from(value);
  const i = chars.findIndex((c) => pattern.test(c));
  return i < 0 ? null : { char: chars[i]!, codePoint: codePointOf(chars[i]!), position: i + 1, length: chars.length };
}

export const findControl = (value: string) => findChar(value, CONTROL);
export const findInvisible = (value: string) => findChar(value, INVISIBLE);
