/**
 * How the admin acts where they are: the CLI names its flags, the desktop app its controls. Messages
 * built in shared code (push plan, check verdicts, connection failures) take the words from here.
 */
export interface Wording {
  replaceSecret: string;
  updateExisting: string;
  giveSecret: string;
  /** After a write whose answer was lost: how to see what the instance now holds. */
  compareAgain: string;
  /** How to trust a private CA. */
  trustCa: string;
  /** How to allow a slow instance more time. */
  moreTime: string;
  /** How to give operator credentials. */
  logOn: string;
  /** What creates or repairs the external account. */
  createAccount: string;
  fixAccount: string;
}

export const CLI_WORDING: Wording = {
  replaceSecret: 'pass --replace-secret',
  updateExisting: 'pass --update-existing',
  giveSecret: 'pass --secret-env VAR or set account.clientSecret.keychain in the config',
  compareAgain: 'compare again (push --dry-run)',
  trustCa: 'pass its certificate with --ca FILE (PEM)',
  moreTime: 'allow more time with --timeout SECONDS',
  logOn: 'Pass --user LOGIN with --password-env VAR (or --bearer-env VAR with an IMS token on v8.5+)',
  createAccount: '"acc-ims push" creates it',
  fixAccount: 'Fix it with "acc-ims push" or in the console',
};

export const DESKTOP_WORDING: Wording = {
  replaceSecret: 'tick "Replace the client secret on the instance" in the Review step',
  updateExisting: 'tick "Update the existing account" in the Review step',
  giveSecret: 'store it in the External account step',
  compareAgain: 'compare again in the Review step',
  trustCa: 'start the wizard with the environment variable NODE_EXTRA_CA_CERTS set to its certificate file (PEM)',
  moreTime: 'try again when the instance is less busy',
  logOn: 'Enter the login and password of an operator with administration rights',
  createAccount: 'The push in the Output step creates it',
  fixAccount: "Fix it with this wizard's push or in the console",
};
