import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { WizardError } from '../../common/errors';
import { msg } from '../../common/messages/message';
import {
  draftSchema,
  profileNameSchema,
  profileSchema,
  settingsSchema,
  type Draft,
  type Profile,
  type ProfileSummary,
  type Settings,
  type StorageWarning,
} from '../../common/ipc/contract';
import { describeFsError } from '../files/atomic-write';
import { readJsonFile, writeJsonFile } from './json-file';
import { assertNoSecrets } from './secret-guard';
import { removeStaleTempFiles } from './stale-temp-files';

/**
 * The wizard's own files under the app-data folder (Electron `userData`):
 *   settings.json, draft.json, profiles/<name>.json
 * Written atomically, validated on read; an unreadable file is kept aside and reported. Secrets never.
 */
export interface AppStore {
  readonly dataDir: string;
  loadSettings(): Promise<{ settings: Settings; warnings: StorageWarning[] }>;
  saveSettings(settings: Settings): Promise<Settings>;
  listProfiles(): Promise<{ profiles: ProfileSummary[]; warnings: StorageWarning[] }>;
  loadProfile(name: string): Promise<{ profile: Profile | null; warnings: StorageWarning[] }>;
  saveProfile(profile: Profile): Promise<Profile>;
  deleteProfile(name: string): Promise<boolean>;
  loadDraft(): Promise<{ draft: Draft | null; warnings: StorageWarning[] }>;
  saveDraft(draft: Draft): Promise<Draft>;
  clearDraft(): Promise<boolean>;
  /** Removes temp files left by writes a crash interrupted (call once at start); how many went. */
  removeStaleTempFiles(): Promise<number>;
}

const PROFILE_EXT = '.json';

export function createAppStore(dataDir: string, now: () => Date = () => new Date()): AppStore {
  const settingsFile = join(dataDir, 'settings.json');
  const draftFile = join(dataDir, 'draft.json');
  const profilesDir = join(dataDir, 'profiles');
  const profileFile = (name: string) => join(profilesDir, `${checkedName(name)}${PROFILE_EXT}`);
  const warningsOf = (w: StorageWarning | undefined) => (w ? [w] : []);

  return {
    dataDir,

    async loadSettings() {
      const { value, warning } = await readJsonFile(settingsFile, settingsSchema, msg('storage.what.settings'), now);
      return { settings: value ?? settingsSchema.parse({}), warnings: warningsOf(warning) };
    },

    async saveSettings(settings) {
      const clean = settingsSchema.parse(settings);
      await writeJsonFile(settingsFile, clean);
      return clean;
    },

    async listProfiles() {
      let names: string[];
      try {
        names = (await readdir(profilesDir)).filter(isProfileFileName).map((f) => f.slice(0, -PROFILE_EXT.length));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { profiles: [], warnings: [] };
        throw new WizardError('io', msg('storage.cannotListProfiles', { path: profilesDir, reason: describeFsError(e) }));
      }
      const profiles: ProfileSummary[] = [];
      const warnings: StorageWarning[] = [];
      for (const name of names.sort((a, b) => a.localeCompare(b))) {
        const { value, warning } = await readJsonFile(profileFile(name), profileSchema, msg('storage.what.profile', { name }), now);
        if (warning) warnings.push(warning);
        if (value) profiles.push(summary({ ...value, name }));
      }
      return { profiles, warnings };
    },

    async loadProfile(name) {
      const { value, warning } = await readJsonFile(profileFile(name), profileSchema, msg('storage.what.profile', { name }), now);
      // The file name is the identity: a hand-edited "name" inside cannot make two profiles collide.
      return { profile: value ? { ...value, name } : null, warnings: warningsOf(warning) };
    },

    async saveProfile(profile) {
      const stored = profileSchema.parse({ ...profile, updatedAt: now().toISOString() });
      assertNoSecrets(stored, msg('storage.what.profile', { name: stored.name }));
      await writeJsonFile(profileFile(stored.name), stored);
      return stored;
    },

    async deleteProfile(name) {
      const file = profileFile(name);
      try {
        await rm(file);
        return true;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
        throw new WizardError('io', msg('storage.cannotDeleteProfile', { path: file, reason: describeFsError(e) }));
      }
    },

    async loadDraft() {
      const { value, warning } = await readJsonFile(draftFile, draftSchema, msg('storage.what.draft'), now);
      return { draft: value, warnings: warningsOf(warning) };
    },

    async saveDraft(draft) {
      const stored = draftSchema.parse({ ...draft, updatedAt: now().toISOString() });
      assertNoSecrets(stored, msg('storage.what.draft'));
      await writeJsonFile(draftFile, stored);
      return stored;
    },

    async clearDraft() {
      try {
        await rm(draftFile);
        return true;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
        throw new WizardError('io', msg('storage.cannotDeleteDraft', { path: draftFile, reason: describeFsError(e) }));
      }
    },

    removeStaleTempFiles: () => removeStaleTempFiles([dataDir, profilesDir]),
  };
}

function checkedName(name: string): string {
  const parsed = profileNameSchema.safeParse(name);
  if (!parsed.success) throw new WizardError('invalid', msg('storage.profileName.invalid'));
  return parsed.data;
}

// Skips temp files of interrupted writes and files already kept aside as corrupt.
function isProfileFileName(file: string): boolean {
  if (!file.endsWith(PROFILE_EXT) || file.includes('.corrupt-')) return false;
  return profileNameSchema.safeParse(file.slice(0, -PROFILE_EXT.length)).success;
}

function summary(p: Profile): ProfileSummary {
  return {
    name: p.name,
    url: p.connection.url,
    ...(p.label !== undefined ? { label: p.label } : {}),
    ...(p.updatedAt !== undefined ? { updatedAt: p.updatedAt } : {}),
  };
}
