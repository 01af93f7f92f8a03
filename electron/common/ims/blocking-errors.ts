import type { Problem } from '../problems';

// The check needs only these to be right; the rest of the account may still be in progress (the desktop's form).
const NEEDED = new Set([
  '',
  'format',
  'version',
  'account',
  'account.imsServer',
  'account.clientId',
  'account.clientSecret',
  'account.clientSecret.keychain',
]);

/** The errors that stop the IMS check, among a config's errors (from validateConfig, or the form's own check). */
export function imsBlockingErrors(errors: readonly Problem[]): Problem[] {
  return errors.filter((p) => NEEDED.has(p.path));
}
