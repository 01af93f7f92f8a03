import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeCanary, tempHome } from './helpers/canary';
import { validConfig } from './helpers/configs';
import { closedUrl } from './helpers/closed-port';
import { runCli } from './helpers/run-cli';
import { ADMIN, type Scenario } from './campaign-sim/scenario';
import { start, type Simulator } from './campaign-sim/server';

// Each case starts the real CLI as a child process, several seconds apiece on a loaded 2-core machine.
vi.setConfig({ testTimeout: 120_000 });

/** `acc-ims check` as users run it (the built CLI, a child process) against simulated instances. */

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const PASSWORD_ENV = { ACC_PASSWORD: ADMIN.password };

async function check(scenario: Partial<Scenario>, args: string[], env: NodeJS.ProcessEnv = PASSWORD_ENV) {
  sim ??= await start({ scenario });
  return runCli(['check', '--instance', sim.url, ...args], { env });
}

const login = ['--user', 'admin', '--password-env', 'ACC_PASSWORD'];

describe('acc-ims check', () => {
  it('a healthy instance: exit 0 and exactly the --json shape of the README', async () => {
    const run = await check({}, [...login, '--console-build', '9364', '--json']);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(Object.keys(doc)).toEqual(['ok', 'checks']);
    expect(doc.ok).toBe(true);
    expect(doc.checks.map((c: { id: string }) => c.id)).toEqual([
      'reachable',
      'server-build',
      'console-build',
      'logon',
      'package',
      'account',
    ]);
    for (const c of doc.checks) expect(Object.keys(c)).toEqual(['id', 'status', 'code', 'message']);
    // No account yet is a warning, not a failure.
    expect(doc.checks.find((c: { id: string }) => c.id === 'account').status).toBe('warn');
  });

  it('readable text without --json; an older console makes it exit 1', async () => {
    const run = await check({}, [...login, '--console-build', '9359']);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^fail {2}console-build {2}Console build 9359/m);
    expect(run.stdout).toContain('1 check failed.');
  });

  it('without credentials only the anonymous checks run, and that is not a failure', async () => {
    const run = await check({}, ['--json']);
    expect(run.code).toBe(0);
    const statuses = Object.fromEntries(JSON.parse(run.stdout).checks.map((c: { id: string; status: string }) => [c.id, c.status]));
    expect(statuses).toMatchObject({ reachable: 'pass', 'server-build': 'pass', logon: 'skip', package: 'skip', account: 'skip' });
  });

  it('a missing package: exit 1, the message lists the installed packages', async () => {
    const run = await check({ packages: ['nms:core', 'nms:campaign'], workflows: [] }, [...login, '--console-build', '9364', '--json']);
    expect(run.code).toBe(1);
    const pkg = JSON.parse(run.stdout).checks.find((c: { id: string }) => c.id === 'package');
    expect(pkg.status).toBe('fail');
    expect(pkg.message).toContain('Installed packages: nms:campaign and nms:core.');
  });

  it('a wrong password: exit 1, and the password is never printed', async () => {
    const password = makeCanary('password');
    const run = await check({}, [...login, '--json'], { ACC_PASSWORD: password });
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).not.toContain(password);
    expect(JSON.parse(run.stdout).checks.find((c: { id: string }) => c.id === 'logon').message).toContain('refused the logon of "admin"');
  });

  it('nothing listening: exit 2 with one line on what to check, JSON still printed', async () => {
    const { url, hostPort } = await closedUrl();
    const run = await runCli(['check', '--instance', url, '--json']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout).checks[0].message).toContain(`Nothing is listening at ${hostPort}`);
  });

  it('a password on the command line is refused with the right way to pass it', async () => {
    const run = await runCli(['check', '--instance', 'https://campaign.example.com', '--user', 'admin', '--password', 'hunter2hunter2']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--password-env VAR');
    expect(run.stderr).not.toContain('hunter2');
    expect(run.stderr.split('\n').filter(Boolean)).toHaveLength(1);
  });

  it('TLS with a private CA: exit 2 pointing at --ca without it, exit 0 with --ca FILE; a non-PEM file is a usage error', async () => {
    sim = await start({ scenario: { tls: true } });
    const without = await check({}, [...login, '--json']);
    expect(without.code).toBe(2);
    expect(JSON.parse(without.stdout).checks[0].message).toContain('--ca FILE');

    const withCa = await check({}, [...login, '--console-build', '9364', '--ca', sim.pki!.caFile, '--json']);
    expect(withCa.code).toBe(0);

    const { home } = tempHome();
    const notPem = join(home, 'ca.txt');
    writeFileSync(notPem, 'not a certificate');
    const bad = await check({}, [...login, '--ca', notPem]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('is not a PEM certificate');
  });

  it("loads Adobe's SDK only when logging on: validate and anonymous checks never pay for it", async () => {
    const { home } = tempHome();
    const guard = join(home, 'sdk-guard.cjs');
    writeFileSync(
      guard,
      `const M = require('module'); const load = M._load; M._load = function (r, ...a) { if (/acc-js-sdk|jsdom/.test(r)) process.stderr.write('SDK-LOADED\\n'); return load.call(this, r, ...a); };`,
    );
    const config = join(home, 'c.json');
    writeFileSync(config, JSON.stringify(validConfig()));
    const env = { NODE_OPTIONS: `--require ${guard}` };
    const validate = await runCli(['validate', config], { env });
    expect(validate.code).toBe(0);
    expect(validate.stderr).not.toContain('SDK-LOADED');
    const anonymous = await check({}, [], env);
    expect(anonymous.stderr).not.toContain('SDK-LOADED');
    const loggedOn = await check({}, login, { ...PASSWORD_ENV, ...env });
    expect(loggedOn.stderr).toContain('SDK-LOADED');
  });

  it('a timeout is reported with the --timeout hint, and exit 2', async () => {
    const run = await check({ latencyMs: 2500 }, ['--timeout', '0.5', '--json']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout).checks[0].message).toContain('did not answer within 500 ms');
  });
});
