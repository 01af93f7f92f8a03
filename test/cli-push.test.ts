import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteSecret, setSecret } from '../electron/node/keychain/keychain';
import { filesContaining, makeCanary, tempHome } from './helpers/canary';
import { validConfig } from './helpers/configs';
import { closedUrl } from './helpers/closed-port';
import { runCli } from './helpers/run-cli';
import { ADMIN, type Scenario } from './campaign-sim/scenario';
import { start, type Simulator } from './campaign-sim/server';

// Each case starts the real CLI as a child process, several seconds apiece on a loaded 2-core machine.
vi.setConfig({ testTimeout: 120_000 });

/** `acc-ims push` as users run it (the built CLI, a child process) against simulated instances. */

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

function configFile(mutate: (c: Record<string, any>) => void = (c) => delete c.account.clientSecret): { file: string; home: string } {
  const { home } = tempHome();
  const raw = validConfig();
  // Prepared for no particular instance: the simulator's host is only known once it runs (test/cli-instance.test.ts covers instance.url).
  delete raw.instance;
  mutate(raw);
  const file = join(home, 'prod.acc-ims.json');
  writeFileSync(file, JSON.stringify(raw));
  return { file, home };
}

const login = ['--user', 'admin', '--password-env', 'ACC_PASSWORD'];

async function push(scenario: Partial<Scenario>, file: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  sim ??= await start({ scenario });
  return runCli(['push', file, '--instance', sim.url, ...login, ...args], { env: { ACC_PASSWORD: ADMIN.password, ...env } });
}

const writes = () => sim!.soapMethods().filter((m) => m === 'Write' || m === 'EncryptPassword');

describe('acc-ims push', () => {
  it('an invalid config is refused before any request reaches the instance', async () => {
    const { file } = configFile((c) => (c.account.imsOrgId = 'not-an-org'));
    const run = await push({}, file, ['--secret-env', 'S'], { S: 'x-secret' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('account.imsOrgId');
    expect(run.stderr).toContain('nothing was sent to the instance');
    expect(sim!.requests).toEqual([]);
  });

  it('--dry-run --json: the change field by field, exactly the README shape, nothing written', async () => {
    const { file } = configFile();
    const run = await push({}, file, ['--secret-env', 'S', '--dry-run', '--json'], { S: 'x-secret' });
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(Object.keys(doc)).toEqual(['ok', 'dryRun', 'changes', 'verified', 'notes']);
    for (const note of doc.notes) expect(Object.keys(note)).toEqual(['code', 'message']);
    expect(doc).toMatchObject({ ok: true, dryRun: true, verified: null });
    expect(doc.changes).toContainEqual({ field: 'imsOrgId', from: '', to: '0123456789ABCDEF01234567@AdobeOrg' });
    expect(doc.changes).toContainEqual({ field: 'clientSecret', from: '', to: '(new secret)' });
    expect(writes()).toEqual([]);
    expect(sim!.accounts()).toEqual([]);
  });

  it('pushes with --secret-env, verifies, reminds to restart; the canary secret is only inside EncryptPassword and never printed; a second run changes nothing', async () => {
    const secret = makeCanary('client-secret');
    const { file, home } = configFile();
    const first = await push({}, file, ['--secret-env', 'IMS_SECRET'], { IMS_SECRET: secret });
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Written and verified');
    expect(first.stdout).toContain('Restart the Campaign server');
    expect(first.stdout + first.stderr).not.toContain(secret);
    expect(sim!.cipher.decrypt(sim!.accounts()[0]!.clientSecret!)).toBe(secret);
    expect(sim!.requests.filter((r) => r.body.includes(secret)).map((r) => r.soapAction)).toEqual(['xtk:session#EncryptPassword']);
    expect(filesContaining(home, secret)).toEqual([]);

    const before = sim!.soapMethods().length;
    const second = await push({}, file, ['--secret-env', 'IMS_SECRET', '--json'], { IMS_SECRET: secret });
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout)).toMatchObject({ ok: true, dryRun: false, changes: [], verified: true });
    expect(sim!.soapMethods().slice(before)).not.toContain('Write');
    expect(sim!.soapMethods().slice(before)).not.toContain('EncryptPassword');
  });

  it("reads the secret from the config's keychain reference (the real OS keychain)", async () => {
    const name = `acc-ims-test/${makeCanary('ref')}`;
    const secret = makeCanary('keychain-secret');
    await setSecret(name, secret);
    try {
      const { file } = configFile((c) => (c.account.clientSecret = { keychain: name }));
      const run = await push({}, file, ['--json']);
      expect(run.code).toBe(0);
      expect(sim!.cipher.decrypt(sim!.accounts()[0]!.clientSecret!)).toBe(secret);
    } finally {
      await deleteSecret(name);
    }
  });

  it('duplicates: exit 1, refused with the names, nothing written', async () => {
    const { file } = configFile();
    const dup = (name: string) => ({ name, type: '18', label: 'Adobe Experience Cloud', clientSecret: '@x' });
    const run = await push({ accounts: [dup('Adobe_Marketing_Cloud'), dup('MAC')] }, file, []);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('refused, nothing was written');
    expect(run.stderr).toContain('"MAC"');
    expect(writes()).toEqual([]);
  });

  it('the existing account under another internal name: exit 1 by default, updated in place with --update-existing', async () => {
    const { file } = configFile();
    const scenario = { accounts: [{ name: 'Adobe_Experience_Cloud', type: '18', label: 'MAC', clientSecret: '@x' }] };
    const refused = await push(scenario, file, []);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('--update-existing');
    const updated = await push(scenario, file, ['--update-existing']);
    expect(updated.code).toBe(0);
    expect(sim!.accounts().map((a) => a.name)).toEqual(['Adobe_Experience_Cloud']);
  });

  it("a write fault: exit 1 with the instance's code and text on one line", async () => {
    const { file } = configFile();
    const run = await push({ writeFault: { code: 'XSV-350122', text: 'Database is read-only.' } }, file, ['--secret-env', 'S'], {
      S: 'x-secret',
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('XSV-350122 Database is read-only.');
    expect(run.stderr.trim().split('\n')).toHaveLength(2); // the http warning for the lab URL, then the error
  });

  it('usage: no operator is exit 2; nothing listening is exit 2', async () => {
    const { file } = configFile();
    const noUser = await runCli(['push', file, '--instance', 'https://campaign.example.com']);
    expect(noUser.code).toBe(2);
    expect(noUser.stderr).toContain('push needs an operator');
    const down = await runCli(['push', file, '--instance', (await closedUrl()).url, ...login, '--secret-env', 'S'], {
      env: { ACC_PASSWORD: 'pw-12345', S: 'x-secret' },
    });
    expect(down.code).toBe(2);
    expect(down.stderr).toContain('connection refused');
  });
});
