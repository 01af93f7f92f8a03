import { describe, expect, it } from 'vitest';
import { decideAccount } from '../electron/common/checks/account';
import { findAccountType } from '../electron/common/checks/account-type';
import { decideConsoleBuild } from '../electron/common/checks/console-build';
import { serverMajor, toBuild } from '../electron/common/checks/facts';
import { decideLogon } from '../electron/common/checks/logon';
import { decidePackage } from '../electron/common/checks/package';
import { decideReachable } from '../electron/common/checks/reachable';
import { decideServerBuild } from '../electron/common/checks/server-build';
import { makeReport, skip } from '../electron/common/checks/types';
import { render } from '../electron/common/messages/catalogs';
import { msg, type Message } from '../electron/common/messages/message';

// The verdict of each instance check (README "The command line", `acc-ims check`) from the facts the node side
// read, without an instance: test/campaign-checks.test.ts runs the same checks against the simulator.

const en = (m: Message) => render('en', m);
const URL = 'https://campaign.example.com';

describe('reachable', () => {
  it('passes on status OK, naming the instance when it says its name', () => {
    expect(decideReachable(URL, { kind: 'ok', redir: { status: 'OK' } })).toEqual({
      id: 'reachable',
      status: 'pass',
      message: msg('check.reachable.ok', { url: `${URL}/r/test` }),
    });
    expect(decideReachable(URL, { kind: 'ok', redir: { status: 'OK', instance: 'prod' } }).message).toEqual(
      msg('check.reachable.okInstance', { url: `${URL}/r/test`, instance: 'prod' }),
    );
  });

  it('warns on another status, an HTTP error or a page that is not the health check', () => {
    expect(decideReachable(URL, { kind: 'ok', redir: { status: 'Error' } })).toMatchObject({
      status: 'warn',
      message: { code: 'check.reachable.badStatus', params: { status: 'Error' } },
    });
    expect(decideReachable(URL, { kind: 'ok', redir: {} })).toMatchObject({ status: 'warn', message: { params: { status: '' } } });
    expect(decideReachable(URL, { kind: 'http', status: 404 })).toMatchObject({
      status: 'warn',
      message: { code: 'check.reachable.http', params: { url: `${URL}/r/test`, status: 404 } },
    });
    expect(decideReachable(URL, { kind: 'not-redir' })).toMatchObject({
      status: 'warn',
      message: { code: 'check.reachable.notRedir', params: { url: `${URL}/r/test`, instance: URL } },
    });
  });

  it('fails with the reason when the instance cannot be reached', () => {
    const reason = msg('check.none');
    expect(decideReachable(URL, { kind: 'unreachable', message: reason })).toEqual({ id: 'reachable', status: 'fail', message: reason });
  });
});

describe('server build', () => {
  it('prefers the build /r/test shows, and judges it for IMS sign-in', () => {
    const result = decideServerBuild({ fromTest: 9364, fromLogon: 9000, loggedOn: true });
    expect(result).toMatchObject({
      id: 'server-build',
      status: 'pass',
      message: { code: 'check.server-build.fromTest', params: { build: 9364 } },
    });
    expect(en(result.message)).toContain('Server build 9364, reported by /r/test:');
  });

  it('falls back to the build the logon reported', () => {
    expect(decideServerBuild({ fromLogon: 8000, loggedOn: true })).toMatchObject({
      status: 'fail',
      message: { code: 'check.server-build.fromLogon', params: { build: 8000 } },
    });
  });

  it('warns when a logged-on session still shows no build, and asks for a logon otherwise', () => {
    expect(decideServerBuild({ loggedOn: true })).toMatchObject({ status: 'warn', message: { code: 'check.server-build.unknown' } });
    expect(decideServerBuild({ loggedOn: false })).toMatchObject({
      status: 'skip',
      message: { code: 'check.server-build.needsLogon', params: { logOn: { code: 'wording.cli.logOn' } } },
    });
    expect(decideServerBuild({ loggedOn: false }, 'desktop').message.params).toEqual({ logOn: { code: 'wording.desktop.logOn' } });
  });

  it('takes the major version into account (v8 is a warning)', () => {
    expect(decideServerBuild({ fromTest: 9830, major: 8, loggedOn: false }).status).toBe('warn');
  });
});

