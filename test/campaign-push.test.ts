import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateConfig } from '../electron/common/config/validate';
import type { AccImsConfig } from '../electron/common/config/schema';
import { render } from '../electron/common/messages/catalogs';
import type { Message } from '../electron/common/messages/message';
import { runPush, type PushRequest } from '../electron/node/campaign/run-push';
import { makeCanary } from './helpers/canary';
import { validConfig } from './helpers/configs';
import { ADMIN, type Scenario } from './campaign-sim/scenario';
import { start, type Simulator } from './campaign-sim/server';

/** Push through Adobe's SDK against simulated instances: what lands on the instance, and what goes over the wire. */

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

function config(mutate: (c: Record<string, any>) => void = () => undefined): AccImsConfig {
  const raw = validConfig();
  mutate(raw);
  const result = validateConfig(raw);
  if (!result.config) throw new Error(JSON.stringify(result.errors));
  return result.config;
}

async function push(scenario: Partial<Scenario>, extra: Partial<PushRequest> = {}) {
  sim ??= await start({ scenario });
  return runPush({
    url: sim.url,
    timeoutMs: 5000,
    credentials: { kind: 'password', login: ADMIN.login, password: ADMIN.password },
    config: config(),
    secret: 'the-client-secret',
    dryRun: false,
    replaceSecret: false,
    updateExisting: false,
    ...extra,
  });
}

const existing = (over: Record<string, string> = {}) => ({
  name: 'Adobe_Marketing_Cloud',
  label: 'Adobe Experience Cloud',
  type: '18',
  active: '1',
  imsServer: 'https://ims-na1.adobelogin.com',
  userScope: 'openid,AdobeID,read_organizations,session,additional_info.projectedProductContext',
  clientId: 'Campaign1',
  clientSecret: '@alreadyEncrypted==',
  callbackServer: 'https://campaign.example.com',
  imsOrgId: 'AAAAAAAAAAAAAAAAAAAAAAAA@AdobeOrg',
  imsRightsMask: 'Campaign - acme - (.*)',
  productContext: 'dma_campaign_classic',
  server: 'https://marketing.adobe.com',
  tenant: 'acme',
  ...over,
});

const en = (m: Message | undefined) => (m ? render('en', m) : '');
const codes = (ms: readonly Message[]) => ms.map((m) => m.code);

const writes = () => sim!.soapMethods().filter((m) => m === 'Write' || m === 'EncryptPassword');

