/**
 * Whether an operator's contact e-mail can be an Adobe Admin Console user (docs/DOMAIN.md, users CSV):
 * one address, no spaces, an ASCII local part (the console does not take internationalised local
 * parts), a domain of at least two labels ending in a letters-only top-level label; Unicode domain
 * labels (IDN) are allowed. Duplicates are compared case-insensitively, as the console does.
 */

const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const TOP_LABEL = /^\p{L}{2,63}$/u;

export function isValidEmail(email: string): boolean {
  if (email.length > 254 || email !== email.trim()) return false;
  const at = email.lastIndexOf('@');
  if (at <= 0 || email.indexOf('@') !== at) return false;
  const local = email.slice(0, at);
  const labels = email.slice(at + 1).split('.');
  if (local.length > 64 || !LOCAL.test(local) || labels.length < 2) return false;
  return labels.every((l) => LABEL.test(l)) && TOP_LABEL.test(labels[labels.length - 1]!);
}

/** The form two e-mails are compared in: trimmed, case-folded. */
export const emailKey = (email: string): string => email.trim().toLowerCase();
