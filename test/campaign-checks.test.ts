import { afterEach, describe, expect, it } from 'vitest';
import { runChecks, type CheckRequest } from '../electron/node/campaign/run-checks';
import type { CheckId } from '../electron/common/checks/types';
import { ADMIN, type Scenario } from './campaign-sim/scenario';
import { start, type Simulator } from './campaign-sim/server';

/** Prerequisite checks through Adobe's SDK against simulated instances of different shapes. */

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const admin = { kind: 'password' as const, login: ADMIN.login, password: ADMIN.password };

async function check(scenario: Partial<Scenario>, extra: Partial<CheckRequest> = {}) {
  sim = await start({ scenario });
  const report = await runChecks({ url: sim.url, timeoutMs: 5000, credentials: admin, console: { consoleBuild: sim.scenario.build, source: { kind: 'given' } }, scope: 'full', ...extra });
  const byId = (id: CheckId) => report.checks.find((c) => c.id === id)!;
  return { report, byId };
}

const aecAccount = (over: Record<string, string> = {}) => ({
  name: 'Adobe_Marketing_Cloud',
  label: 'Adobe Experience Cloud',
  type: '18',
  active: '1',
  imsServer: 'https://ims-na1.adobelogin.com',
  userScope: 'openid,AdobeID,read_organizations',
  clientId: 'Campaign1',
  clientSecret: '@c2VjcmV0',
  callbackServer: 'https://campaign.example.com',
  imsOrgId: '0123456789ABCDEF01234567@AdobeOrg',
  imsRightsMask: 'Campaign - acme - (.*)',
  productContext: 'dma_campaign_classic',
  server: 'https://marketing.adobe.com',
  tenant: 'acme',
  ...over,
});

