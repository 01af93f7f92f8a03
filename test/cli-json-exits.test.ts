import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { minimalConfig, validConfig } from './helpers/configs';
import { runCli } from './helpers/run-cli';
import { ADMIN } from './campaign-sim/scenario';
import { start, type Simulator } from './campaign-sim/server';
import { closedUrl } from './helpers/closed-port';

// Each case starts the real CLI as a child process, several seconds apiece on a loaded 2-core machine.
vi.setConfig({ testTimeout: 120_000 });

/** `--json`: exactly one JSON document on stdout on every exit path, failures with `error: {code, message}`. */

let dir: string;
let sim: Simulator | undefined;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'acc-ims-json-'));
});
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' || Buffer.isBuffer(content) ? content : JSON.stringify(content, null, 2));
  return path;
};

/** Parses stdout as one JSON document (JSON.parse refuses two) and checks the failure shape. */
function failure(run: { stdout: string; code: number | null }, flag: 'ok' | 'valid') {
  const doc = JSON.parse(run.stdout);
  expect(doc[flag]).toBe(false);
  expect(doc.error).toEqual({ code: expect.stringMatching(/^[a-z][\w-]*(\.[\w-]+)+$|^text$/), message: expect.any(String) });
  expect(doc.error.message.length).toBeGreaterThan(10);
  return doc;
}

describe('--json on every exit path', () => {
  it('validate: unreadable, huge, two files, unknown option, bad --lang', async () => {
    const huge = join(dir, 'huge.json');
    writeFileSync(huge, Buffer.alloc(2 * 1024 * 1024, 0x20));
    const runs = await Promise.all([
      runCli(['validate', join(dir, 'nope.json'), '--json']),
      runCli(['validate', huge, '--json']),
      runCli(['validate', 'a.json', 'b.json', '--json']),
      runCli(['validate', '--json', 'a.json', '--strict']),
      runCli(['validate', '--json', 'a.json', '--lang', 'xx']),
      runCli(['validate', '--json']),
    ]);
    expect(runs.map((r) => r.code)).toEqual([2, 1, 2, 2, 2, 2]);
    for (const run of runs) {
      const doc = failure(run, 'valid');
      expect(doc).toMatchObject({ errors: [], warnings: [] });
    }
    expect(JSON.parse(runs[3]!.stdout).error.code).toBe('cli.usage.unknownOption');
  });

  it('an unknown command with --json still answers in JSON', async () => {
    const run = await runCli(['valdiate', 'x.json', '--json']);
    expect(run.code).toBe(2);
    expect(failure(run, 'ok').error.code).toBe('cli.usage.unknownCommandSuggest');
  });

  it('check: usage errors and an unreachable instance', async () => {
    const runs = await Promise.all([
      runCli(['check', '--json']),
      runCli(['check', '--instance', 'https://campaign.example.com', '--timeout', 'soon', '--json']),
      runCli(['check', '--instance', 'https://campaign.example.com', '--password-env', 'X', '--json']),
      runCli(['check', file('check-bad.json', { ...minimalConfig(), version: 2 }), '--json']),
    ]);
    expect(runs.map((r) => r.code)).toEqual([2, 2, 2, 1]);
    for (const run of runs) expect(failure(run, 'ok').checks).toEqual([]);
    expect(JSON.parse(runs[3]!.stdout).errors[0]).toMatchObject({ path: 'version', code: expect.any(String) });
    const down = await runCli(['check', '--instance', (await closedUrl()).url, '--json']);
    expect(down.code).toBe(2);
    expect(JSON.parse(down.stdout).checks[0]).toMatchObject({ id: 'reachable', status: 'fail', code: expect.any(String) });
  });

  it('push: invalid config (with its errors), no operator, unreachable, other host, refused by the plan', async () => {
    const bad = minimalConfig();
    bad.account.imsOrgId = 'not-an-org';
    const good = validConfig();
    delete good.account.clientSecret;
    const goodNoInstance = validConfig();
    delete goodNoInstance.instance;
    delete goodNoInstance.account.clientSecret;
    const login = ['--user', 'admin', '--password-env', 'P'];
    const env = { P: 'pw-123456' };
    const nothing = (await closedUrl()).url;
    const [invalid, noUser, down, otherHost] = await Promise.all([
      runCli(['push', file('p-bad.json', bad), '--instance', 'https://campaign.example.com', ...login, '--json'], { env }),
      runCli(['push', file('p-good.json', good), '--json']),
      runCli(['push', file('p-free.json', goodNoInstance), '--instance', nothing, ...login, '--json'], { env }),
      runCli(['push', file('p-good2.json', good), '--instance', 'https://other.example.com', ...login, '--json'], { env }),
    ]);
    expect(invalid.code).toBe(1);
    const doc = failure(invalid, 'ok');
    expect(doc.error.code).toBe('cli.push.invalidConfig');
    expect(doc.errors).toContainEqual({ path: 'account.imsOrgId', code: expect.any(String), message: expect.any(String) });
    expect(noUser.code).toBe(2);
    expect(failure(noUser, 'ok').error.code).toBe('cli.push.needsOperator');
    expect(down.code).toBe(2);
    failure(down, 'ok');
    expect(otherHost.code).toBe(1);
    expect(failure(otherHost, 'ok').error.code).toBe('cli.push.hostMismatch');
  }, 90_000);

  it('push: refused by the plan, with the reason and its own code', async () => {
    const goodNoInstance = validConfig();
    delete goodNoInstance.instance;
    delete goodNoInstance.account.clientSecret;
    const dup = (name: string) => ({ name, type: '18', label: 'Adobe Experience Cloud', clientSecret: '@x' });
    sim = await start({ scenario: { accounts: [dup('Adobe_Marketing_Cloud'), dup('MAC')] } });
    const refused = await runCli(
      ['push', file('p-free2.json', goodNoInstance), '--instance', sim.url, '--user', 'admin', '--password-env', 'P', '--json'],
      { env: { P: ADMIN.password } },
    );
    expect(refused.code).toBe(1);
    const r = failure(refused, 'ok');
    expect(r).toMatchObject({ dryRun: false, changes: [], verified: null });
    expect(r.error.message).toContain('"MAC"');
    expect(r.error.code).not.toBe('cli.push.refused');
    expect(sim.soapMethods()).not.toContain('Write');
  }, 90_000);
});
