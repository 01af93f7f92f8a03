import { ACCOUNT_FIELDS, CONFIG_FORMAT, CONFIG_VERSION, DEFAULTS } from '../config/defaults';

/**
 * The wizard's form: every config field as the text the admin typed. Inputs edit text; the config object
 * handed to validateConfig, autosave and the main process is derived from it, so what the admin typed
 * (even a wrong build number) survives a save and resume exactly.
 */
/** The account fields typed into the form: all but the secret, which goes straight to the keychain. */
export type AccountFormField = Exclude<(typeof ACCOUNT_FIELDS)[number], 'clientSecret'>;
export const ACCOUNT_FORM_FIELDS: readonly AccountFormField[] = ACCOUNT_FIELDS.filter((f): f is AccountFormField => f !== 'clientSecret');

export const INSTANCE_FORM_FIELDS = ['name', 'url', 'consoleBuild'] as const;
export type InstanceFormField = (typeof INSTANCE_FORM_FIELDS)[number];

export interface WizardForm {
  instance: Record<InstanceFormField, string>;
  account: Record<AccountFormField, string>;
  /** Keychain entry name of the client secret; referenced in the config only once the secret is stored. */
  secretName: string;
}

export function emptyForm(): WizardForm {
  return {
    instance: { name: '', url: '', consoleBuild: '' },
    account: {
      label: DEFAULTS.label,
      internalName: DEFAULTS.internalName,
      imsServer: 'https://ims-na1.adobelogin.com',
      imsScope: DEFAULTS.imsScope,
      clientId: '',
      callbackServer: '',
      imsOrgId: '',
      associationMask: '',
      productContext: DEFAULTS.productContext,
      server: DEFAULTS.server,
      tenant: '',
    },
    secretName: '',
  };
}

/** The default keychain entry for a profile, as the CLI's import uses it (README, "Config format v1"). */
export function defaultSecretName(profile: string): string {
  return `acc-ims-wizard/${profile.trim() || 'default'}`;
}

/**
 * The config for the form. Empty optional fields are left out (so defaults apply and "required" errors
 * point at the required ones); a console build that is a whole number becomes a number, anything else
 * stays text so validation names the mistake instead of losing it.
 */
export function formToConfig(form: WizardForm, secretStored: boolean): Record<string, unknown> {
  const account: Record<string, unknown> = {};
  for (const field of ACCOUNT_FORM_FIELDS) {
    const value = form.account[field];
    if (value !== '') account[field] = value;
  }
  if (secretStored && form.secretName) account.clientSecret = { keychain: form.secretName };
  const instance: Record<string, unknown> = {};
  if (form.instance.name !== '') instance.name = form.instance.name;
  if (form.instance.url !== '') instance.url = form.instance.url;
  if (form.instance.consoleBuild !== '') {
    const text = form.instance.consoleBuild;
    instance.consoleBuild = /^\d{1,9}$/.test(text) ? Number(text) : text;
  }
  return {
    format: CONFIG_FORMAT,
    version: CONFIG_VERSION,
    ...(Object.keys(instance).length > 0 ? { instance } : {}),
    account,
  };
}

/** The form for a config (a draft's, a profile's or an imported one). Unknown shapes give empty fields. */
export function configToForm(config: unknown): WizardForm {
  const form = emptyForm();
  const root = asRecord(config);
  const instance = asRecord(root.instance);
  const account = asRecord(root.account);
  for (const field of INSTANCE_FORM_FIELDS) {
    const value = instance[field];
    if (typeof value === 'string' || typeof value === 'number') form.instance[field] = String(value);
  }
  for (const field of ACCOUNT_FORM_FIELDS) {
    const value = account[field];
    if (typeof value === 'string') form.account[field] = value;
    // A config without an optional field means "the default": show the default the admin will get.
  }
  const ref = asRecord(account.clientSecret);
  if (typeof ref.keychain === 'string') form.secretName = ref.keychain;
  return form;
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}
