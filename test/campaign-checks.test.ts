import { afterEach, describe, expect, it } from 'vitest';
import { runChecks, type CheckRequest } from '../electron/node/campaign/run-checks';
import type { CheckId } from '../electron/common/checks/types';
import { render } from '../electron/common/messages/catalogs';
import type { Message } from '../electron/common/messages/message';
import { redactor } from '../electron/common/redact';
import { ADMIN, type Scenario, type SimAnswer } from './campaign-sim/scenario';
import { start, type Simulator } from './campaign-sim/server';
import { closedUrl } from './helpers/closed-port';

/** Prerequisite checks through Adobe's SDK against simulated instances of different shapes. */

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const en = (m: Message) => render('en', m);

/** Every message code inside a message, nested params included. */
function codesIn(m: unknown): string[] {
  if (Array.isArray(m)) return m.flatMap(codesIn);
  if (!m || typeof m !== 'object') return [];
  const { code, params } = m as { code?: unknown; params?: Record<string, unknown> };
  return [...(typeof code === 'string' ? [code] : []), ...Object.values(params ?? {}).flatMap(codesIn)];
}

const admin = { kind: 'password' as const, login: ADMIN.login, password: ADMIN.password };

async function check(scenario: Partial<Scenario>, extra: Partial<CheckRequest> = {}) {
  sim = await start({ scenario });
  const report = await runChecks({
    url: sim.url,
    timeoutMs: 5000,
    credentials: admin,
    console: { consoleBuild: sim.scenario.build, source: { kind: 'given' } },
    scope: 'full',
    ...extra,
  });
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
    const { byId } = await check({
      accountTypeValue: 31,
      accountTypeLabel: 'Adobe Marketing Cloud',
      accounts: [aecAccount({ type: '31', callbackServer: 'https://127.0.0.1' })],
    });
    expect(byId('account').status).toBe('pass');
    expect(en(byId('account').message)).toContain('"Adobe Marketing Cloud" (type 31)');
  });

  it('an older console on a release that makes the console upgrade mandatory fails console-build', async () => {
    const { report, byId } = await check({}, { console: { consoleBuild: 9359, source: { kind: 'given' } } });
    expect(byId('console-build').status).toBe('fail');
    expect(en(byId('console-build').message)).toContain('9364');
    expect(report.ok).toBe(false);
    expect(report.connectionFailed).toBe(false);
  });

  it('v8: the console build must equal the server build, read from /r/test version', async () => {
    const { byId } = await check(
      { build: 9830, version: { major: 8, minor: 9, servicePack: 2 }, testHasVersion: true, releaseName: '8.9.2' },
      { console: { consoleBuild: 9829, source: { kind: 'given' } } },
    );
    expect(byId('console-build').status).toBe('fail');
    expect(en(byId('console-build').message)).toMatch(/v8/);
  });

  // 9900 is in no release table: only the instance's own word that it is v8 can decide these verdicts.
  it.each([
    ['/r/test version', { testHasVersion: true }],
    ['serverInfo majNumber alone', { testHasVersion: false }],
  ] as const)("an unlisted v8 build is told apart by its %s: the console must be the same build, and IMS is Adobe's", async (_, how) => {
    const v8 = { build: 9900, version: { major: 8, minor: 9, servicePack: 3 }, releaseName: '8.9.3', ...how };
    const { byId } = await check(v8, { console: { consoleBuild: 9901, source: { kind: 'given' } } });
    expect(byId('console-build').status).toBe('fail');
    expect(codesIn(byId('console-build').message)).toContain('build.console.v8');
    expect(byId('server-build').status).toBe('warn');
    expect(codesIn(byId('server-build').message)).toContain('build.ims.v8');
  });

  // The package verdict itself is tested with its evidence (package check tests).
  it('without its account type the account check says to install the package', async () => {
    const { byId } = await check({ packages: ['nms:core', 'nms:campaign', 'nms:aemIntegration'], accountTypeLabel: null });
    expect(byId('account').status).toBe('fail');
    expect(byId('account').message).toEqual({ code: 'check.account.typeMissing' });
    expect(en(byId('account').message)).toContain('install the package');
  });

  it('a wrong password fails logon (the instance said no: not a connection failure) and never echoes the password', async () => {
    const password = 'canary-password-9f3a1c';
    const { report, byId } = await check({}, { credentials: { kind: 'password', login: 'admin', password } });
    expect(byId('logon').status).toBe('fail');
    expect(byId('logon').message).toMatchObject({ code: 'soap.logonRefusedAs', params: { host: new URL(sim!.url).host, login: 'admin' } });
    expect(en(byId('logon').message)).toContain('refused the logon of "admin"');
    expect(byId('package').status).toBe('skip');
    expect(report.connectionFailed).toBe(false);
    expect(JSON.stringify(report)).not.toContain(password);
  });

  it('an operator without the admin right fails logon with what to do', async () => {
    const { byId } = await check(
      { users: [{ login: 'viewer', password: 'pw-viewer-1', rights: ['delivery'] }] },
      { credentials: { kind: 'password', login: 'viewer', password: 'pw-viewer-1' } },
    );
    expect(byId('logon').status).toBe('fail');
    expect(en(byId('logon').message)).toContain('Administrators');
  });

  it('/r/test without a build: the build comes from the logon', async () => {
    const { byId } = await check({ testHasBuild: false });
    expect(byId('server-build').status).toBe('pass');
    expect(byId('server-build').message).toMatchObject({ code: 'check.server-build.fromLogon', params: { build: 9364 } });
    expect(en(byId('server-build').message)).toContain('reported at logon');
  });

  it('duplicates are flagged with their names', async () => {
    const { byId } = await check({ accounts: [aecAccount(), aecAccount({ name: 'Adobe_Experience_Cloud', label: 'MAC' })] });
    expect(byId('account').status).toBe('fail');
    expect(en(byId('account').message)).toContain('"Adobe_Marketing_Cloud"');
    expect(en(byId('account').message)).toContain('"Adobe_Experience_Cloud" (MAC)');
  });

  it("an existing account that breaks Adobe's rules is diagnosed field by field", async () => {
    const { byId } = await check({
      accounts: [aecAccount({ imsRightsMask: 'Campaign - acme - (.*) ', imsOrgId: '123@AdobeOrg', clientSecret: '' })],
    });
    expect(byId('account').status).toBe('fail');
    expect(en(byId('account').message)).toContain('Association mask');
    expect(en(byId('account').message)).toContain('IMS organization ID');
    expect(en(byId('account').message)).toContain('client secret is empty');
  });

  // The account already on the instance gets the callback rule too: the instance URL is what it is checked against.
  it('an existing account with an http callback server fails the account check, naming the https fix', async () => {
    const { byId } = await check({ accounts: [aecAccount({ callbackServer: 'http://127.0.0.1' })] });
    expect(byId('account')).toMatchObject({ status: 'fail', message: { code: 'check.account.broken' } });
    expect(codesIn(byId('account').message)).toContain('rule.callbackServer.notHttps');
    expect(en(byId('account').message)).toContain('must use https, not http. Change it to https://127.0.0.1');
  });

  it('an existing account whose callback host is not the instance is a warning naming both hosts', async () => {
    const { byId } = await check({ accounts: [aecAccount({ callbackServer: 'https://campaign.example.com' })] });
    expect(byId('account')).toMatchObject({ status: 'warn', message: { code: 'check.account.remarks' } });
    expect(codesIn(byId('account').message)).toEqual(expect.arrayContaining(['rule.callbackServer.hostDiffers']));
    expect(en(byId('account').message)).toContain('campaign.example.com');
    expect(en(byId('account').message)).toContain('127.0.0.1');
  });

  it('nothing listening: reachable fails, the rest is skipped, connectionFailed is set', async () => {
    const { url, hostPort } = await closedUrl();
    const report = await runChecks({ url, timeoutMs: 5000, credentials: admin, scope: 'full' });
    expect(report.connectionFailed).toBe(true);
    expect(report.checks[0]).toMatchObject({ id: 'reachable', status: 'fail' });
    expect(report.checks[0]!.message).toEqual({ code: 'connection.refused', params: { hostPort } });
    expect(en(report.checks[0]!.message)).toBe(
      `Nothing is listening at ${hostPort} (connection refused). Check the instance URL and port, and that the Campaign web server is running.`,
    );
    expect(report.checks.slice(1).map((c) => c.message.code)).toEqual(Array(5).fill('check.notChecked.unreachable'));
    expect(report.checks.slice(1).every((c) => c.status === 'skip')).toBe(true);
  });

  it('an instance slower than the timeout is reported as a timeout, not a hang', async () => {
    sim = await start({ scenario: { latencyMs: 1500 } });
    const report = await runChecks({ url: sim.url, timeoutMs: 300, scope: 'connection' });
    expect(report.connectionFailed).toBe(true);
    expect(en(report.checks[0]!.message)).toContain('did not answer within 300 ms');
    expect(en(report.checks[0]!.message)).toContain('--timeout');
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
    expect(en(byId('account').message)).toContain('closed the connection while reading the external accounts');
    expect(report.connectionFailed).toBe(true);
  });

  it('an HTTP 500 without a SOAP fault (a proxy page) is explained, not parsed as a fault', async () => {
    const { byId } = await check({ answers: { Logon: { kind: 'http', status: 502, body: '<html>Bad gateway</html>' } } });
    expect(byId('logon').status).toBe('fail');
    expect(en(byId('logon').message)).toContain('HTTP 502');
  });

  it('a fault answered with HTTP 500 is read as a fault with its code and text', async () => {
    const { byId } = await check({ answers: { ExecuteQuery: { kind: 'fault', code: 'XSV-350123', text: 'Database connection lost.' } } });
    expect(byId('account').status).toBe('fail');
    expect(en(byId('account').message)).toContain('XSV-350123 Database connection lost.');
  });

  it('broken XML is "not a Campaign answer" (a connection problem), not a refused logon', async () => {
    const { report, byId } = await check({ answers: { Logon: { kind: 'invalid-xml' } } });
    expect(byId('logon').status).toBe('fail');
    expect(en(byId('logon').message)).toContain('did not answer like a Campaign instance while logging on');
    expect(report.connectionFailed).toBe(true);
  });

  it('TLS behind a private CA: refused with a pointer to --ca, accepted with the CA, never by turning checks off', async () => {
    sim = await start({ scenario: { tls: true } });
    const without = await runChecks({ url: sim.url, timeoutMs: 5000, credentials: admin, scope: 'connection' });
    expect(without.connectionFailed).toBe(true);
    expect(en(without.checks[0]!.message)).toContain('not signed by a trusted authority');
    expect(en(without.checks[0]!.message)).toContain('--ca FILE');
    const withCa = await runChecks({ url: sim.url, timeoutMs: 5000, credentials: admin, scope: 'connection', caPem: sim.pki!.caPem });
    expect(withCa.checks.map((c) => c.status)).toEqual(['pass', 'pass', 'pass']);
  });

  it('NODE_TLS_REJECT_UNAUTHORIZED=0 does not turn certificate checks off: an untrusted instance is still refused, with a warning', async () => {
    sim = await start({ scenario: { tls: true } });
    const before = process.env.NODE_TLS_REJECT_UNAUTHORIZED;
    process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
    try {
      const report = await runChecks({ url: sim.url, timeoutMs: 5000, credentials: admin, scope: 'connection' });
      expect(report.checks[0]).toMatchObject({ id: 'reachable', status: 'fail', message: { code: 'connection.tls.untrusted' } });
      expect(report.checks.find((c) => c.id === 'logon')?.status).not.toBe('pass');
      expect(report.warnings).toEqual([{ code: 'connection.tls.envIgnored', params: { trustCa: { code: 'wording.cli.trustCa' } } }]);
      expect(sim.soapMethods()).not.toContain('Logon');
    } finally {
      if (before === undefined) delete process.env.NODE_TLS_REJECT_UNAUTHORIZED;
      else process.env.NODE_TLS_REJECT_UNAUTHORIZED = before;
    }
  });

  it('a page that is not /r/test (portal or proxy) is a warning, and the SOAP checks still run', async () => {
    const { byId } = await check({ testServed: false });
    expect(byId('reachable').status).toBe('warn');
    expect(byId('logon').status).toBe('pass');
  });

  it('a fault echoing the session and security tokens leaks neither; both are forgotten once the session ends', async () => {
    const header = (name: string) => String(sim!.requests.findLast((r) => r.headers[name])?.headers[name] ?? '');
    const echo: SimAnswer = {
      kind: 'rewrite',
      change: () => ({
        status: 500,
        headers: { 'Content-Type': 'text/xml' },
        body: `<?xml version='1.0'?><SOAP-ENV:Envelope xmlns:SOAP-ENV='http://schemas.xmlsoap.org/soap/envelope/'><SOAP-ENV:Body><SOAP-ENV:Fault><faultcode>SOAP-ENV:Server</faultcode><faultstring>XSV-350000 Session ${header('x-session-token')} (security token ${header('x-security-token')}) may not query.</faultstring></SOAP-ENV:Fault></SOAP-ENV:Body></SOAP-ENV:Envelope>`,
      }),
    };
    const { report, byId } = await check({ answers: { ExecuteQuery: echo } });
    const [session, security] = [header('x-session-token'), header('x-security-token')];
    expect(session.length).toBeGreaterThan(8);
    expect(byId('account')).toMatchObject({ status: 'fail', message: { code: 'soap.fault' } });
    expect(en(byId('account').message)).toContain('XSV-350000 Session «redacted» (security token «redacted») may not query.');
    expect(JSON.stringify(report)).not.toContain(session);
    expect(JSON.stringify(report)).not.toContain(security);
    expect(redactor.redact(`${session} ${security}`)).toBe(`${session} ${security}`);
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
