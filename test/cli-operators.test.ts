import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validConfig } from './helpers/configs';
import { runCli } from './helpers/run-cli';
import { generateDirectory, type SimDirectory } from './campaign-sim/operators';
import { ADMIN, type Scenario } from './campaign-sim/scenario';
import { start, type Simulator } from './campaign-sim/server';
import { closedUrl } from './helpers/closed-port';

/** `acc-ims operators` as users run it (the built CLI, a child process) against simulated instances. */

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const env = { ACC_PASSWORD: ADMIN.password, LANG: 'C' };
const login = ['--user', 'admin', '--password-env', 'ACC_PASSWORD'];
const MASK = ['--mask', 'Campaign - acme - (.*)'];

async function operators(scenario: Partial<Scenario>, args: string[]) {
  sim ??= await start({ scenario });
  return runCli(['operators', '--instance', sim.url, ...args], { env, timeoutMs: 60_000 });
}

/** stderr without the plain-http warning every run against the simulator gets. */
const errors = (stderr: string) => stderr.split('\n').filter((l) => l !== '' && !l.startsWith('warning: '));

/** A ready directory: unique valid e-mails, one IMS operator, one disabled without e-mail. */
const ready: SimDirectory = {
  operators: [
    { id: 1, name: 'admin', label: 'Administrator', email: 'admin@acme.example', disabled: false, authenticationType: '', type: 0 },
    { id: 2, name: 'jdoe', label: 'Jane Doe', email: 'jane.doe@acme.example', disabled: false, authenticationType: '', type: 0 },
    { id: 3, name: 'mchen', label: 'Mei Chen', email: 'mei.chen@acme.example', disabled: false, authenticationType: 'IMS', type: 0 },
    { id: 4, name: 'gone', label: 'Old Account', email: '', disabled: true, authenticationType: '', type: 0 },
  ],
  groups: [
    { id: 10, name: 'admin', label: 'Administrators' },
    { id: 11, name: 'delivery', label: 'Delivery' },
    { id: 12, name: 'report', label: 'Reports' },
  ],
  memberships: [
    [1, 10],
    [2, 11],
    [2, 12],
    [3, 12],
  ],
};

