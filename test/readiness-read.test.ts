import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { isWizardError, type WizardError } from '../electron/common/errors';
import { render } from '../electron/common/messages/catalogs';
import { maskTemplate } from '../electron/common/readiness/profile-name';
import type { ReadinessProgress } from '../electron/common/readiness/progress';
import { buildUsersCsv } from '../electron/common/readiness/users-csv';
import { runReadiness, type ReadinessRequest } from '../electron/node/readiness/run-readiness';
import { writeUsersCsv } from '../electron/node/readiness/write-users-csv';
import { generateDirectory, type SimDirectory } from './campaign-sim/operators';
import { ADMIN, type RawAnswer, type Scenario } from './campaign-sim/scenario';
import { start, type Simulator } from './campaign-sim/server';

/** Reading an instance's operators, groups and memberships in pages through Adobe's SDK, against the simulator. */

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const template = (() => {
  const t = maskTemplate('Campaign - acme - (.*)');
  if (!t.ok) throw new Error('mask');
  return t;
})();

async function readiness(scenario: Partial<Scenario>, extra: Partial<ReadinessRequest> = {}) {
  sim = await start({ scenario });
  return runReadiness({
    url: sim.url,
    credentials: { kind: 'password', login: ADMIN.login, password: ADMIN.password },
    template,
    timeoutMs: 10_000,
    ...extra,
  });
}

async function failure(scenario: Partial<Scenario>, extra: Partial<ReadinessRequest> = {}): Promise<WizardError> {
  try {
    await readiness(scenario, extra);
  } catch (e) {
    if (isWizardError(e)) return e;
    throw e;
  }
  throw new Error('expected a failure');
}

const queries = () => sim!.requests.filter((r) => r.soapAction?.endsWith('#ExecuteQuery')).map((r) => r.body);

/** Spoils the nth ExecuteQuery answer (1-based), passing the others through. */
function nthQuery(n: number, change: (real: RawAnswer) => RawAnswer): Scenario['answers'] {
  let seen = 0;
  return { ExecuteQuery: { kind: 'rewrite', change: (real) => (++seen === n ? change(real) : real) } };
}

describe('reading the directory', () => {
  it('reads thousands of operators in pages, beyond the unpaged cap, and logs off', async () => {
    const directory = { ...generateDirectory({ operators: 2500, groups: 200 }), unpagedCap: 1000 };
    const progress: ReadinessProgress[] = [];
    const r = await readiness({ directory }, { onProgress: (p) => progress.push(p) });
    expect(r.summary.operators).toBe(2500);
    // Group records stored as operators (@type 1) are not operators.
    expect(r.operators.some((o) => o.name === 'admin' && o.label === 'Admin')).toBe(false);
    expect(r.groups).toHaveLength(200);
    const members = directory.memberships.length;
    expect(r.groups.reduce((n, g) => n + g.operators, 0)).toBe(members);
    const bodies = queries();
    expect(bodies.filter((b) => b.includes('schema="xtk:operator"')).length).toBe(3);
    expect(bodies[1]).toContain('startLine="1000"');
    expect(progress.filter((p) => p.table === 'operators').at(-1)).toEqual({ table: 'operators', rows: 2500 });
    expect(progress.at(-1)!.table).toBe('logoff');
    expect(sim!.openSessions()).toBe(0);
    // The generated oddities surface as problems.
    expect(r.summary.ims).toBeGreaterThan(0);
    expect(r.summary.disabled).toBeGreaterThan(0);
    expect(r.summary.missingEmail).toBeGreaterThan(0);
    expect(r.summary.duplicateEmail).toBeGreaterThan(0);
    expect(r.operators.some((o) => o.problems.some((p) => p.code === 'email-invalid'))).toBe(true);
    expect(r.groups.some((g) => g.problems.some((p) => p.code === 'group-empty'))).toBe(true);
    expect(r.ok).toBe(false);
  }, 60_000);

  it('a small page size still reads everything exactly once', async () => {
    const directory = generateDirectory({ operators: 60, groups: 12, seed: 7 });
    const r = await readiness({ directory }, { pageSize: 25 });
    expect(r.operators.map((o) => o.name)).toEqual(directory.operators.filter((o) => o.type === 0).map((o) => o.name));
  });

  it('writes the users CSV atomically, split into numbered files past the limit', async () => {
    const r = await readiness({ directory: generateDirectory({ operators: 300, groups: 10 }) });
    const dir = mkdtempSync(join(tmpdir(), 'readiness-'));
    const csv = buildUsersCsv(r, { maxRows: 100 });
    const paths = await writeUsersCsv(join(dir, 'users.csv'), csv);
    expect(paths.map((p) => p.slice(dir.length + 1))).toEqual(['users-1.csv', 'users-2.csv', 'users-3.csv']);
    expect(readdirSync(dir).sort()).toEqual(['users-1.csv', 'users-2.csv', 'users-3.csv']);
    const rows = paths.flatMap((p) => readFileSync(p, 'utf8').trimEnd().split('\r\n').slice(1));
    expect(rows).toHaveLength(csv.rows);
    const one = await writeUsersCsv(join(dir, 'all.csv'), buildUsersCsv(r));
    expect(one).toEqual([join(dir, 'all.csv')]);
  });
});

