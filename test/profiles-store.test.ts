import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render } from '../electron/common/messages/catalogs';
import { describe, expect, it } from 'vitest';
import { WizardError } from '../electron/common/errors';
import type { Draft, Profile } from '../electron/common/ipc/contract';
import { redactor } from '../electron/common/redact';
import { MAX_STORED_BYTES } from '../electron/node/app-data/json-file';
import { createAppStore } from '../electron/node/app-data/app-store';
import { makeCanary } from './helpers/canary';
import { validConfig } from './helpers/configs';

/** The app-data folder (Electron userData) on the real file system: a fresh temp folder per test. */
const freshDir = () => mkdtempSync(join(tmpdir(), 'acc-ims-store-'));
const fixedClock = (iso: string) => () => new Date(iso);

const profile = (name: string, url: string, extra: Partial<Profile> = {}): Profile => ({
  name,
  connection: { url },
  config: validConfig(),
  ...extra,
});
const draft = (step: Draft['step'], note: string): Draft & { config: ReturnType<typeof validConfig> } => ({
  step,
  mode: 'offline',
  config: validConfig(),
  answers: { note },
});

async function rejection(promise: Promise<unknown>): Promise<WizardError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(WizardError);
  return error as WizardError;
}

describe('instance profiles', () => {
  it('keeps several profiles, lists them by name and loads each back as saved', async () => {
    const dir = freshDir();
    const store = createAppStore(dir, fixedClock('2026-11-02T10:00:00.000Z'));
    await store.saveProfile(profile('prod', 'https://campaign.example.com', { label: 'Production' }));
    await store.saveProfile(profile('dev', 'https://dev.campaign.example.com'));
    await store.saveProfile(profile('stage', 'https://stage.campaign.example.com'));
    const listed = await store.listProfiles();
    expect(listed.warnings).toEqual([]);
    expect(listed.profiles).toEqual([
      { name: 'dev', url: 'https://dev.campaign.example.com', updatedAt: '2026-11-02T10:00:00.000Z' },
      { name: 'prod', label: 'Production', url: 'https://campaign.example.com', updatedAt: '2026-11-02T10:00:00.000Z' },
      { name: 'stage', url: 'https://stage.campaign.example.com', updatedAt: '2026-11-02T10:00:00.000Z' },
    ]);
    const reopened = createAppStore(dir);
    expect(await reopened.loadProfile('prod')).toEqual({
      profile: { ...profile('prod', 'https://campaign.example.com', { label: 'Production' }), updatedAt: '2026-11-02T10:00:00.000Z' },
      warnings: [],
    });
  });

  it('stores each profile as readable JSON only the user can open, with no temp file left', async () => {
    const dir = freshDir();
    await createAppStore(dir).saveProfile(profile('prod', 'https://campaign.example.com'));
    const file = join(dir, 'profiles', 'prod.json');
    expect(JSON.parse(readFileSync(file, 'utf8')).connection.url).toBe('https://campaign.example.com');
    if (process.platform !== 'win32') expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(readdirSync(join(dir, 'profiles'))).toEqual(['prod.json']);
  });

  it('takes a profile\'s identity from its file name, not from a hand-edited "name" inside', async () => {
    const dir = freshDir();
    const store = createAppStore(dir);
    await store.saveProfile(profile('prod', 'https://campaign.example.com'));
    const file = join(dir, 'profiles', 'prod.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), name: 'stage' }));
    expect((await store.loadProfile('prod')).profile?.name).toBe('prod');
    expect((await store.listProfiles()).profiles.map((p) => p.name)).toEqual(['prod']);
  });

  it('refuses a profile name that could leave the profiles folder', async () => {
    const store = createAppStore(freshDir());
    for (const name of ['../settings', '..', '.hidden', 'a/b', 'a\\b', '']) {
      const error = await rejection(store.loadProfile(name));
      expect(error.kind).toBe('invalid');
      expect(error.userMessage).toEqual({ code: 'storage.profileName.invalid' });
    }
  });

  it('ignores temp files of interrupted writes and files it set aside before', async () => {
    const dir = freshDir();
    const store = createAppStore(dir);
    await store.saveProfile(profile('prod', 'https://campaign.example.com'));
    writeFileSync(join(dir, 'profiles', '.prod.json.123.abc.tmp'), '{"half');
    writeFileSync(join(dir, 'profiles', 'prod.corrupt-2026-01-01T00-00-00-000Z.json'), 'nonsense');
    writeFileSync(join(dir, 'profiles', 'notes.txt'), 'hello');
    expect(await store.listProfiles()).toEqual({ profiles: [expect.objectContaining({ name: 'prod' })], warnings: [] });
  });

  it('deletes a profile, and says so only when there was one', async () => {
    const store = createAppStore(freshDir());
    await store.saveProfile(profile('dev', 'https://dev.example.com'));
    expect(await store.deleteProfile('dev')).toBe(true);
    expect(await store.deleteProfile('dev')).toBe(false);
    expect((await store.listProfiles()).profiles).toEqual([]);
  });
});

describe('corrupt files are kept aside and reported, never dropped', () => {
  const cases: { what: string; bytes: string | Buffer; reason: object }[] = [
    { what: 'not JSON', bytes: '{"name": "prod", "connection": {"url": "https://x', reason: { code: 'storage.problem.notJson' } },
    { what: 'empty', bytes: '', reason: { code: 'storage.problem.notJson' } },
    {
      what: 'the wrong shape',
      bytes: JSON.stringify({ name: 'prod', connection: { url: 42 } }),
      reason: { code: 'storage.problem.shapeAt', params: { path: 'connection.url' } },
    },
    {
      what: 'an unknown key',
      bytes: JSON.stringify({ name: 'prod', connection: { url: 'https://x' }, password: 'x' }),
      reason: { code: 'storage.problem.shape' },
    },
    { what: 'huge', bytes: Buffer.alloc(MAX_STORED_BYTES + 1, 0x20), reason: { code: 'storage.problem.tooLarge', params: { max: 4 } } },
  ];

  for (const { what, bytes, reason } of cases) {
    it(`a profile that is ${what}: listed as a warning, the others still listed, its bytes kept`, async () => {
      const dir = freshDir();
      const store = createAppStore(dir, fixedClock('2026-11-02T10:11:12.131Z'));
      await store.saveProfile(profile('dev', 'https://dev.example.com'));
      const broken = join(dir, 'profiles', 'prod.json');
      writeFileSync(broken, bytes);
      const { profiles, warnings } = await store.listProfiles();
      expect(profiles.map((p) => p.name)).toEqual(['dev']);
      const movedTo = join(dir, 'profiles', 'prod.corrupt-2026-11-02T10-11-12-131Z.json');
      expect(warnings).toEqual([{ file: broken, movedTo, message: expect.objectContaining({ code: 'storage.movedAside' }) }]);
      expect(warnings[0]!.message.params).toMatchObject({
        what: { code: 'storage.what.profile', params: { name: 'prod' } },
        problem: reason,
        movedTo: 'prod.corrupt-2026-11-02T10-11-12-131Z.json',
      });
      expect(render('en', warnings[0]!.message)).toMatch(
        /^The saved profile "prod" could not be read \(.*\)\. It was kept as prod\.corrupt-2026-11-02T10-11-12-131Z\.json in the data folder; the wizard continues without it\.$/,
      );
      expect(existsSync(broken)).toBe(false);
      // Buffer.equals, not toEqual: a deep compare of 4 MB byte by byte takes the test runner half a minute.
      expect(readFileSync(movedTo).equals(Buffer.from(bytes))).toBe(true);
      // Reported once: the next look finds nothing to trip over.
      expect((await store.listProfiles()).warnings).toEqual([]);
    });
  }

  it('a corrupt draft: nothing to resume, a warning, and the file kept', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'draft.json'), '{"step": "account", "config": {"account": ');
    const { draft: loaded, warnings } = await createAppStore(dir).loadDraft();
    expect(loaded).toBeNull();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message.params).toMatchObject({
      what: { code: 'storage.what.draft' },
      problem: { code: 'storage.problem.notJson' },
    });
    expect(readFileSync(warnings[0]!.movedTo, 'utf8')).toBe('{"step": "account", "config": {"account": ');
  });

  it('corrupt settings: the defaults, a warning, and the file kept', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'settings.json'), '{"theme": "neon"}');
    const { settings, warnings } = await createAppStore(dir).loadSettings();
    expect(settings).toEqual({ language: 'system', theme: 'system' });
    expect(warnings[0]!.message.params).toMatchObject({
      what: { code: 'storage.what.settings' },
      problem: { code: 'storage.problem.shapeAt', params: { path: 'theme' } },
    });
    expect(existsSync(warnings[0]!.movedTo)).toBe(true);
  });

  it('reads a file hand-edited with a byte-order mark', async () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'settings.json'), '\uFEFF{"language": "zh-Hant", "theme": "dark"}');
    expect(await createAppStore(dir).loadSettings()).toEqual({ settings: { language: 'zh-Hant', theme: 'dark' }, warnings: [] });
  });
});