describe('console build', () => {
  it('compares the given build with the server', () => {
    const result = decideConsoleBuild({ consoleBuild: 9364, source: { kind: 'given' }, serverBuild: 9364 });
    expect(result).toMatchObject({ id: 'console-build', status: 'pass', message: { code: 'check.console-build.compared' } });
  });

  it('says where it read an installed console', () => {
    const result = decideConsoleBuild({ consoleBuild: 9364, source: { kind: 'installed', where: 'C:\\nlclient.exe' }, serverBuild: 9359 });
    expect(result).toMatchObject({
      status: 'fail',
      message: { code: 'check.console-build.installed', params: { build: 9364, where: 'C:\\nlclient.exe' } },
    });
  });

  it('adds what was searched when no console was found', () => {
    const note = msg('check.console-build.notWindows');
    expect(decideConsoleBuild({ serverBuild: 9364, lookupNote: note })).toMatchObject({
      status: 'skip',
      message: { code: 'check.console-build.notFound', params: { note } },
    });
    expect(decideConsoleBuild({ consoleBuild: 9364, serverBuild: 9368, lookupNote: note }).message.code).toBe(
      'check.console-build.compared',
    );
    expect(decideConsoleBuild({ serverBuild: 9364 }).message.code).toBe('check.console-build.compared');
  });
});

describe('logon', () => {
  it('skips without credentials, saying how to give them where the admin is', () => {
    expect(decideLogon({ kind: 'not-attempted' })).toEqual({
      id: 'logon',
      status: 'skip',
      message: msg('check.logon.notAttempted', { logOn: msg('wording.cli.logOn') }),
    });
    expect(decideLogon({ kind: 'not-attempted' }, 'desktop').message.params).toEqual({ logOn: msg('wording.desktop.logOn') });
  });

  it('fails with the reason the logon failed', () => {
    const reason = msg('check.none');
    expect(decideLogon({ kind: 'failed', message: reason })).toEqual({ id: 'logon', status: 'fail', message: reason });
  });

  it('passes an administrator, by login or by token', () => {
    expect(decideLogon({ kind: 'ok', login: 'admin', method: 'password', rights: ['admin'] })).toEqual({
      id: 'logon',
      status: 'pass',
      message: msg('check.logon.ok', { how: msg('check.logon.asLogin', { login: 'admin' }), right: 'admin' }),
    });
    expect(en(decideLogon({ kind: 'ok', login: '', method: 'bearer', rights: ['x', 'admin'] }).message)).toBe(
      'Logged on with the IMS bearer token, with the "admin" right.',
    );
  });

  it('fails an operator without the admin right, listing the rights it has or none', () => {
    expect(decideLogon({ kind: 'ok', login: 'op', method: 'password', rights: ['delivery'] })).toMatchObject({
      status: 'fail',
      message: { code: 'check.logon.noAdmin', params: { rights: ['delivery'], right: 'admin' } },
    });
    expect(decideLogon({ kind: 'ok', login: 'op', method: 'password', rights: [] }).message.params).toMatchObject({
      rights: msg('check.none'),
    });
  });

  it('passes when the rights could not be read, and says so', () => {
    expect(decideLogon({ kind: 'ok', login: 'op', method: 'password', rights: null })).toMatchObject({
      status: 'pass',
      message: { code: 'check.logon.rightsUnknown', params: { right: 'admin' } },
    });
  });
});

describe('package', () => {
  it('skips without a logon', () => {
    expect(decidePackage(null)).toEqual({ id: 'package', status: 'skip', message: msg('check.package.needsLogon'), packages: null });
  });

  it("passes on the integration's workflows, listing the installed packages sorted", () => {
    const result = decidePackage({ installed: ['nms:mobile', 'nms:core'], workflows: ['exportSharedAudience', 'other'] });
    expect(result).toMatchObject({ status: 'pass', message: { code: 'check.package.workflows' } });
    expect(result.message.params).toEqual({
      workflows: ['exportSharedAudience'],
      installed: msg('check.package.installedList', { ids: ['nms:core', 'nms:mobile'] }),
    });
    expect(result.packages).toEqual({
      installed: ['nms:core', 'nms:mobile'],
      matched: [],
      evidence: 'workflows',
      workflows: ['exportSharedAudience'],
      packageListRead: true,
    });
  });

  it('warns on a candidate package id alone, saying the workflows are missing', () => {
    const result = decidePackage({ installed: ['nms:amp'], workflows: [] });
    expect(result).toMatchObject({
      status: 'warn',
      message: { code: 'check.package.idOnly' },
      packages: { evidence: 'package-id', matched: ['nms:amp'] },
    });
    expect(result.message.params).toMatchObject({
      ids: ['nms:amp'],
      workflows: msg('check.package.workflowsMissing', { workflows: ['importSharedAudience', 'exportSharedAudience'] }),
    });
  });

  it('fails without either, naming the ids it looked for and why the workflows are unknown', () => {
    const reason = msg('check.none');
    const result = decidePackage({ installed: [], workflows: null, workflowsError: reason });
    expect(result).toMatchObject({ status: 'fail', message: { code: 'check.package.none' }, packages: { evidence: 'none' } });
    expect(result.message.params).toEqual({
      ids: ['nms:amp'],
      workflows: msg('check.package.workflowsUnread', { reason }),
      installed: msg('check.package.installedNone'),
    });
    expect(decidePackage({ installed: [], workflows: null }).message.params).toMatchObject({
      workflows: msg('check.package.workflowsUnread', { reason: msg('check.package.workflowsUnknown') }),
    });
  });

  it('says when the logon gave no package list (IMS token), and honours other candidate ids', () => {
    const result = decidePackage({ installed: null, workflows: [] }, ['nms:x']);
    expect(result.message.params).toMatchObject({ ids: ['nms:x'], installed: msg('check.package.noList') });
    expect(result.packages).toMatchObject({ installed: [], packageListRead: false });
  });
});

