import { describe, expect, it } from 'vitest';
import { findAccountType } from '../electron/common/checks/account-type';
import { decideAccount } from '../electron/common/checks/account';
import { normalizeInstanceUrl } from '../electron/common/campaign/instance-url';
import { validateConfig } from '../electron/common/config/validate';
import { planPush, type PushInputs } from '../electron/common/push/plan';
import { fileVersionBuild, findInstalledConsoleBuild } from '../electron/node/campaign/console-build-locator';
import { explainFailure } from '../electron/node/campaign/failure';
import { TransportFailure } from '../electron/node/campaign/transport';
import { SchemaStorage } from '../electron/node/campaign/schema-cache';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { redactor } from '../electron/common/redact';
import { render } from '../electron/common/messages/catalogs';
import type { Message } from '../electron/common/messages/message';
import { validConfig } from './helpers/configs';

const en = (m: Message) => render('en', m);

/** The pure decisions behind check and push, and the node helpers that need no instance. */

const TYPES = [
  { name: 'delivery', label: 'Routing', value: 3 },
  { name: 'imsAccount', label: 'Adobe  experience cloud ', value: 18 },
];

describe('account type lookup by label', () => {
  it('matches the label loosely (case, spaces) and the older "Adobe Marketing Cloud"', () => {
    expect(findAccountType(TYPES)).toMatchObject({ found: true, value: 18 });
    expect(findAccountType([{ name: 'mac', label: 'Adobe Marketing Cloud', value: 21 }])).toMatchObject({ found: true, value: 21 });
  });
  it('says what to do when the type is missing or ambiguous, and honours an override', () => {
    const missing = findAccountType(TYPES.slice(0, 1));
    expect(missing).toMatchObject({ found: false, message: { code: 'check.account.typeMissing' } });
    expect(!missing.found && en(missing.message)).toContain('--account-type N');
    const twice = [...TYPES, { name: 'x', label: 'Adobe Marketing Cloud', value: 30 }];
    const ambiguous = findAccountType(twice);
    expect(ambiguous).toMatchObject({ found: false, message: { code: 'check.account.typeAmbiguous' } });
    expect(!ambiguous.found && en(ambiguous.message)).toBe(
      'The instance has several external account types labelled like the IMS one ("Adobe  experience cloud " = 18 and "Adobe Marketing Cloud" = 30). Pick the right one with --account-type N.',
    );
    expect(findAccountType(twice, 30)).toMatchObject({ found: true, value: 30, source: 'override' });
  });
});

describe('instance URL', () => {
  it('keeps scheme, host and port, drops the trailing slash, warns on http', () => {
    expect(normalizeInstanceUrl('https://campaign.example.com/')).toEqual({ ok: true, url: 'https://campaign.example.com', warnings: [] });
    const http = normalizeInstanceUrl(' http://127.0.0.1:8080 ');
    expect(http).toMatchObject({ ok: true, url: 'http://127.0.0.1:8080' });
    expect(http.ok && http.warnings).toEqual([{ code: 'connection.url.plainHttp', params: { host: '127.0.0.1:8080' } }]);
  });
  it('refuses what is not an http(s) URL, and credentials in it', () => {
    expect(normalizeInstanceUrl('campaign.example.com')).toMatchObject({ ok: false });
    expect(normalizeInstanceUrl('ftp://campaign.example.com')).toMatchObject({ ok: false });
    const withCredentials = normalizeInstanceUrl('https://admin:pw@campaign.example.com');
    expect(withCredentials).toMatchObject({ ok: false, message: { code: 'connection.url.credentials' } });
    expect(!withCredentials.ok && en(withCredentials.message)).toContain('--password-env');
    const desktop = normalizeInstanceUrl('https://admin:pw@campaign.example.com', 'desktop');
    expect(!desktop.ok && en(desktop.message)).toContain('Enter the login and password');
    expect(!desktop.ok && render('zh-Hant', desktop.message)).toContain('執行個體 URL 含有使用者名稱或密碼');
  });
});

describe('account check decision', () => {
  const lookup = { found: true as const, value: 18, label: 'Adobe Experience Cloud', source: 'instance' as const };
  it('none yet is a warning; a disabled account fails', () => {
    expect(decideAccount({ lookup, accounts: [], instanceUrl: 'https://c.example.com' }).status).toBe('warn');
    const disabled = decideAccount({
      lookup,
      accounts: [{ name: 'A', active: '0', clientSecret: '@x' }],
      instanceUrl: 'https://c.example.com',
    });
    expect(disabled.status).toBe('fail');
    expect(disabled.message.code).toBe('check.account.broken');
    expect(en(disabled.message)).toContain('Enabled: The account is not enabled (the "Enabled" box is unticked).');
  });
});

