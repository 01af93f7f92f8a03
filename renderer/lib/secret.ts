import { call, wizard } from './ipc';
import { attempt } from './step-error.svelte';
import { store } from './wizard.svelte';

// The client secret is typed once and kept only in the OS keychain; the wizard knows its name and whether it is there.

/**
 * Whether the keychain holds `name`. A keychain that cannot answer (locked, no service) is reported on the
 * step like any failed call, never passed off as "not stored"; the secret then counts as not stored.
 */
export async function secretStatus(name: string): Promise<boolean> {
  const result = await attempt(() => call(wizard().secret.status({ name })), { keepShown: true });
  return result.ok && result.value.stored;
}

export async function refreshSecret(): Promise<void> {
  const name = store.form.secretName || store.secretName;
  store.secretStored = await secretStatus(name);
  if (store.secretStored) store.form.secretName = name;
}

export async function storeSecret(value: string): Promise<boolean> {
  const name = store.secretName;
  const result = await attempt(async () => {
    // Bound to the instance it is stored for, when the admin has named one.
    const instanceUrl = store.form.instance.url.trim();
    await call(wizard().secret.set({ name, value, ...(instanceUrl ? { instanceUrl } : {}) }));
    store.form.secretName = name;
    store.secretStored = true;
  });
  return result.ok;
}

export async function removeSecret(): Promise<boolean> {
  const name = store.secretName;
  const result = await attempt(async () => {
    await call(wizard().secret.delete({ name }));
    store.secretStored = false;
    store.form.secretName = '';
  });
  return result.ok;
}