describe('account type', () => {
  it('uses an override as given, with the instance label when it has one', () => {
    const values = [{ name: 'ims', label: 'Adobe Experience Cloud', value: 18 }];
    expect(findAccountType(values, 18)).toEqual({ found: true, value: 18, label: 'Adobe Experience Cloud', source: 'override' });
    expect(findAccountType(values, 30)).toEqual({
      found: true,
      value: 30,
      label: msg('check.account.typeOverride', { value: 30 }),
      source: 'override',
    });
  });

  it('is missing or ambiguous with the matching values listed', () => {
    expect(findAccountType([{ name: 'a', label: 'Routing', value: 3 }])).toEqual({
      found: false,
      message: msg('check.account.typeMissing'),
    });
    const both = findAccountType([
      { name: 'a', label: 'Adobe Experience Cloud', value: 18 },
      { name: 'b', label: 'adobe marketing cloud', value: 19 },
    ]);
    expect(both).toEqual({
      found: false,
      message: msg('check.account.typeAmbiguous', {
        matches: [
          msg('check.account.typeValue', { label: 'Adobe Experience Cloud', value: 18 }),
          msg('check.account.typeValue', { label: 'adobe marketing cloud', value: 19 }),
        ],
      }),
    });
  });
});

describe('account', () => {
  const lookup = { found: true as const, value: 18, label: 'Adobe Experience Cloud', source: 'instance' as const };
  const healthy = {
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
    server: 'https://marketing.adobe.com',
    tenant: 'acme',
  };
  const decide = (accounts: Record<string, string>[], wording?: 'desktop') =>
    decideAccount({ lookup, accounts, instanceUrl: URL }, ...(wording ? [wording] : []));

  it('fails with the lookup message when the type is not there', () => {
    const message = msg('check.account.typeMissing');
    expect(decideAccount({ lookup: { found: false, message }, accounts: [], instanceUrl: URL })).toEqual({
      id: 'account',
      status: 'fail',
      message,
    });
  });

  it('warns when there is none yet, saying what creates it', () => {
    expect(decide([])).toEqual({
      id: 'account',
      status: 'warn',
      message: msg('check.account.none', { label: 'Adobe Experience Cloud', type: 18, createAccount: msg('wording.cli.createAccount') }),
    });
    expect(decide([], 'desktop').message.params).toMatchObject({ createAccount: msg('wording.desktop.createAccount') });
  });

  it('fails on several, naming each with its label when it has one', () => {
    const result = decide([healthy, { name: 'imsOld', label: '' }, { label: 'Old' }]);
    expect(result).toMatchObject({ status: 'fail', message: { code: 'check.account.several', params: { count: 3, type: 18 } } });
    expect(result.message.params!.names).toEqual([
      msg('check.quotedWithLabel', { name: 'Adobe_Marketing_Cloud', label: 'Adobe Experience Cloud' }),
      msg('check.quoted', { text: 'imsOld' }),
      msg('check.quotedWithLabel', { name: '', label: 'Old' }),
    ]);
  });

  it('passes one that follows the rules and is enabled', () => {
    expect(decide([healthy])).toEqual({
      id: 'account',
      status: 'pass',
      message: msg('check.account.ok', { label: 'Adobe Experience Cloud', type: 18, name: 'Adobe_Marketing_Cloud' }),
    });
  });

  it('does not judge a field the build does not have, nor the label or internal name', () => {
    const { server: _, ...noServer } = healthy;
    expect(decide([{ ...noServer, label: '', name: 'a b' }]).status).toBe('pass');
  });

  it('fails one with an empty secret or unticked, in the console words of each field', () => {
    const result = decide([{ ...healthy, clientSecret: '', active: '0' }]);
    expect(result).toMatchObject({ status: 'fail', message: { code: 'check.account.broken', params: { name: 'Adobe_Marketing_Cloud' } } });
    expect(en(result.message)).toContain('IMS client secret: The IMS client secret is empty. Enabled: The account is not enabled');
    const { clientSecret: _, ...noSecret } = healthy;
    expect(decide([noSecret]).status).toBe('fail');
    const { active: __, ...noActive } = healthy;
    expect(decide([noActive]).status).toBe('pass');
  });

  it('names a broken field by its console label and tells how to fix it where the admin is', () => {
    const result = decide([{ ...healthy, clientId: 'Campaign 1' }], 'desktop');
    expect(result.status).toBe('fail');
    expect(result.message.params).toMatchObject({ fixAccount: msg('wording.desktop.fixAccount') });
    expect(en(result.message)).toMatch(/: IMS client identifier: /);
  });

  it('warns on remarks only', () => {
    const result = decide([{ ...healthy, callbackServer: 'https://alias.example.com' }]);
    expect(result).toMatchObject({ status: 'warn', message: { code: 'check.account.remarks' } });
  });
});