describe('push plan', () => {
  const base = (): PushInputs => ({
    config: validateConfig(validConfig()).config!,
    accountType: { value: 18, label: 'Adobe Experience Cloud' },
    typeAccounts: [],
    sameNameAccount: null,
    secretAvailable: true,
    replaceSecret: false,
    updateExisting: false,
    instanceAttributes: null,
  });
  it('a new account gets the type read from the instance and is enabled', () => {
    const plan = planPush(base());
    expect(plan.kind).toBe('create');
    if (plan.kind === 'create')
      expect(plan.attributes).toMatchObject({ type: '18', active: '1', imsOrgId: '0123456789ABCDEF01234567@AdobeOrg' });
  });
  it('a build without Product context skips that field; an instance missing any other IMS field is refused', () => {
    const all = [
      'name',
      'label',
      'type',
      'active',
      'imsServer',
      'userScope',
      'clientId',
      'clientSecret',
      'callbackServer',
      'imsOrgId',
      'imsRightsMask',
      'productContext',
      'server',
      'tenant',
    ];
    const older = planPush({ ...base(), instanceAttributes: all.filter((a) => a !== 'productContext') });
    expect(older.kind).toBe('create');
    expect(older.notes).toContainEqual({
      code: 'push.note.fieldAbsent',
      params: { label: 'Product context', attribute: 'productContext', field: 'productContext' },
    });
    const broken = planPush({ ...base(), instanceAttributes: all.filter((a) => a !== 'clientId') });
    expect(broken).toMatchObject({
      kind: 'refused',
      reason: { code: 'push.refused.missingField', params: { label: 'IMS client identifier', attribute: 'clientId' } },
    });
    expect(broken.kind === 'refused' && en(broken.reason)).toContain(
      'no "IMS client identifier" field (@clientId), so it cannot hold an IMS account',
    );
  });
  it('asking to replace the secret without giving one is refused', () => {
    const plan = planPush({
      ...base(),
      secretAvailable: false,
      replaceSecret: true,
      typeAccounts: [{ name: 'Adobe_Marketing_Cloud', type: '18', clientSecret: '@x' }],
    });
    expect(plan).toMatchObject({ kind: 'refused', reason: { code: 'push.refused.replaceWithoutSecret' } });
    expect(plan.kind === 'refused' && en(plan.reason)).toBe(
      'Replacing the client secret was asked for, but no secret was given: pass --secret-env VAR or set account.clientSecret.keychain in the config.',
    );
  });
});

describe('installed console build (Windows)', () => {
  const versionResource = (value: string) =>
    Buffer.concat([Buffer.from('MZ....'), Buffer.from('FileVersion\0', 'utf16le'), Buffer.alloc(2), Buffer.from(`${value}\0`, 'utf16le')]);
  it('reads the build from the FileVersion string', () => {
    expect(fileVersionBuild(versionResource('7.0 build 9364'))).toBe(9364);
    expect(fileVersionBuild(versionResource('6.7.0.9359'))).toBe(9359);
    expect(fileVersionBuild(Buffer.from('no version here'))).toBeNull();
  });
  it('looks in the usual folders on Windows and says where it read', async () => {
    const files: Record<string, Buffer> = {
      'C:\\Program Files (x86)\\Adobe\\Adobe Campaign v7\\bin\\nlclient.exe': versionResource('7.0 build 9400'),
    };
    const read = async (p: string) => files[p] ?? Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' }));
    const found = await findInstalledConsoleBuild({
      platform: 'win32',
      env: { ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)' },
      read,
    });
    expect(found).toEqual({ found: true, build: 9400, where: 'C:\\Program Files (x86)\\Adobe\\Adobe Campaign v7\\bin\\nlclient.exe' });
    const elsewhere = await findInstalledConsoleBuild({ platform: 'linux', env: {}, read });
    expect(elsewhere).toMatchObject({ found: false, note: { code: 'check.console-build.notWindows' } });
    const nowhere = await findInstalledConsoleBuild({ platform: 'win32', env: { ProgramFiles: 'C:\\Program Files' }, read });
    expect(!nowhere.found && en(nowhere.note)).toContain(
      '(%ProgramFiles%\\Adobe\\Adobe Campaign Classic v7, %ProgramFiles%\\Adobe\\Adobe Campaign Classic v8,',
    );
  });
});