describe('acc-ims operators', () => {
  it('a ready instance: exit 0 and exactly the --json shape of the README', async () => {
    const run = await operators({ directory: ready }, [...login, ...MASK, '--json']);
    expect(errors(run.stderr)).toEqual([]);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(Object.keys(doc)).toEqual(['ok', 'operators', 'groups', 'summary']);
    expect(doc.ok).toBe(true);
    for (const o of doc.operators)
      expect(Object.keys(o)).toEqual(['name', 'label', 'email', 'authentication', 'disabled', 'groups', 'profiles', 'problems']);
    for (const g of doc.groups) expect(Object.keys(g)).toEqual(['name', 'label', 'profile', 'operators', 'problems']);
    expect(doc.operators.find((o: { name: string }) => o.name === 'jdoe')).toEqual({
      name: 'jdoe',
      label: 'Jane Doe',
      email: 'jane.doe@acme.example',
      authentication: 'native',
      disabled: false,
      groups: ['delivery', 'report'],
      profiles: ['Campaign - acme - delivery', 'Campaign - acme - report'],
      problems: [],
    });
    const admin = doc.groups.find((g: { name: string }) => g.name === 'admin');
    expect(admin).toMatchObject({ profile: 'Campaign - acme - admin', operators: 1 });
    expect(admin.problems).toEqual([{ code: 'profile-admin', message: expect.stringContaining('Control Panel') }]);
    expect(doc.summary).toEqual({ operators: 4, native: 3, ims: 1, disabled: 1, missingEmail: 1, duplicateEmail: 0 });
  });

  it('problems: exit 1, readable text naming each operator to fix and where', async () => {
    const run = await operators({ directory: generateDirectory({ operators: 400, groups: 20 }) }, [...login, ...MASK]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/^Sign-in readiness of http:\/\/127\.0\.0\.1:\d+$/m);
    expect(run.stdout).toMatch(/^Operators: 400 \(\d+ native, \d+ IMS, \d+ disabled\)/m);
    expect(run.stdout).toMatch(/^ {2}delivery +Campaign - acme - delivery {2}\(\d+ operators\)$/m);
    expect(run.stdout).toMatch(/^ {2}email-missing +Operator "\S+" has no e-mail\. .*Contact points/m);
    expect(run.stdout).toContain('Not ready: fix the problems above');
  });

  it('--csv writes the users file; --separator and --identity-type shape it; notes stay off stdout with --json', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ops-cli-'));
    const file = join(dir, 'users.csv');
    const run = await operators({ directory: ready }, [
      ...login,
      ...MASK,
      '--csv',
      file,
      '--separator',
      ';',
      '--identity-type',
      'enterprise id',
      '--json',
    ]);
    expect(run.code).toBe(0);
    JSON.parse(run.stdout);
    expect(run.stderr).toContain(`Wrote 3 users to ${file}.`);
    const lines = readFileSync(file, 'utf8').split('\r\n');
    expect(lines[0]).toBe(
      'Identity Type;Username;Domain;Email;First Name;Last Name;Country Code;Product Configurations;Admin Roles;Product Configurations Administered;User Groups;User Groups Administered;Products Administered;Developer Access',
    );
    expect(lines).toContain('Enterprise ID;;;jane.doe@acme.example;Jane;Doe;;"Campaign - acme - delivery,Campaign - acme - report";;;;;;');
    expect(lines).toContain('Enterprise ID;;;mei.chen@acme.example;Mei;Chen;;"Campaign - acme - report";;;;;;');
    // A cell a spreadsheet would run as a formula is neutralised.
    const formula = join(dir, 'formula.csv');
    const at = await runCli(['operators', '--instance', sim!.url, ...login, '--mask', '@acme (.*)', '--csv', formula], { env });
    expect(at.code).toBe(0);
    expect(readFileSync(formula, 'utf8')).toContain(`Federated ID,,,jane.doe@acme.example,Jane,Doe,,"'@acme delivery,@acme report",,,,,,`);
  });

  it('the mask from --config; zh-Hant with --lang', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ops-cli-'));
    const config = join(dir, 'c.acc-ims.json');
    writeFileSync(config, JSON.stringify(validConfig()));
    const run = await operators({ directory: ready }, [...login, '--config', config, '--lang', 'zh-Hant']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('的登入準備狀態');
    expect(run.stdout).toContain(JSON.parse(readFileSync(config, 'utf8')).account.associationMask.replace('(.*)', 'delivery'));
  });

  it('bad usage is refused before connecting: exit 2, one line, and one JSON document with --json', async () => {
    sim = await start({});
    const cases: [string[], RegExp][] = [
      [[...login], /--mask MASK/],
      [[...login, '--mask', 'Campaign - acme - .*'], /no capture group/],
      [[...login, '--mask', 'x(', '--json'], /not a valid regular expression/],
      [[...login, ...MASK, '--separator', '|'], /--separator takes "," or ";"/],
      [[...login, ...MASK, '--identity-type', 'Google'], /--identity-type takes/],
      [[...MASK], /needs an operator/],
    ];
    for (const [args, expected] of cases) {
      const run = await runCli(['operators', '--instance', sim.url, ...args], { env });
      expect(run.code, args.join(' ')).toBe(2);
      expect(errors(run.stderr)).toHaveLength(1);
      expect(run.stderr).toMatch(expected);
      if (args.includes('--json')) expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, error: { code: 'readiness.mask.invalid' } });
    }
    expect(sim.soapMethods()).toEqual([]);
  });

  it('wrong password: exit 1; unreachable: exit 2; nothing written either way', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ops-cli-'));
    const fine = await operators({ directory: ready }, [...login, ...MASK, '--csv', join(dir, 'u.csv')]);
    expect(fine.code).toBe(0);
    await sim!.close();
    sim = await start({ scenario: { directory: ready } });
    const bad = await runCli(['operators', '--instance', sim.url, ...login, ...MASK, '--csv', join(dir, 'v.csv')], {
      env: { ...env, ACC_PASSWORD: 'nope' },
    });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toMatch(/refused the logon/);
    const gone = await runCli(
      ['operators', '--instance', (await closedUrl()).url, ...login, ...MASK, '--csv', join(dir, 'w.csv'), '--json'],
      {
        env,
      },
    );
    expect(gone.code).toBe(2);
    expect(JSON.parse(gone.stdout).ok).toBe(false);
    expect(readdirSync(dir)).toEqual(['u.csv']);
  });

  it('a fault in the middle of paging: one message, exit 1, no partial report and no file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ops-cli-'));
    let n = 0;
    const answers: Scenario['answers'] = {
      ExecuteQuery: {
        kind: 'rewrite',
        change: (real) => (++n === 2 ? { status: 500, headers: { 'Content-Type': 'text/xml' }, body: FAULT } : real),
      },
    };
    const run = await operators({ directory: generateDirectory({ operators: 1200, groups: 10 }), answers }, [
      ...login,
      ...MASK,
      '--csv',
      join(dir, 'u.csv'),
      '--json',
    ]);
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout);
    expect(doc).toEqual({
      ok: false,
      error: { code: expect.any(String), message: expect.stringContaining('reading the operators (xtk:operator)') },
    });
    expect(errors(run.stderr)).toHaveLength(1);
    expect(readdirSync(dir)).toEqual([]);
  });
});

const FAULT = `<?xml version='1.0'?><SOAP-ENV:Envelope xmlns:SOAP-ENV='http://schemas.xmlsoap.org/soap/envelope/'><SOAP-ENV:Body><SOAP-ENV:Fault><faultcode>SOAP-ENV:Server</faultcode><faultstring>ODB-240000 ODBC error: connection to the database lost.</faultstring></SOAP-ENV:Fault></SOAP-ENV:Body></SOAP-ENV:Envelope>`;
