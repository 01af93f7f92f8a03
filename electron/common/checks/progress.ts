/**
 * The network steps a check or push goes through, reported as they start so the UI can show progress
 * (and a screen reader can announce it). Ids only: the UI owns the wording and its translations.
 */
export const PROGRESS_STEPS = [
  'reachable',
  'logon',
  'read-packages',
  'read-account-type',
  'read-accounts',
  'encrypt-secret',
  'write-account',
  'verify',
  'logoff',
] as const;
export type ProgressStep = (typeof PROGRESS_STEPS)[number];
