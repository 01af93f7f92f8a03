import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeCanary, tempHome } from './helpers/canary';
import { validConfig } from './helpers/configs';
import { runCli } from './helpers/run-cli';
import { testHandlers } from './helpers/handlers';
import { ADMIN, type Scenario, type SimAccount } from './campaign-sim/scenario';
import { start, type Simulator } from './campaign-sim/server';

// Each case starts the real CLI as a child process, several seconds apiece on a loaded 2-core machine.
vi.setConfig({ testTimeout: 120_000 });

/** A push that changes an existing account saves it first; `push --restore` puts it back (README, "Undoing a push"). */

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const login = ['--user', 'admin', '--password-env', 'ACC_PASSWORD'];
const env = (extra: NodeJS.ProcessEnv = {}) => ({ env: { ACC_PASSWORD: ADMIN.password, ...extra } });

/** The account an earlier admin set up by hand: other values, its own secret, a field the config does not know. */
async function instanceWithAccount(overrides: Partial<Scenario> = {}): Promise<{ sim: Simulator; before: SimAccount; oldSecret: string }> {
  sim = await start({ scenario: overrides });
  const oldSecret = makeCanary('old-secret');
  const account: SimAccount = {
    name: 'Adobe_Marketing_Cloud',
    label: 'IMS (hand-made)',
    type: '18',
    active: '1',
    imsServer: 'https://ims-na1.adobelogin.com',
    userScope: 'openid,AdobeID',
    clientId: 'old-client-id',
    clientSecret: sim.cipher.encrypt(oldSecret),
    callbackServer: 'https://old-callback.example.com',
    imsOrgId: 'FEDCBA9876543210FEDCBA98@AdobeOrg',
    imsRightsMask: 'Old_(.*)',
    packageAutoExport: '1',
  };
  sim.accounts().push({ id: '2000', ...account });
  return { sim, before: { id: '2000', ...account }, oldSecret };
}

function configFile(): { file: string; home: string } {
  const { home } = tempHome();
  const raw = validConfig();
  delete raw.instance;
  delete raw.account.clientSecret;
  const file = join(home, 'prod.acc-ims.json');
  writeFileSync(file, JSON.stringify(raw));
  return { file, home };
}

const restoreFilesIn = (folder: string) => readdirSync(folder).filter((f) => f.endsWith('.restore.json'));
// Campaign keeps no empty attributes: an emptied field and an absent one are the same account.
const withoutId = ({ id: _id, ...rest }: SimAccount) => Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== ''));