describe('push through the SDK', () => {
  it('creates the account when there is none: every field mapped, secret encrypted by the instance, read back and verified', async () => {
    const secret = makeCanary('client-secret');
    const outcome = await push({}, { secret });
    expect(outcome).toMatchObject({ ok: true, verified: true, exists: false, accountName: 'Adobe_Marketing_Cloud' });
    const [account, ...others] = sim!.accounts();
    expect(others).toEqual([]);
    expect(account).toMatchObject({
      name: 'Adobe_Marketing_Cloud',
      type: '18',
      active: '1',
      label: 'Adobe Experience Cloud',
      imsServer: 'https://ims-na1.adobelogin.com',
      clientId: 'Campaign1',
      imsOrgId: '0123456789ABCDEF01234567@AdobeOrg',
      imsRightsMask: 'Campaign - acme - (.*)',
      userScope: 'openid,AdobeID,read_organizations,session,additional_info.projectedProductContext',
      productContext: 'dma_campaign_classic',
      tenant: 'acme',
    });
    expect(account!.clientSecret).not.toBe(secret);
    expect(sim!.cipher.decrypt(account!.clientSecret!)).toBe(secret);
    expect(codes(outcome.warnings)).toEqual(['push.warning.otherInstance', 'push.warning.callbackElsewhere', 'push.note.restart']);
    expect(en(outcome.warnings.at(-1))).toContain('Restart the Campaign server');
    expect(outcome.changes.find((c) => c.field === 'clientSecret')).toEqual({ field: 'clientSecret', from: '', to: '(new secret)' });
    expect(sim!.openSessions()).toBe(0);
  });

  it('the secret crosses the wire only inside EncryptPassword, the password only inside Logon', async () => {
    const secret = makeCanary('client-secret');
    const password = makeCanary('password');
    sim = await start({ scenario: { users: [{ login: 'ops', password, rights: ['admin'] }] } });
    const outcome = await push({}, { secret, credentials: { kind: 'password', login: 'ops', password } });
    expect(outcome.ok).toBe(true);
    const carrying = (needle: string) => sim!.requests.filter((r) => JSON.stringify(r).includes(needle)).map((r) => r.soapAction);
    expect(carrying(secret)).toEqual(['xtk:session#EncryptPassword']);
    expect(carrying(password)).toEqual(['xtk:session#Logon']);
    expect(JSON.stringify(outcome)).not.toContain(secret);
  });

  it('running it twice changes nothing the second time: no EncryptPassword, no Write', async () => {
    await push({});
    const before = sim!.soapMethods().length;
    const first = JSON.stringify(sim!.accounts());
    const again = await push({});
    const second = sim!.soapMethods().slice(before);
    expect(second).toContain('ExecuteQuery');
    expect(again).toMatchObject({ ok: true, changes: [], verified: true });
    expect(second).not.toContain('Write');
    expect(second).not.toContain('EncryptPassword');
    expect(JSON.stringify(sim!.accounts())).toBe(first);
  });

  it('a second push reads no schema: the SDK keeps them in the cache folder, and the folder holds no secret', async () => {
    const cacheDir = await mkdtemp(join(tmpdir(), 'acc-ims-schemas-'));
    try {
      await push({}, { cacheDir });
      const first = sim!.requests.length;
      expect(sim!.soapMethods().filter((m) => m === 'GetEntityIfMoreRecent')).toHaveLength(3);

      const again = await push({}, { cacheDir, secret: 'rotated-secret', replaceSecret: true });
      const second = sim!.requests.slice(first).map((r) => r.soapAction?.replace(/^.*#/, '') ?? r.path);
      expect(again).toMatchObject({ ok: true, verified: true });
      expect(second).toEqual(['Logon', 'ExecuteQuery', 'EncryptPassword', 'Write', 'ExecuteQuery', 'Logoff']);
      expect(second.length).toBeLessThanOrEqual(6);

      const files = await readdir(cacheDir);
      expect(files).toHaveLength(1);
      const cached = await readFile(join(cacheDir, files[0]!), 'utf8');
      expect(cached).toContain('extAccount');
      const tokens = sim!.requests
        .flatMap((r) => [r.headers['x-session-token'], r.headers['x-security-token']])
        .filter((t): t is string => typeof t === 'string' && t !== '');
      for (const secret of ['the-client-secret', 'rotated-secret', ADMIN.password, ...tokens]) expect(cached).not.toContain(secret);
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  });

  it('a dry run shows the change field by field and sends nothing that writes', async () => {
    const outcome = await push({ accounts: [existing()] }, { dryRun: true });
    expect(outcome).toMatchObject({ ok: true, dryRun: true, verified: null, exists: true });
    expect(outcome.changes).toEqual([
      { field: 'imsOrgId', from: 'AAAAAAAAAAAAAAAAAAAAAAAA@AdobeOrg', to: '0123456789ABCDEF01234567@AdobeOrg' },
    ]);
    expect(writes()).toEqual([]);
    expect(sim!.accounts()[0]!.imsOrgId).toBe('AAAAAAAAAAAAAAAAAAAAAAAA@AdobeOrg');
  });

  it('updates the one existing account; its encrypted secret is kept unless replacing is asked for', async () => {
    const kept = await push({ accounts: [existing()] });
    expect(kept.changes.map((c) => c.field)).toEqual(['imsOrgId']);
    expect(sim!.accounts()).toHaveLength(1);
    expect(sim!.accounts()[0]).toMatchObject({ imsOrgId: '0123456789ABCDEF01234567@AdobeOrg', clientSecret: '@alreadyEncrypted==' });
    expect(kept.warnings).toContainEqual({
      code: 'push.note.secretKept',
      params: { replaceSecret: { code: 'wording.cli.replaceSecret' } },
    });
    expect(kept.warnings.map(en).join(' ')).toContain(
      'already has a client secret; it is kept. Campaign stores it encrypted, so it cannot be compared with yours: pass --replace-secret to overwrite it.',
    );

    const replaced = await push({}, { secret: 'rotated-secret', replaceSecret: true });
    expect(replaced.changes).toEqual([{ field: 'clientSecret', from: '(set)', to: '(new secret)' }]);
    expect(sim!.cipher.decrypt(sim!.accounts()[0]!.clientSecret!)).toBe('rotated-secret');
  });

  it('duplicates: refused, nothing written', async () => {
    const outcome = await push({ accounts: [existing(), existing({ name: 'Adobe_Experience_Cloud' })] });
    expect(outcome.ok).toBe(false);
    expect(outcome.refused).toMatchObject({ code: 'push.refused.duplicates', params: { count: 2, label: 'Adobe Experience Cloud' } });
    expect(en(outcome.refused)).toContain(
      '2 external accounts of type "Adobe Experience Cloud" ("Adobe_Marketing_Cloud" and "Adobe_Experience_Cloud")',
    );
    expect(writes()).toEqual([]);
  });

  it('an account under another internal name: refused with both names, or updated in place with updateExisting (never a second one)', async () => {
    const refused = await push({ accounts: [existing({ name: 'Adobe_Experience_Cloud' })] });
    expect(refused.refused).toMatchObject({
      code: 'push.refused.otherName',
      params: { existing: 'Adobe_Experience_Cloud', wanted: 'Adobe_Marketing_Cloud' },
    });
    expect(writes()).toEqual([]);

    const updated = await push({}, { updateExisting: true });
    expect(updated).toMatchObject({ ok: true, verified: true, accountName: 'Adobe_Experience_Cloud' });
    expect(sim!.accounts().map((a) => a.name)).toEqual(['Adobe_Experience_Cloud']);
    expect(sim!.accounts()[0]!.imsOrgId).toBe('0123456789ABCDEF01234567@AdobeOrg');
  });

  it('an account of another type under the same internal name is not overwritten', async () => {
    const outcome = await push({ accounts: [{ name: 'Adobe_Marketing_Cloud', type: '3', label: 'Routing' }] });
    expect(outcome.refused).toMatchObject({
      code: 'push.refused.sameNameOtherType',
      params: { name: 'Adobe_Marketing_Cloud', type: '3', label: 'Routing' },
    });
    expect(sim!.accounts()[0]).toMatchObject({ type: '3', label: 'Routing' });
  });

  it('a write fault (HTTP 500) is reported with its code and text', async () => {
    const failure = await push({ writeFault: { code: 'XSV-350122', text: 'The record could not be saved: database is read-only.' } }).catch(
      (e: unknown) => e,
    );
    expect(failure).toMatchObject({
      kind: 'refused',
      userMessage: {
        code: 'soap.fault',
        params: { method: 'Write', fault: 'XSV-350122 The record could not be saved: database is read-only.' },
      },
    });
    expect(en((failure as { userMessage: Message }).userMessage)).toContain(
      'answered with a SOAP fault while writing the external account (Write): XSV-350122 The record could not be saved: database is read-only.',
    );
    expect(sim!.accounts()).toEqual([]);
    expect(sim!.openSessions()).toBe(0);
  });

  it('a write that silently did not land is caught by the read-back', async () => {
    const outcome = await push({ writeIgnored: true });
    expect(outcome).toMatchObject({ ok: false, verified: false });
    expect(outcome.warnings).toContainEqual({ code: 'push.verify.differs', params: { mismatches: [{ code: 'push.verify.notFound' }] } });
    expect(outcome.warnings.map(en).join(' ')).toContain(
      'reading the account back shows differences: the account could not be found after the write.',
    );
  });

  it('a build without Product context: the field is skipped with a note, not written', async () => {
    const outcome = await push({ hasProductContext: false });
    expect(outcome.ok).toBe(true);
    expect(sim!.accounts()[0]).not.toHaveProperty('productContext');
    expect(codes(outcome.warnings)).toContain('push.note.fieldAbsent');
  });

  it('no secret given and none on the instance: refused before anything is written', async () => {
    const outcome = await push({}, { secret: undefined });
    expect(outcome.refused?.code).toBe('push.refused.noSecret');
    expect(writes()).toEqual([]);
  });

  it('cancel during the write: reported as cancelled, session logged off', async () => {
    const controller = new AbortController();
    const running = push(
      { slowMethods: { Write: 3000 } },
      { signal: controller.signal, onProgress: (step) => step === 'write-account' && setTimeout(() => controller.abort(), 50) },
    );
    await expect(running).rejects.toMatchObject({ kind: 'cancelled', userMessage: { code: 'connection.cancelledWrite' } });
    expect(sim!.soapMethods()).toContain('Logoff');
  });
});
