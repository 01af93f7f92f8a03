import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { filesContaining, listFiles, makeCanary, tempHome } from './helpers/canary';
import { validConfig } from './helpers/configs';
import { runCli } from './helpers/run-cli';
import type { Scenario } from './campaign-sim/scenario';
import { start, type Simulator } from './campaign-sim/server';

// Each case starts the real CLI as a child process, several seconds apiece on a loaded 2-core machine.
vi.setConfig({ testTimeout: 120_000 });

/**
 * Faults: `acc-ims push` as users run it (the built CLI, a child process, a throw-away HOME)
 * when the network or the instance fails. Each fault: the exit code of the README, one error line on
 * stderr that says what to do, the config file byte for byte as it was, no file added, the account on
 * the instance as it was, and neither the password nor the secret anywhere.
 */

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const PASSWORD = makeCanary('password');
const SECRET = makeCanary('client-secret');

interface Fault {
  name: string;
  scenario?: Partial<Scenario>;
  /** Where to connect instead of the simulator. */
  instance?: () => Promise<string>;
  args?: string[];
  password?: string;
  exit: 1 | 2;
  /** What the error line must say: what went wrong and what to do. */
  says: string[];
  /** The fault comes after the account was saved: its restore file is the one new file, and the error names it. */
  savedFirst?: true;
}

const existing = {
  name: 'Adobe_Marketing_Cloud',
  label: 'Adobe Experience Cloud',
  type: '18',
  clientId: 'Campaign1',
  clientSecret: '@alreadyEncrypted==',
  imsOrgId: 'AAAAAAAAAAAAAAAAAAAAAAAA@AdobeOrg',
  tenant: 'acme',
};

const FAULTS: Fault[] = [
  { name: 'connection refused', instance: closedPort, exit: 2, says: ['(connection refused)', 'Check the instance URL and port'] },
  {
    name: 'reset mid-response',
    scenario: { answers: { ExecuteQuery: { kind: 'reset', afterBytes: 120 } } },
    exit: 2,
    says: ['closed the connection while reading the external accounts before answering', 'try again'],
  },
  {
    name: 'timeout (an answer dripping in)',
    scenario: { answers: { Logon: { kind: 'drip', bytesPerTick: 8, intervalMs: 100 } } },
    args: ['--timeout', '1'],
    exit: 2,
    says: ['did not answer within 1 s while logging on', 'allow more time with --timeout SECONDS'],
  },
  {
    name: 'HTTP 500 with a SOAP fault',
    scenario: { answers: { ExecuteQuery: { kind: 'fault', code: 'XSV-350123', text: 'Database connection lost.' } } },
    exit: 1,
    says: [
      'answered with a SOAP fault while reading the external accounts (ExecuteQuery): XSV-350123 Database connection lost.',
      'look them up in the server logs',
    ],
  },
  {
    name: 'HTTP 500 without a fault',
    scenario: { answers: { Logon: { kind: 'http', status: 500, body: '<html><body>Internal Server Error</body></html>' } } },
    exit: 2,
    says: ['answered HTTP 500 Internal Server Error while logging on, without a SOAP fault', 'Try again'],
  },
  {
    name: 'TLS mismatch (private CA, no --ca)',
    scenario: { tls: true },
    exit: 2,
    says: ['is not signed by a trusted authority', 'pass its certificate with --ca FILE'],
  },
  {
    name: 'wrong password',
    password: makeCanary('wrong-password'),
    exit: 1,
    says: ['refused the logon of "admin"', 'Check the login and password'],
  },
  {
    name: 'write fault',
    scenario: { writeFault: { code: 'XSV-350122', text: 'The record could not be saved: database is read-only.' } },
    exit: 1,
    says: [
      'while writing the external account (Write): XSV-350122 The record could not be saved: database is read-only.',
      'acc-ims push --restore ',
    ],
    savedFirst: true,
  },
];

describe('acc-ims push: every fault is one clear line, the right exit code, and nothing changed', () => {
  it.each(FAULTS)('$name', async (fault) => {
    const { home, env } = tempHome();
    const file = join(home, 'prod.acc-ims.json');
    const raw = validConfig();
    delete raw.account.clientSecret;
    delete raw.instance;
    writeFileSync(file, JSON.stringify(raw, null, 2));
    const configBefore = readFileSync(file);
    const filesBefore = listFiles(home);

    let instance: string;
    if (fault.instance) instance = await fault.instance();
    else {
      sim = await start({
        scenario: { users: [{ login: 'admin', password: PASSWORD, rights: ['admin'] }], accounts: [existing], ...fault.scenario },
      });
      instance = sim.url;
    }
    const accountsBefore = JSON.stringify(sim?.accounts());

    const run = await runCli(
      [
        'push',
        file,
        '--instance',
        instance,
        '--user',
        'admin',
        '--password-env',
        'ACC_PASSWORD',
        '--secret-env',
        'IMS_SECRET',
        '--replace-secret',
        ...(fault.args ?? []),
      ],
      {
        cwd: home,
        env: { ...env, ACC_PASSWORD: fault.password ?? PASSWORD, IMS_SECRET: SECRET },
      },
    );

    expect(run.code).toBe(fault.exit);
    const lines = run.stderr.trim().split('\n');
    const errors = lines.filter((l) => l.startsWith('acc-ims push: '));
    expect(errors, run.stderr).toHaveLength(1);
    // Anything else on stderr is a labelled note (e.g. the warning that http:// is for lab instances only).
    expect(
      lines.filter((l) => !l.startsWith('acc-ims push: ')).every((l) => /^(warning|note): /.test(l)),
      run.stderr,
    ).toBe(true);
    for (const phrase of fault.says) expect(errors[0]).toContain(phrase);
    expect(run.stderr).not.toMatch(/\n\s+at /);
    expect(run.stdout).toBe('');

    for (const canary of [PASSWORD, SECRET, fault.password].filter((c): c is string => c !== undefined)) {
      expect(run.stdout + run.stderr).not.toContain(canary);
      expect(filesContaining(home, canary)).toEqual([]);
    }
    expect(readFileSync(file).equals(configBefore)).toBe(true);
    const added = listFiles(home).filter((f) => !filesBefore.includes(f));
    if (fault.savedFirst) {
      expect(added).toHaveLength(1);
      expect(added[0]).toMatch(/\.restore\.json$/);
      expect(errors[0]).toContain(added[0]);
    } else {
      expect(added).toEqual([]);
    }
    if (sim) {
      expect(JSON.stringify(sim.accounts())).toBe(accountsBefore);
      // Once the logon answer arrived (other calls followed), the session was closed again.
      const loggedOn = sim.soapMethods().length > 1;
      if (loggedOn) expect(sim.openSessions()).toBe(0);
    }
  });
});

/** A loopback port nobody listens on: bound by us, then released. */
async function closedPort(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