describe('bad answers and refusals: one clear message, nothing decided', () => {
  const directory = (): SimDirectory => generateDirectory({ operators: 1500, groups: 30 });

  it('a wrong password: refused at logon, no query sent', async () => {
    sim = await start({});
    const e = (await runReadiness({
      url: sim.url,
      credentials: { kind: 'password', login: 'admin', password: 'wrong' },
      template,
      timeoutMs: 5000,
    }).catch((x: unknown) => x)) as WizardError;
    expect(e.kind).toBe('refused');
    expect(queries()).toHaveLength(0);
  });

  it('an operator without the administration right: refused before reading, logged off', async () => {
    const e = await failure({ users: [{ login: 'admin', password: ADMIN.password, rights: [] }] });
    expect(e.kind).toBe('refused');
    expect(e.userMessage.code).toBe('readiness.notAdmin');
    expect(render('en', e.userMessage)).toContain('Administrators group');
    expect(queries()).toHaveLength(0);
    expect(sim!.openSessions()).toBe(0);
  });

  it('a fault in the middle of paging: the whole read fails, naming the step', async () => {
    const e = await failure({
      directory: directory(),
      answers: nthQuery(2, () => ({ status: 500, headers: { 'Content-Type': 'text/xml' }, body: FAULT })),
    });
    expect(e.kind).toBe('refused');
    expect(render('en', e.userMessage)).toContain('reading the operators (xtk:operator)');
    expect(sim!.openSessions()).toBe(0);
  });

  it('an answer without its collection element', async () => {
    const e = await failure({
      directory: directory(),
      answers: nthQuery(3, (real) => ({ ...real, body: real.body.replace(/<group-collection>.*<\/group-collection>/, '<nothing/>') })),
    });
    expect(e.userMessage).toMatchObject({ code: 'readiness.read.missingTable', params: { schema: 'xtk:group' } });
    expect(e.kind).toBe('connection');
  });

  it('a record without a selected attribute', async () => {
    const e = await failure({
      directory: directory(),
      answers: nthQuery(2, (real) => ({ ...real, body: real.body.replace(/ email="[^"]*"/, '') })),
    });
    expect(e.userMessage).toMatchObject({
      code: 'readiness.read.missingAttribute',
      params: { schema: 'xtk:operator', attribute: '@email' },
    });
  });

  it('a server that ignores startLine is caught instead of looping', async () => {
    let first: string | undefined;
    const answers: Scenario['answers'] = {
      ExecuteQuery: { kind: 'rewrite', change: (real) => ({ ...real, body: (first ??= real.body) }) },
    };
    const e = await failure({ directory: directory(), answers });
    expect(e.userMessage.code).toBe('readiness.read.ignoresPaging');
  });

  it('no operators at all', async () => {
    const e = await failure({ directory: { operators: [], groups: [{ id: 1, name: 'admin', label: 'Admin' }], memberships: [] } });
    expect(e.userMessage.code).toBe('readiness.read.noOperators');
  });

  it('two groups with the same internal name', async () => {
    const d = directory();
    d.groups.push({ ...d.groups[3]!, id: 9999 });
    const e = await failure({ directory: d });
    expect(e.userMessage).toMatchObject({ code: 'readiness.read.duplicateGroups', params: { names: [d.groups[3]!.name] } });
  });

  it('cancelling mid-read: cancelled, and the session is still logged off', async () => {
    const controller = new AbortController();
    const e = await failure(
      { directory: directory(), slowMethods: { ExecuteQuery: 50 } },
      { signal: controller.signal, onProgress: (p) => p.rows >= 1000 && controller.abort() },
    );
    expect(e.kind).toBe('cancelled');
    expect(sim!.openSessions()).toBe(0);
  });
});

const FAULT = `<?xml version='1.0'?><SOAP-ENV:Envelope xmlns:SOAP-ENV='http://schemas.xmlsoap.org/soap/envelope/'><SOAP-ENV:Body><SOAP-ENV:Fault><faultcode>SOAP-ENV:Server</faultcode><faultstring>ODB-240000 ODBC error: connection to the database lost.</faultstring></SOAP-ENV:Fault></SOAP-ENV:Body></SOAP-ENV:Envelope>`;