describe('the draft', () => {
  it('is autosaved and resumed by a store opened later on the same folder', async () => {
    const dir = freshDir();
    const saved = await createAppStore(dir, fixedClock('2026-11-02T09:00:00.000Z')).saveDraft(draft('account', 'half-way'));
    expect(saved.updatedAt).toBe('2026-11-02T09:00:00.000Z');
    expect(await createAppStore(dir).loadDraft()).toEqual({ draft: saved, warnings: [] });
  });

  it('keeps the last of many rapid saves, in call order', async () => {
    const dir = freshDir();
    const store = createAppStore(dir);
    await Promise.all(Array.from({ length: 40 }, (_, i) => store.saveDraft(draft('account', `keystroke ${i}`))));
    expect((await store.loadDraft()).draft?.answers).toEqual({ note: 'keystroke 39' });
    expect(readdirSync(dir)).toEqual(['draft.json']);
  });

  it('is cleared after use, and clearing twice is not an error', async () => {
    const store = createAppStore(freshDir());
    await store.saveDraft(draft('done', 'finished'));
    expect(await store.clearDraft()).toBe(true);
    expect(await store.clearDraft()).toBe(false);
    expect((await store.loadDraft()).draft).toBeNull();
  });

  it('refuses a clear-text client secret, keeping the previous draft intact', async () => {
    const dir = freshDir();
    const store = createAppStore(dir);
    await store.saveDraft(draft('account', 'before'));
    const before = readFileSync(join(dir, 'draft.json'), 'utf8');
    const secret = makeCanary('client-secret');
    const bad = draft('account', 'after');
    bad.config.account.clientSecret = secret;
    const error = await rejection(store.saveDraft(bad));
    expect(error.kind).toBe('invalid');
    expect(error.userMessage).toEqual({
      code: 'storage.refusedClearSecret',
      params: { what: { code: 'storage.what.draft' }, path: 'config.account.clientSecret' },
    });
    expect(JSON.stringify(error.userMessage)).not.toContain(secret);
    expect(readFileSync(join(dir, 'draft.json'), 'utf8')).toBe(before);
    expect(readdirSync(dir)).toEqual(['draft.json']);
  });

  it('refuses a profile or draft holding any registered secret, wherever it hides', async () => {
    const dir = freshDir();
    const store = createAppStore(dir);
    const password = makeCanary('password');
    redactor.add(password);
    const inDraft = draft('instance', 'x');
    inDraft.config.instance.name = `prod ${password}`;
    expect((await rejection(store.saveDraft(inDraft))).userMessage).toEqual({
      code: 'storage.refusedSecret',
      params: { what: { code: 'storage.what.draft' } },
    });
    const error = await rejection(store.saveProfile(profile('prod', `https://admin:${encodeURIComponent(password)}@campaign.example.com`)));
    expect(error.userMessage).toEqual({
      code: 'storage.refusedSecret',
      params: { what: { code: 'storage.what.profile', params: { name: 'prod' } } },
    });
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('temp files left by a crash', () => {
  it('are removed at start when their writer is gone, and kept while it is still running', async () => {
    const dir = freshDir();
    const store = createAppStore(dir);
    await store.saveProfile(profile('prod', 'https://campaign.example.com'));
    const gone = spawnSync(process.execPath, ['-e', '0']).pid!;
    const stale = [join(dir, `.draft.json.${gone}.0123456789ab.tmp`), join(dir, 'profiles', `.prod.json.${gone}.ba9876543210.tmp`)];
    const live = join(dir, `.settings.json.${process.pid}.aaaaaaaaaaaa.tmp`);
    for (const f of [...stale, live]) writeFileSync(f, '{"half');
    writeFileSync(join(dir, 'notes.tmp'), 'not ours');
    expect(await store.removeStaleTempFiles()).toBe(2);
    expect(readdirSync(dir).sort()).toEqual([`.settings.json.${process.pid}.aaaaaaaaaaaa.tmp`, 'notes.tmp', 'profiles']);
    expect(readdirSync(join(dir, 'profiles'))).toEqual(['prod.json']);
  });
});

describe('settings', () => {
  it('start from the defaults and persist what the admin picks', async () => {
    const dir = freshDir();
    expect(await createAppStore(dir).loadSettings()).toEqual({ settings: { language: 'system', theme: 'system' }, warnings: [] });
    await createAppStore(dir).saveSettings({ language: 'zh-Hant', theme: 'dark' });
    expect((await createAppStore(dir).loadSettings()).settings).toEqual({ language: 'zh-Hant', theme: 'dark' });
  });
});

describe('a data folder that cannot be written', () => {
  it('says which file and why, and loses nothing already saved', async () => {
    const dir = freshDir();
    const store = createAppStore(dir);
    await store.saveProfile(profile('prod', 'https://campaign.example.com'));
    const blocked = freshDir();
    writeFileSync(join(blocked, 'profiles'), 'a file where the folder should be');
    const error = await rejection(createAppStore(blocked).saveProfile(profile('dev', 'https://dev.example.com')));
    expect(error.kind).toBe('io');
    expect(error.userMessage).toMatchObject({ code: 'file.writeFailed', params: { path: join(blocked, 'profiles', 'dev.json') } });
    expect(render('en', error.userMessage)).toMatch(
      /^Cannot write .*profiles[\\/]dev\.json: .+\. Check that the folder exists and is writable\.$/,
    );
    expect((await store.loadProfile('prod')).profile?.connection.url).toBe('https://campaign.example.com');
  });
});
