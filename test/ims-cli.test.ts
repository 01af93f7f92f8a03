import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { filesContaining, makeCanary, tempHome } from './helpers/canary';
import { minimalConfig } from './helpers/configs';
import { runCli } from './helpers/run-cli';
import { startImsSim, type ImsFault, type ImsSim } from './ims-sim/server';
import { closedUrl } from './helpers/closed-port';

/** `acc-ims ims-check` as admins run it: the built CLI in a child process, against a stand-in IMS. Build it first (scripts/build-cli.mjs). */

// Each case starts the real CLI as a child process, seconds apiece on a loaded 2-core machine.
vi.setConfig({ testTimeout: 120_000 });

let sim: ImsSim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const RIGHT = 'right-secret-0000';

function configFile(over: Record<string, unknown> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'acc-ims-ims-'));
  const config = minimalConfig();
  Object.assign(config.account, over);
  const file = join(dir, 'prod.acc-ims.json');
  writeFileSync(file, JSON.stringify(config));
  return file;
}

async function imsCheck(
  secret: string,
  extra: string[] = [],
  options: { fault?: ImsFault; tls?: boolean; env?: NodeJS.ProcessEnv; config?: Record<string, unknown> } = {},
) {
  sim = await startImsSim({
    clients: { 'Campaign1-Demo': RIGHT },
    ...(options.fault ? { fault: options.fault } : {}),
    ...(options.tls ? { tls: true } : {}),
  });
  return runCli(['ims-check', configFile(options.config), '--secret-env', 'IMS_CLIENT_SECRET', '--ims-url', sim.url, ...extra], {
    env: { IMS_CLIENT_SECRET: secret, LANG: 'C', LC_ALL: undefined, LC_MESSAGES: undefined, ...options.env },
  });
}

describe('acc-ims ims-check', () => {
  it('a wrong secret: exit 1, the JSON result names it, the warning names the host the secret went to', async () => {
    const run = await imsCheck('wrong-secret-1111', ['--json']);
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout);
    expect(doc).toEqual({
      ok: false,
      result: 'invalid-client-secret',
      status: 400,
      code: 'ims.result.invalidSecret',
      message: expect.stringContaining('rejected the client secret of client id "Campaign1-Demo"'),
    });
    expect(run.stderr).toContain(`warning: the client id and secret go to ${sim!.url.replace('http://', '')} (--ims-url)`);
    expect(sim!.requests).toHaveLength(1);
  });

  it('an unknown client id: exit 1', async () => {
    const run = await imsCheck(RIGHT, ['--json'], { config: { clientId: 'Campaign9' } });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, result: 'invalid-client-id', code: 'ims.result.invalidClientId' });
  });

  it('not rejected: exit 0, worded as what it is', async () => {
    const run = await imsCheck(RIGHT);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Adobe IMS did not reject the client id and secret; only a sign-in proves them\./);
    expect(run.stdout.toLowerCase()).not.toContain('verified');
  });

  it('over https to a private-CA test IMS, trusted through NODE_EXTRA_CA_CERTS', async () => {
    sim = await startImsSim({ clients: { 'Campaign1-Demo': RIGHT }, tls: true });
    const run = await runCli(['ims-check', configFile(), '--secret-env', 'S', '--ims-url', sim.url, '--json'], {
      env: { S: 'wrong-secret-1111', NODE_EXTRA_CA_CERTS: sim.pki!.caFile },
    });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).result).toBe('invalid-client-secret');
  });

  it('in Traditional Chinese with --lang zh-Hant', async () => {
    const run = await imsCheck('wrong-secret-1111', ['--lang', 'zh-Hant']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Adobe IMS 拒絕了用戶端識別碼「Campaign1-Demo」的用戶端密碼');
  });

  it.each<[ImsFault, string]>([
    ['5xx', 'unexpected-answer'],
    ['html', 'unexpected-answer'],
    ['not-json', 'unexpected-answer'],
    ['huge', 'unexpected-answer'],
    ['reset', 'unreachable'],
    ['drip', 'unreachable'],
  ])('fault %s: exit 2 (%s)', async (fault, result) => {
    const run = await imsCheck(RIGHT, ['--json', '--timeout', '1'], { fault });
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, result });
  });

  it('nothing listening: exit 2, "cannot reach"', async () => {
    const run = await runCli(['ims-check', configFile(), '--secret-env', 'S', '--ims-url', (await closedUrl()).url, '--json'], {
      env: { S: RIGHT },
    });
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, result: 'unreachable', status: null, code: 'ims.result.unreachable' });
  });

  it('refuses plain http to a non-loopback host and an invalid config before sending anything', async () => {
    const http = await runCli(['ims-check', configFile(), '--secret-env', 'S', '--ims-url', 'http://ims.example.com'], {
      env: { S: RIGHT },
    });
    expect(http.code).toBe(2);
    expect(http.stderr).toContain('plain http is allowed only to this computer');
    const invalid = await runCli(['ims-check', configFile({ imsServer: 'http://ims-na1.adobelogin.com' }), '--secret-env', 'S'], {
      env: { S: RIGHT },
    });
    expect(invalid.code).toBe(2);
    expect(invalid.stderr).toContain('cannot be checked with Adobe IMS');
  });

  it('without a secret (no --secret-env, no keychain reference) it says how to give one', async () => {
    const run = await runCli(['ims-check', configFile()]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--secret-env VAR');
  });

  it('canary: the secret is in the IMS POST body and nowhere else (no URL, header, output or file), whatever IMS answers', async () => {
    const { home, env } = tempHome();
    for (const fault of ['none', 'html', 'reset'] as const) {
      const canary = makeCanary('ims');
      const run = await imsCheck(canary, ['--json'], { fault, env: { ...env, ACC_IMS_DEBUG: '1' } });
      expect(run.stdout + run.stderr).not.toContain(canary);
      const [req] = sim!.requests;
      expect(new URLSearchParams(req!.body).get('client_secret')).toBe(canary);
      expect(req!.url).not.toContain(canary);
      expect(JSON.stringify(req!.headers)).not.toContain(canary);
      expect(filesContaining(home, canary)).toEqual([]);
      await sim!.close();
      sim = undefined;
    }
  });
});