describe('a push that changes an existing account', () => {
  it('saves the account first (every field, the secret as the instance stores it, mode 0600), says where, and push --restore puts it back and verifies', async () => {
    const { sim, before, oldSecret } = await instanceWithAccount();
    const { file, home } = configFile();
    const newSecret = makeCanary('new-secret');
    const pushed = await runCli(
      ['push', file, '--instance', sim.url, ...login, '--secret-env', 'S', '--replace-secret', '--json'],
      env({ S: newSecret }),
    );
    expect(pushed.code).toBe(0);
    const [name] = restoreFilesIn(home);
    expect(name).toMatch(/^127\.0\.0\.1_\d+\.Adobe_Marketing_Cloud\.\d{8}T\d{6}Z\.restore\.json$/);
    const restoreFile = join(home, name!);
    const doc = JSON.parse(pushed.stdout);
    expect(doc.restoreFile).toBe(restoreFile);
    expect(doc.notes.map((n: { code: string }) => n.code)).toContain('restore.saved.cli');
    expect(doc.notes.find((n: { code: string }) => n.code === 'restore.saved.cli').message).toContain(
      `acc-ims push --restore ${restoreFile} --instance ${sim.url}`,
    );
    if (process.platform !== 'win32') expect(statSync(restoreFile).mode & 0o777).toBe(0o600);
    const saved = JSON.parse(readFileSync(restoreFile, 'utf8'));
    expect(saved.instance.url).toBe(sim.url);
    expect(saved.account.name).toBe('Adobe_Marketing_Cloud');
    const { name: _name, ...fields } = withoutId(before);
    expect(saved.account.attributes).toMatchObject(fields);
    expect(readFileSync(restoreFile, 'utf8')).not.toContain(oldSecret);
    expect(readFileSync(restoreFile, 'utf8')).not.toContain(newSecret);
    expect(sim.accounts()[0]!.clientId).not.toBe('old-client-id');

    const restored = await runCli(['push', '--restore', restoreFile, ...login], env());
    expect(restored.code).toBe(0);
    expect(restored.stderr).toContain(`connecting to ${sim.url}`);
    expect(restored.stdout).toContain('Restore of the account "Adobe_Marketing_Cloud"');
    expect(restored.stdout).toContain('clientId: "Campaign1" -> "old-client-id"');
    expect(restored.stdout).toContain('Put back and verified');
    expect(restored.stdout + restored.stderr).not.toContain(oldSecret);
    expect(withoutId(sim.accounts()[0]!)).toEqual(withoutId(before));
    expect(sim.cipher.decrypt(sim.accounts()[0]!.clientSecret!)).toBe(oldSecret);
    // The encrypted secret goes back as it was: never through EncryptPassword.
    expect(sim.soapMethods().filter((m) => m === 'EncryptPassword')).toHaveLength(1);
  });

  it('a field the push set that the account did not have is emptied again by the restore', async () => {
    const { sim, before } = await instanceWithAccount();
    const { file, home } = configFile();
    expect((await runCli(['push', file, '--instance', sim.url, ...login], env())).code).toBe(0);
    expect(sim.accounts()[0]!.productContext).toBeTruthy();
    const restoreFile = join(home, restoreFilesIn(home)[0]!);
    expect((await runCli(['push', '--restore', restoreFile, ...login], env())).code).toBe(0);
    expect(sim.accounts()[0]!.productContext ?? '').toBe('');
    expect(sim.accounts()[0]!.imsRightsMask).toBe(before.imsRightsMask);
  });

  it('a write that fails after the save names the restore command; --backup FILE puts the file where asked', async () => {
    const { sim } = await instanceWithAccount({ writeFault: { code: 'XSV-350122', text: 'Database is read-only.' } });
    const { file, home } = configFile();
    const backup = join(home, 'before-push.json');
    const run = await runCli(['push', file, '--instance', sim.url, ...login, '--backup', backup], env());
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('XSV-350122 Database is read-only.');
    expect(run.stderr).toContain(`acc-ims push --restore ${backup} --instance ${sim.url}`);
    expect(JSON.parse(readFileSync(backup, 'utf8')).account.name).toBe('Adobe_Marketing_Cloud');
    expect(restoreFilesIn(home)).toEqual([]);
  });

  it('--backup naming an existing file is refused before any request; a dry run or a new account saves nothing', async () => {
    const { sim } = await instanceWithAccount();
    const { file, home } = configFile();
    const taken = join(home, 'taken.json');
    writeFileSync(taken, 'an older restore file');
    const refused = await runCli(['push', file, '--instance', sim.url, ...login, '--backup', taken], env());
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(taken);
    expect(sim.requests).toEqual([]);
    expect(readFileSync(taken, 'utf8')).toBe('an older restore file');

    expect((await runCli(['push', file, '--instance', sim.url, ...login, '--dry-run'], env())).code).toBe(0);
    expect(restoreFilesIn(home)).toEqual([]);
    sim.accounts().length = 0;
    expect((await runCli(['push', file, '--instance', sim.url, ...login, '--secret-env', 'S'], env({ S: 'x-secret' }))).code).toBe(0);
    expect(sim.accounts()).toHaveLength(1);
    expect(restoreFilesIn(dirname(file))).toEqual([]);
  });
});