describe('acc-ims check against simulated instances', () => {
  it('a healthy instance with one valid account passes every check, and the session is closed', async () => {
    const { report } = await check({ accounts: [aecAccount({ callbackServer: 'https://127.0.0.1' })] });
    expect(report.checks.map((c) => [c.id, c.status])).toEqual([
      ['reachable', 'pass'],
      ['server-build', 'pass'],
      ['console-build', 'pass'],
      ['logon', 'pass'],
      ['package', 'pass'],
      ['account', 'pass'],
    ]);
    expect(report.ok).toBe(true);
    expect(report.packages?.matched).toEqual(['nms:amp']);
    expect(sim!.openSessions()).toBe(0);
    expect(sim!.soapMethods().at(-1)).toBe('Logoff');
  });

  it('reads the account type by its label, whatever number this build gives it', async () => {
    const { byId } = await check({ accountTypeValue: 31, accountTypeLabel: 'Adobe Marketing Cloud', accounts: [aecAccount({ type: '31', callbackServer: 'https://127.0.0.1' })] });
    expect(byId('account').status).toBe('pass');
    expect(byId('account').message).toContain('"Adobe Marketing Cloud" (type 31)');
  });

  it('an older console on a release that makes the console upgrade mandatory fails console-build', async () => {
    const { report, byId } = await check({}, { console: { consoleBuild: 9359, source: { kind: 'given' } } });
    expect(byId('console-build').status).toBe('fail');
    expect(byId('console-build').message).toContain('9364');
    expect(report.ok).toBe(false);
    expect(report.connectionFailed).toBe(false);
  });

  it('v8: the console build must equal the server build, read from /r/test version', async () => {
    const { byId } = await check(
      { build: 9830, version: { major: 8, minor: 9, servicePack: 2 }, testHasVersion: true, releaseName: '8.9.2' },
      { console: { consoleBuild: 9829, source: { kind: 'given' } } },
    );
    expect(byId('console-build').status).toBe('fail');
    expect(byId('console-build').message).toMatch(/v8/);
  });

  it('a missing package fails with the installed list, and without its account type the account check says to install it', async () => {
    const { byId } = await check({ packages: ['nms:core', 'nms:campaign', 'nms:aemIntegration'], accountTypeLabel: null });
    expect(byId('package').status).toBe('fail');
    expect(byId('package').message).toContain('nms:aemIntegration, nms:campaign, nms:core');
    expect(byId('account').status).toBe('fail');
    expect(byId('account').message).toContain('install the package');
  });

  it('a wrong password fails logon (the instance said no: not a connection failure) and never echoes the password', async () => {
    const password = 'canary-password-9f3a1c';
    const { report, byId } = await check({}, { credentials: { kind: 'password', login: 'admin', password } });
    expect(byId('logon').status).toBe('fail');
    expect(byId('logon').message).toContain('refused the logon of "admin"');
    expect(byId('package').status).toBe('skip');
    expect(report.connectionFailed).toBe(false);
    expect(JSON.stringify(report)).not.toContain(password);
  });

  it('an operator without the admin right fails logon with what to do', async () => {
    const { byId } = await check({ users: [{ login: 'viewer', password: 'pw-viewer-1', rights: ['delivery'] }] }, { credentials: { kind: 'password', login: 'viewer', password: 'pw-viewer-1' } });
    expect(byId('logon').status).toBe('fail');
    expect(byId('logon').message).toContain('Administrators');
  });

  it('/r/test without a build: the build comes from the logon', async () => {
    const { byId } = await check({ testHasBuild: false });
    expect(byId('server-build').status).toBe('pass');
    expect(byId('server-build').message).toContain('reported at logon');
  });

  it('duplicates are flagged with their names', async () => {
    const { byId } = await check({ accounts: [aecAccount(), aecAccount({ name: 'Adobe_Experience_Cloud', label: 'MAC' })] });
    expect(byId('account').status).toBe('fail');
    expect(byId('account').message).toContain('"Adobe_Marketing_Cloud"');
    expect(byId('account').message).toContain('"Adobe_Experience_Cloud" (MAC)');
  });

  it('an existing account that breaks Adobe\'s rules is diagnosed field by field', async () => {
    const { byId } = await check({ accounts: [aecAccount({ imsRightsMask: 'Campaign - acme - (.*) ', imsOrgId: '123@AdobeOrg', clientSecret: '' })] });
    expect(byId('account').status).toBe('fail');
    expect(byId('account').message).toContain('Association mask');
    expect(byId('account').message).toContain('IMS organization ID');
    expect(byId('account').message).toContain('client secret is empty');
  });

  it('nothing listening: reachable fails, the rest is skipped, connectionFailed is set', async () => {
    const report = await runChecks({ url: 'http://127.0.0.1:9', timeoutMs: 5000, credentials: admin, scope: 'full' });
    expect(report.connectionFailed).toBe(true);
    expect(report.checks[0]).toMatchObject({ id: 'reachable', status: 'fail' });
    expect(report.checks[0]!.message).toContain('connection refused');
    expect(report.checks.slice(1).every((c) => c.status === 'skip')).toBe(true);
  });

  it('an instance slower than the timeout is reported as a timeout, not a hang', async () => {
    sim = await start({ scenario: { latencyMs: 1500 } });
    const report = await runChecks({ url: sim.url, timeoutMs: 300, scope: 'connection' });
    expect(report.connectionFailed).toBe(true);
    expect(report.checks[0]!.message).toContain('did not answer within 300 ms');
    expect(report.checks[0]!.message).toContain('--timeout');
  });

  it('cancel aborts a slow call, and the session is still logged off', async () => {
    sim = await start({ scenario: { slowMethods: { ExecuteQuery: 5000 } } });
    const controller = new AbortController();
    const running = runChecks({
      url: sim.url,
      timeoutMs: 10_000,
      credentials: admin,
      scope: 'full',
      signal: controller.signal,
      onProgress: (step) => {
        if (step === 'read-accounts') setTimeout(() => controller.abort(), 50);
      },
    });
    await expect(running).rejects.toMatchObject({ kind: 'cancelled' });
    expect(sim.soapMethods()).toContain('Logoff');
    expect(sim.openSessions()).toBe(0);
  });

  it('a connection dropped mid-way is explained as such, and counts as a connection failure', async () => {
    const { report, byId } = await check({ drop: ['ExecuteQuery'] });
    expect(byId('logon').status).toBe('pass');
    expect(byId('account').status).toBe('fail');
    expect(byId('account').message).toContain('closed the connection while reading the external accounts');
    expect(report.connectionFailed).toBe(true);
  });

  it('an HTTP 500 without a SOAP fault (a proxy page) is explained, not parsed as a fault', async () => {
    const { byId } = await check({ answers: { Logon: { kind: 'http', status: 502, body: '<html>Bad gateway</html>' } } });
    expect(byId('logon').status).toBe('fail');
    expect(byId('logon').message).toContain('HTTP 502');
  });

  it('a fault answered with HTTP 500 is read as a fault with its code and text', async () => {
    const { byId } = await check({ answers: { ExecuteQuery: { kind: 'fault', code: 'XSV-350123', text: 'Database connection lost.' } } });
    expect(byId('account').status).toBe('fail');
    expect(byId('account').message).toContain('XSV-350123 Database connection lost.');
  });

  it('broken XML is "not a Campaign answer" (a connection problem), not a refused logon', async () => {
    const { report, byId } = await check({ answers: { Logon: { kind: 'invalid-xml' } } });
    expect(byId('logon').status).toBe('fail');
    expect(byId('logon').message).toContain('did not answer like a Campaign instance while logging on');
    expect(report.connectionFailed).toBe(true);
  });

  it('TLS behind a private CA: refused with a pointer to --ca, accepted with the CA, never by turning checks off', async () => {
    sim = await start({ scenario: { tls: true } });
    const without = await runChecks({ url: sim.url, timeoutMs: 5000, credentials: admin, scope: 'connection' });
    expect(without.connectionFailed).toBe(true);
    expect(without.checks[0]!.message).toContain('not signed by a trusted authority');
    expect(without.checks[0]!.message).toContain('--ca FILE');
    const withCa = await runChecks({ url: sim.url, timeoutMs: 5000, credentials: admin, scope: 'connection', caPem: sim.pki!.caPem });
    expect(withCa.checks.map((c) => c.status)).toEqual(['pass', 'pass', 'pass']);
  });

  it('a page that is not /r/test (portal or proxy) is a warning, and the SOAP checks still run', async () => {
    const { byId } = await check({ testServed: false });
    expect(byId('reachable').status).toBe('warn');
    expect(byId('logon').status).toBe('pass');
  });

  it('logs on with an IMS bearer token (v8.5+) and reads userInfo and the build without Logon', async () => {
    const token = 'ims-token-canary-77aa';
    const { byId, report } = await check(
      { bearerTokens: { [token]: 'admin' }, build: 9830, version: { major: 8, minor: 9, servicePack: 2 }, testHasVersion: true },
      { credentials: { kind: 'bearer', token }, console: { consoleBuild: 9830, source: { kind: 'given' } } },
    );
    expect(byId('logon').status).toBe('pass');
    expect(byId('package').status).toBe('pass');
    expect(sim!.soapMethods()).not.toContain('Logon');
    expect(JSON.stringify(report)).not.toContain(token);
  });
});