describe('every verdict', () => {
  it('carries the id of its check, which orders the report and names it in --json', () => {
    const lookup = { found: true as const, value: 18, label: 'Adobe Experience Cloud', source: 'instance' as const };
    const verdicts = [
      ['reachable', decideReachable(URL, { kind: 'ok', redir: { status: 'Error' } })],
      ['reachable', decideReachable(URL, { kind: 'http', status: 500 })],
      ['reachable', decideReachable(URL, { kind: 'not-redir' })],
      ['server-build', decideServerBuild({ loggedOn: true })],
      ['server-build', decideServerBuild({ loggedOn: false })],
      ['console-build', decideConsoleBuild({})],
      ['logon', decideLogon({ kind: 'ok', login: 'op', method: 'password', rights: null })],
      ['logon', decideLogon({ kind: 'ok', login: 'op', method: 'password', rights: [] })],
      ['package', decidePackage({ installed: [], workflows: ['importSharedAudience'] })],
      ['package', decidePackage({ installed: ['nms:amp'], workflows: [] })],
      ['package', decidePackage({ installed: [], workflows: [] })],
      ['account', decideAccount({ lookup, accounts: [{ name: 'a' }, { name: 'b' }], instanceUrl: URL })],
      ['account', decideAccount({ lookup, accounts: [{ name: 'a', clientId: 'Campaign 1', clientSecret: '@x' }], instanceUrl: URL })],
      [
        'account',
        decideAccount({
          lookup,
          accounts: [{ name: 'a', clientSecret: '@x', callbackServer: 'https://alias.example.com' }],
          instanceUrl: URL,
        }),
      ],
      ['logon', skip('logon', msg('check.none'))],
    ] as const;
    for (const [id, verdict] of verdicts) expect(verdict.id).toBe(id);
    expect(skip('logon', msg('check.none')).status).toBe('skip');
  });
});

describe('report', () => {
  const pass = (id: 'reachable' | 'logon' | 'account') => ({ id, status: 'pass' as const, message: msg('check.none') });

  it('puts the checks in their order and is ok unless one failed or the instance was unreachable', () => {
    const report = makeReport([pass('account'), skip('logon', msg('check.none')), pass('reachable')]);
    expect(report.checks.map((c) => c.id)).toEqual(['reachable', 'logon', 'account']);
    expect(report).toMatchObject({ ok: true, connectionFailed: false });
    expect(makeReport([pass('reachable')], true)).toMatchObject({ ok: false, connectionFailed: true });
    expect(makeReport([pass('reachable'), { ...pass('logon'), status: 'fail' }]).ok).toBe(false);
    expect(makeReport([{ ...pass('logon'), status: 'warn' }]).ok).toBe(true);
  });
});

describe('what the instance said', () => {
  it('reads the major version from /r/test, else from the logon (v7 reports 6)', () => {
    expect(serverMajor({ version: '8.9.2' }, { majNumber: '6' })).toBe(8);
    expect(serverMajor({ version: '7.4.1' }, undefined)).toBe(7);
    expect(serverMajor({}, { majNumber: '6' })).toBe(7);
    expect(serverMajor({ version: 'x' }, { majNumber: '7' })).toBe(7);
    expect(serverMajor(undefined, { majNumber: '8' })).toBe(8);
    expect(serverMajor(undefined, { majNumber: '5' })).toBeUndefined();
    expect(serverMajor(undefined, undefined)).toBeUndefined();
  });

  it('reads a build of 3 to 6 digits, spaces around allowed', () => {
    expect(toBuild(' 9364 ')).toBe(9364);
    expect(toBuild('936')).toBe(936);
    expect(toBuild('123456')).toBe(123456);
    expect(toBuild('93')).toBeUndefined();
    expect(toBuild('1234567')).toBeUndefined();
    expect(toBuild('9364a')).toBeUndefined();
    expect(toBuild('')).toBeUndefined();
    expect(toBuild(undefined)).toBeUndefined();
  });
});
