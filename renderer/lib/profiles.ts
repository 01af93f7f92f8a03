import type { Profile } from '../../electron/common/ipc/contract';
import { configToForm } from '../../electron/common/wizard/form';
import { PROFILE_NAME } from '../../electron/common/wizard/steps';
import { call, wizard } from './ipc';
import { secretStatus } from './secret';
import { attempt } from './step-error.svelte';
import { store } from './wizard.svelte';

// Instance profiles: where to connect and the account, saved on this computer under the profile's name.

export async function openProfile(name: string): Promise<void> {
  await attempt(async () => {
    const { profile } = await call(wizard().profiles.load({ name }));
    if (!profile) return;
    store.form = configToForm(profile.config ?? {});
    store.form.instance.url ||= profile.connection.url;
    if (profile.connection.consoleBuild) store.form.instance.consoleBuild ||= String(profile.connection.consoleBuild);
    store.user = profile.connection.user ?? '';
    store.setProfile(profile.name);
    store.mode ??= profile.connection.url ? 'online' : 'offline';
    store.secretStored = store.form.secretName !== '' && (await secretStatus(store.form.secretName));
  });
}

/** Saves the instance as entered so far under the profile's name (when it is a valid one). */
export async function saveProfile(): Promise<void> {
  if (!PROFILE_NAME.test(store.profile)) return;
  const profile: Profile = {
    name: store.profile,
    connection: store.draft.connection ?? { url: '' },
    config: store.config,
  };
  // A profile that cannot be saved must not stop the admin; the error is shown on the step.
  await attempt(() => call(wizard().profiles.save({ profile })));
}

/** Deletes a saved profile; its keychain secret and the current draft stay. */
export async function deleteProfile(name: string): Promise<boolean> {
  return (await attempt(() => call(wizard().profiles.delete({ name })))).ok;
}
