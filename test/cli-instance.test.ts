import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeCanary, tempHome } from './helpers/canary';
import { validConfig } from './helpers/configs';
import { runCli, startCli } from './helpers/run-cli';
import { ADMIN, type Scenario } from './campaign-sim/scenario';
import { start, type Simulator } from './campaign-sim/server';

// Each case starts the real CLI as a child process, several seconds apiece on a loaded 2-core machine.
vi.setConfig({ testTimeout: 120_000 });

/**
 * The CLI uses what the config says (instance.url, instance.consoleBuild, the keychain reference only
 * when needed), refuses a push to another host unless --accept-instance names it, and Ctrl+C is exit 130.
 */

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const login = ['--user', 'admin', '--password-env', 'ACC_PASSWORD'];
const env = { ACC_PASSWORD: ADMIN.password };

function configFor(url: string, mutate: (c: Record<string, any>) => void = () => undefined): string {
  const { home } = tempHome();
  const c = validConfig();
  c.instance.url = url;
  delete c.account.clientSecret;
  mutate(c);
  const file = join(home, 'prod.acc-ims.json');
  writeFileSync(file, JSON.stringify(c));
  return file;
}

const existing = {
  name: 'Adobe_Marketing_Cloud',
  label: 'Adobe Experience Cloud',
  type: '18',
  clientId: 'Campaign1',
  clientSecret: '@alreadyEncrypted==',
  tenant: 'acme',
};

async function simulator(scenario: Partial<Scenario> = {}) {
  sim = await start({ scenario });
  return sim;
}

describe('what the config says', () => {
  it('check FILE connects to instance.url and compares with instance.consoleBuild', async () => {
    const { url } = await simulator();
    const run = await runCli(['check', configFor(url), ...login, '--json'], { env });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain(`connecting to ${url}, the instance.url of`);
    const consoleBuild = JSON.parse(run.stdout).checks.find((c: { id: string }) => c.id === 'console-build');
    expect(consoleBuild.status).toBe('pass');
    expect(consoleBuild.message).toContain('9364');
  });

  it('push FILE without --instance goes to instance.url', async () => {
    const { url } = await simulator();
    const run = await runCli(['push', configFor(url), ...login, '--secret-env', 'S', '--dry-run'], { env: { ...env, S: 'x-secret' } });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(`New account "Adobe_Marketing_Cloud" on ${url}:`);
    expect(sim!.soapMethods()).toContain('Logon');
  });

  it('a push that keeps the secret on the instance does not need the keychain entry the config names', async () => {
    const { url } = await simulator({ accounts: [existing] });
    const missing = `acc-ims-test/${makeCanary('never-stored')}`;
    const file = configFor(url, (c) => (c.account.clientSecret = { keychain: missing }));
    const run = await runCli(['push', file, ...login], { env });
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('Written and verified');
    expect(sim!.soapMethods()).not.toContain('EncryptPassword');
    expect(sim!.accounts()[0]!.clientSecret).toBe('@alreadyEncrypted==');
  });
});

describe('CLI words for the CLI', () => {
  it('a missing keychain entry that is needed is named with the command that stores it, not a wizard step', async () => {
    const s = await simulator({ accounts: [existing] });
    const missing = `acc-ims-test/${makeCanary('never-stored')}`;
    const file = configFor(s.url, (c) => (c.account.clientSecret = { keychain: missing }));
    const run = await runCli(['push', file, ...login, '--replace-secret'], { env });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`no secret named "${missing}"`);
    expect(run.stderr).toContain('acc-ims secret set');
    expect(run.stderr).not.toMatch(/wizard|External account step/i);
    expect(s.requests).toEqual([]);
  });
});

describe('a push to another host than instance.url', () => {
  it('is refused before anything is sent', async () => {
    const s = await simulator();
    const file = configFor('https://campaign.example.com');
    const [plain, dry, json] = await Promise.all([
      runCli(['push', file, '--instance', s.url, ...login, '--secret-env', 'S'], { env: { ...env, S: 'x-secret' } }),
      runCli(['push', file, '--instance', s.url, ...login, '--dry-run'], { env }),
      runCli(['push', file, '--instance', s.url, ...login, '--dry-run', '--json'], { env }),
    ]);
    for (const run of [plain, dry]) {
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(
        'is prepared for the instance campaign.example.com, but --instance connects to 127.0.0.1; nothing was sent',
      );
      expect(run.stderr).toContain('--accept-instance 127.0.0.1');
    }
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, dryRun: true, error: { code: 'cli.push.hostMismatch' } });
    expect(s.requests).toEqual([]);
  });

  it('--accept-instance must name the host, without a port; nothing is sent otherwise', async () => {
    const s = await simulator();
    const file = configFor('https://campaign.example.com');
    const port = new URL(s.url).port;
    const [withPort, other] = await Promise.all([
      runCli(['push', file, '--instance', s.url, ...login, '--dry-run', '--accept-instance', `127.0.0.1:${port}`], { env }),
      runCli(['push', file, '--instance', s.url, ...login, '--dry-run', '--accept-instance', 'campaign.example.com'], { env }),
    ]);
    for (const run of [withPort, other]) {
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('Give the host name of --instance (no port)');
    }
    expect(s.requests).toEqual([]);
  });

  it('goes ahead with --accept-instance HOST; the dry run says so first', async () => {
    const s = await simulator();
    const file = configFor('https://campaign.example.com');
    const run = await runCli(
      ['push', file, '--instance', s.url, ...login, '--secret-env', 'S', '--dry-run', '--accept-instance', '127.0.0.1'],
      { env: { ...env, S: 'x-secret' } },
    );
    expect(run.code, run.stderr).toBe(0);
    const notes = run.stderr
      .trim()
      .split('\n')
      .filter((l) => l.startsWith('note: '));
    expect(notes[0]).toBe(
      `note: pushing to 127.0.0.1 although ${file} is prepared for campaign.example.com (accepted with --accept-instance).`,
    );
    expect(run.stdout).toContain('Dry run: nothing was written.');
  });
});

describe('Ctrl+C', () => {
  it('during a push: the call is stopped and the exit code is 130', async () => {
    const s = await simulator({ answers: { Logon: { kind: 'drip', bytesPerTick: 4, intervalMs: 200 } } });
    const { child, done } = startCli(['push', configFor(s.url), ...login, '--secret-env', 'S'], { env: { ...env, S: 'x-secret' } });
    await vi.waitFor(() => expect(s.requests.length).toBeGreaterThan(0), { timeout: 60_000, interval: 100 });
    child.kill('SIGINT');
    const run = await done;
    expect(run.code, run.stderr).toBe(130);
    expect(run.stderr).toMatch(/acc-ims push: /);
    expect(s.soapMethods()).not.toContain('Write');
  });

  it('while waiting on standard input: exit 130 at once, nothing stored', async () => {
    const { child, done } = startCli(['secret', 'set', `acc-ims-test/${makeCanary('ctrl-c')}`]);
    // Nothing shows that a piped read has begun: give node time to start on a loaded machine.
    await new Promise((r) => setTimeout(r, 6000));
    child.kill('SIGINT');
    const run = await done;
    expect(run.code).toBe(130);
    expect(run.stderr).toContain('interrupted (Ctrl+C)');
  });
});
