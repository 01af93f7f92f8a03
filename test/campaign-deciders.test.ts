import { describe, expect, it } from 'vitest';
import { findAccountType } from '../electron/common/checks/account-type';
import { decideAccount } from '../electron/common/checks/account';
import { normalizeInstanceUrl } from '../electron/common/campaign/instance-url';
import { validateConfig } from '../electron/common/config/validate';
import { planPush, type PushInputs } from '../electron/common/push/plan';
import { fileVersionBuild, findInstalledConsoleBuild } from '../electron/node/campaign/console-build-locator';
import { explainFailure } from '../electron/node/campaign/failure';
import { TransportFailure } from '../electron/node/campaign/transport';
import { validConfig } from './helpers/configs';

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
    expect(findAccountType(TYPES.slice(0, 1))).toMatchObject({ found: false, message: expect.stringContaining('--account-type N') });
    const twice = [...TYPES, { name: 'x', label: 'Adobe Marketing Cloud', value: 30 }];
    expect(findAccountType(twice)).toMatchObject({ found: false, message: expect.stringContaining('several') });
    expect(findAccountType(twice, 30)).toMatchObject({ found: true, value: 30, source: 'override' });
  });
});

describe('instance URL', () => {
  it('keeps scheme, host and port, drops the trailing slash, warns on http', () => {
    expect(normalizeInstanceUrl('https://campaign.example.com/')).toEqual({ ok: true, url: 'https://campaign.example.com', warnings: [] });
    const http = normalizeInstanceUrl(' http://127.0.0.1:8080 ');
    expect(http).toMatchObject({ ok: true, url: 'http://127.0.0.1:8080' });
    expect(http.ok && http.warnings[0]).toContain('plain http');
  });
  it('refuses what is not an http(s) URL, and credentials in it', () => {
    expect(normalizeInstanceUrl('campaign.example.com')).toMatchObject({ ok: false });
    expect(normalizeInstanceUrl('ftp://campaign.example.com')).toMatchObject({ ok: false });
    expect(normalizeInstanceUrl('https://admin:pw@campaign.example.com')).toMatchObject({ ok: false, message: expect.stringContaining('--password-env') });
  });
});

describe('account check decision', () => {
  const lookup = { found: true as const, value: 18, label: 'Adobe Experience Cloud', source: 'instance' as const };
  it('none yet is a warning; a disabled account fails', () => {
    expect(decideAccount({ lookup, accounts: [], instanceUrl: 'https://c.example.com' }).status).toBe('warn');
    const disabled = decideAccount({ lookup, accounts: [{ name: 'A', active: '0', clientSecret: '@x' }], instanceUrl: 'https://c.example.com' });
    expect(disabled.status).toBe('fail');
    expect(disabled.message).toContain('not enabled');
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
    if (plan.kind === 'create') expect(plan.attributes).toMatchObject({ type: '18', active: '1', imsOrgId: '0123456789ABCDEF01234567@AdobeOrg' });
  });
  it('a build without Product context skips that field; an instance missing any other IMS field is refused', () => {
    const all = ['name', 'label', 'type', 'active', 'imsServer', 'userScope', 'clientId', 'clientSecret', 'callbackServer', 'imsOrgId', 'imsRightsMask', 'productContext', 'server', 'tenant'];
    const older = planPush({ ...base(), instanceAttributes: all.filter((a) => a !== 'productContext') });
    expect(older.kind).toBe('create');
    expect(older.notes.join(' ')).toContain('no "Product context" field');
    const broken = planPush({ ...base(), instanceAttributes: all.filter((a) => a !== 'clientId') });
    expect(broken).toMatchObject({ kind: 'refused', reason: expect.stringContaining('no "IMS client identifier" field (@clientId), so it cannot hold an IMS account') });
  });
  it('asking to replace the secret without giving one is refused', () => {
    const plan = planPush({ ...base(), secretAvailable: false, replaceSecret: true, typeAccounts: [{ name: 'Adobe_Marketing_Cloud', type: '18', clientSecret: '@x' }] });
    expect(plan).toMatchObject({ kind: 'refused', reason: expect.stringContaining('no secret was given') });
  });
});

describe('installed console build (Windows)', () => {
  const versionResource = (value: string) => Buffer.concat([Buffer.from('MZ....'), Buffer.from('FileVersion\0', 'utf16le'), Buffer.alloc(2), Buffer.from(`${value}\0`, 'utf16le')]);
  it('reads the build from the FileVersion string', () => {
    expect(fileVersionBuild(versionResource('7.0 build 9364'))).toBe(9364);
    expect(fileVersionBuild(versionResource('6.7.0.9359'))).toBe(9359);
    expect(fileVersionBuild(Buffer.from('no version here'))).toBeNull();
  });
  it('looks in the usual folders on Windows and says where it read', async () => {
    const files: Record<string, Buffer> = { 'C:\\Program Files (x86)\\Adobe\\Adobe Campaign v7\\bin\\nlclient.exe': versionResource('7.0 build 9400') };
    const read = async (p: string) => files[p] ?? Promise.reject(Object.assign(new Error('ENOENT'), { code: 'ENOENT' }));
    const found = await findInstalledConsoleBuild({ platform: 'win32', env: { ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)' }, read });
    expect(found).toEqual({ found: true, build: 9400, where: 'C:\\Program Files (x86)\\Adobe\\Adobe Campaign v7\\bin\\nlclient.exe' });
    const elsewhere = await findInstalledConsoleBuild({ platform: 'linux', env: {}, read });
    expect(elsewhere).toMatchObject({ found: false, note: expect.stringContaining('--console-build') });
  });
});

describe('explained network failures', () => {
  const ctx = { url: 'https://campaign.example.com', step: 'logging on' };
  it('names the cause and the fix', () => {
    expect(explainFailure(new TransportFailure('dns', ctx.url, { code: 'ENOTFOUND' }), ctx).message).toContain('cannot be found (DNS ENOTFOUND)');
    expect(explainFailure(new TransportFailure('tls', ctx.url, { code: 'CERT_HAS_EXPIRED' }), ctx).message).toContain('has expired');
    expect(explainFailure(new TransportFailure('tls', ctx.url, { code: 'ERR_TLS_CERT_ALTNAME_INVALID' }), ctx).message).toContain('issued for another host name');
    expect(explainFailure(new TransportFailure('aborted', ctx.url), ctx).kind).toBe('cancelled');
    expect(explainFailure(new TransportFailure('http', ctx.url, { status: 403 }), ctx)).toMatchObject({ kind: 'refused', message: expect.stringContaining('allowlist') });
  });
});