describe('push --restore', () => {
  async function savedPoint(): Promise<{ sim: Simulator; restoreFile: string; home: string }> {
    const { sim } = await instanceWithAccount();
    const { file, home } = configFile();
    expect((await runCli(['push', file, '--instance', sim.url, ...login], env())).code).toBe(0);
    return { sim, restoreFile: join(home, restoreFilesIn(home)[0]!), home };
  }

  it('refuses a restore file made for another host before anything is sent', async () => {
    const { sim, restoreFile } = await savedPoint();
    const other = await start({ scenario: {} });
    try {
      const run = await runCli(['push', '--restore', restoreFile, '--instance', other.url, ...login], env());
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`holds an account of ${new URL(sim.url).host}, not of ${new URL(other.url).host}`);
      expect(other.requests).toEqual([]);
    } finally {
      await other.close();
    }
  });

  it('refuses one saved from another instance behind the same address, writing nothing', async () => {
    const { sim, restoreFile } = await savedPoint();
    const point = JSON.parse(readFileSync(restoreFile, 'utf8'));
    point.instance.instanceName = 'acme_mkt_stage';
    writeFileSync(restoreFile, JSON.stringify(point));
    const writesBefore = sim.soapMethods().filter((m) => m === 'Write').length;
    const run = await runCli(['push', '--restore', restoreFile, ...login], env());
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('"acme_mkt_stage"');
    expect(run.stderr).toContain('"acme_mkt_prod1"');
    expect(sim.soapMethods().filter((m) => m === 'Write').length).toBe(writesBefore);
  });

  it('--dry-run shows what goes back and writes nothing; a file that is not a restore file, or extra flags, are refused clearly', async () => {
    const { sim, restoreFile, home } = await savedPoint();
    const writesBefore = sim.soapMethods().filter((m) => m === 'Write').length;
    const dry = await runCli(['push', '--restore', restoreFile, ...login, '--dry-run'], env());
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain('-> "old-client-id"');
    expect(dry.stdout).toContain('Dry run: nothing was written');
    expect(sim.soapMethods().filter((m) => m === 'Write').length).toBe(writesBefore);

    const config = join(home, 'prod.acc-ims.json');
    const wrong = await runCli(['push', '--restore', config, ...login], env());
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('is not an acc-ims restore file');
    const mixed = await runCli(['push', '--restore', restoreFile, ...login, '--secret-env', 'S'], env({ S: 'x' }));
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toContain('--secret-env does not go with --restore');
  });
});

describe('desktop: "Undo the last push"', () => {
  const connection = () => ({ url: sim!.url, user: ADMIN.login, password: ADMIN.password });
  const config = () => {
    const raw = validConfig();
    delete raw.instance;
    delete raw.account.clientSecret;
    return raw;
  };
  const id = () => `req-${Math.random().toString(36).slice(2)}`;

  it('the push saves the account in the data folder (0600), undo writes it back and verifies; with no push there is nothing to undo', async () => {
    const { sim, before } = await instanceWithAccount();
    const desktop = testHandlers();
    const nothing = await desktop.call('campaign.undoPush', { requestId: id(), connection: connection() });
    expect(nothing).toMatchObject({ ok: false, error: { message: { code: 'restore.undo.nothing' } } });

    const pushed = await desktop.call('campaign.push', {
      requestId: id(),
      connection: connection(),
      config: config(),
      replaceSecret: false,
      updateExisting: false,
    });
    expect(pushed).toMatchObject({ ok: true, value: { ok: true, verified: true } });
    const restoreFile = (pushed as { value: { restoreFile: string } }).value.restoreFile;
    expect(dirname(restoreFile)).toBe(join(desktop.dataDir, 'restore'));
    if (process.platform !== 'win32') expect(statSync(restoreFile).mode & 0o777).toBe(0o600);
    expect((pushed as { value: { warnings: { code: string }[] } }).value.warnings.map((w) => w.code)).toContain('restore.saved.desktop');
    expect(sim.accounts()[0]!.clientId).toBe('Campaign1');

    const undone = await desktop.call('campaign.undoPush', { requestId: id(), connection: connection() });
    expect(undone).toMatchObject({ ok: true, value: { ok: true, verified: true, accountName: 'Adobe_Marketing_Cloud' } });
    expect(withoutId(sim.accounts()[0]!)).toEqual(withoutId(before));
  });

  it('a push that fails after the save tells the admin about Undo, and Undo works', async () => {
    const { sim, before } = await instanceWithAccount();
    const desktop = testHandlers();
    sim.scenario.writeFault = { code: 'XSV-350122', text: 'Database is read-only.' };
    const failed = await desktop.call('campaign.push', {
      requestId: id(),
      connection: connection(),
      config: config(),
      replaceSecret: false,
      updateExisting: false,
    });
    expect(failed).toMatchObject({
      ok: false,
      error: { message: { code: 'restore.halfway', params: { how: { code: 'restore.how.desktop' } } } },
    });
    sim.scenario.writeFault = null;
    const undone = await desktop.call('campaign.undoPush', { requestId: id(), connection: connection() });
    expect(undone).toMatchObject({ ok: true, value: { ok: true } });
    expect(withoutId(sim.accounts()[0]!)).toEqual(withoutId(before));
  });
});