describe('explained network failures', () => {
  const ctx = { url: 'https://campaign.example.com', step: 'logon' as const };
  it('names the cause and the fix', () => {
    const dns = explainFailure(new TransportFailure('dns', ctx.url, { code: 'ENOTFOUND' }), ctx);
    expect(dns.userMessage).toEqual({ code: 'connection.dns', params: { host: 'campaign.example.com', code: 'ENOTFOUND' } });
    expect(en(dns.userMessage)).toBe(
      'The host name campaign.example.com cannot be found (DNS ENOTFOUND). Check the instance URL for typos, and that this machine can resolve it (VPN, proxy).',
    );
    expect(render('zh-Hant', dns.userMessage)).toBe(
      '找不到主機名稱 campaign.example.com（DNS ENOTFOUND）。請檢查執行個體 URL 是否有錯字，以及這部電腦能否解析該名稱（VPN、代理伺服器）。',
    );
    expect(explainFailure(new TransportFailure('tls', ctx.url, { code: 'CERT_HAS_EXPIRED' }), ctx).userMessage.code).toBe(
      'connection.tls.expired',
    );
    expect(explainFailure(new TransportFailure('tls', ctx.url, { code: 'ERR_TLS_CERT_ALTNAME_INVALID' }), ctx).userMessage.code).toBe(
      'connection.tls.wrongHost',
    );
    expect(explainFailure(new TransportFailure('aborted', ctx.url), ctx).kind).toBe('cancelled');
    const denied = explainFailure(new TransportFailure('http', ctx.url, { status: 403, statusText: 'Forbidden' }), ctx);
    expect(denied).toMatchObject({ kind: 'refused', userMessage: { code: 'connection.http.denied', params: { status: '403 Forbidden' } } });
    expect(en(denied.userMessage)).toContain('answered HTTP 403 Forbidden while logging on: access is denied');
    const timeout = explainFailure(new TransportFailure('timeout', ctx.url, { timeoutMs: 30_000 }), {
      ...ctx,
      step: 'writeAccount',
      wording: 'desktop',
    });
    expect(en(timeout.userMessage)).toBe(
      'campaign.example.com did not answer within 30 s while writing the external account. The instance may be overloaded, or a firewall drops the traffic: check the URL, or try again when the instance is less busy. The write may have reached the instance: compare again in the Review step before pushing once more.',
    );
    expect(render('zh-Hant', timeout.userMessage)).toContain('在「檢閱」步驟再比較一次');
  });

  /** A SOAP fault as the SDK raises it, with the server's own text. */
  const fault = (text: string) =>
    Object.assign(new Error(text), {
      name: 'CampaignException',
      faultCode: 'SOAP-ENV:Server',
      errorCode: 'XSV-350000',
      faultString: text,
      methodCall: { methodName: 'ExecuteQuery' },
    });

  it('a fault echoing a secret across the 400-character cut leaks none of it (redacted before the cut)', () => {
    const secret = 'S3cr3tVa1ue-0123456789';
    redactor.add(secret);
    try {
      const failure = explainFailure(fault(`${'x'.repeat(370)} ${secret} trailing`), { ...ctx, step: 'readAccounts' });
      expect(failure.userMessage.code).toBe('soap.fault');
      const text = JSON.stringify(failure.userMessage);
      expect(text).not.toContain(secret.slice(0, 6));
      expect(text).toContain('«redacted»');
    } finally {
      redactor.forget(secret);
    }
  });

  it('a fault echoing a secret as character references or form encoding leaks none of it', () => {
    const secret = 'correct horse & battery';
    redactor.add(secret);
    try {
      const echoes = [
        [...secret].map((c) => `&#${c.charCodeAt(0)};`).join(''),
        [...secret].map((c) => `&#x${c.charCodeAt(0).toString(16)};`).join(''),
        secret.replace('&', '&amp;').replace(/ /g, '&#32;'),
        new URLSearchParams({ p: secret }).toString().slice(2),
      ];
      for (const echo of echoes) {
        const text = JSON.stringify(
          explainFailure(fault(`Bad password '${echo}' for operator`), { ...ctx, step: 'readAccounts' }).userMessage,
        );
        expect(text, echo).toContain('«redacted»');
        expect(text, echo).not.toMatch(/horse|&#10[45];&#11[14];|&#x6[89];&#x6f;/);
      }
    } finally {
      redactor.forget(secret);
    }
  });
});

describe('schema cache file', () => {
  it('keeps what the SDK stored per instance, build and packages, and never hands it a DOCTYPE read from disk', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'acc-ims-schemas-'));
    try {
      const key = { url: 'https://c.example.com', build: '9364', packages: ['nms:amp', 'nms:core'] };
      const first = new SchemaStorage(dir);
      first.setItem('ignored', '<schema/>'); // before bind: the build is not known yet
      await first.bind(key);
      first.setItem('plain', '<schema name="extAccount"/>');
      first.setItem('dtd', '<!DOCTYPE s [<!ENTITY x "y">]><schema>&x;</schema>');
      await first.save();

      const again = new SchemaStorage(dir);
      await again.bind({ ...key, packages: ['nms:core', 'nms:amp'] });
      expect(again.getItem('plain')).toBe('<schema name="extAccount"/>');
      expect(again.getItem('dtd')).toBeNull();
      expect(again.getItem('ignored')).toBeNull();

      const upgraded = new SchemaStorage(dir);
      await upgraded.bind({ ...key, build: '9368' });
      expect(upgraded.getItem('plain')).toBeNull();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
