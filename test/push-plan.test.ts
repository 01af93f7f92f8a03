import { describe, expect, it } from 'vitest';
import type { AccImsConfig } from '../electron/common/config/schema';
import { validateConfig } from '../electron/common/config/validate';
import { render } from '../electron/common/messages/catalogs';
import { accountToFields } from '../electron/common/push/account-mapping';
import { planPush, SECRET_NEW, SECRET_SET, type PushInputs, type PushPlan } from '../electron/common/push/plan';
import { verifyWrite } from '../electron/common/push/verify';
import { validConfig } from './helpers/configs';

// What `push --dry-run` and the desktop's review page show, and what the read-back after a write reports
// (README "The command line", docs/DOMAIN.md "The external account").

const config = (raw = validConfig()): AccImsConfig => validateConfig(raw).config!;
const inputs = (over: Partial<PushInputs> = {}): PushInputs => ({
  config: config(),
  accountType: { value: 18, label: 'Adobe Experience Cloud' },
  typeAccounts: [],
  sameNameAccount: null,
  secretAvailable: true,
  replaceSecret: false,
  updateExisting: false,
  instanceAttributes: null,
  ...over,
});

/** The account as the instance holds it after a push of validConfig(), the secret encrypted. */
const pushed = (): Record<string, string> => ({
  id: '4242',
  name: 'Adobe_Marketing_Cloud',
  label: 'Adobe Experience Cloud',
  type: '18',
  active: '1',
  imsServer: 'https://ims-na1.adobelogin.com',
  userScope: 'openid,AdobeID,read_organizations,session,additional_info.projectedProductContext',
  clientId: 'Campaign1',
  clientSecret: '@Zm9vYmFy',
  callbackServer: 'https://campaign.example.com',
  imsOrgId: '0123456789ABCDEF01234567@AdobeOrg',
  imsRightsMask: 'Campaign - acme - (.*)',
  productContext: 'dma_campaign_classic',
  server: 'https://marketing.adobe.com',
  tenant: 'acme',
});

const refusal = (plan: PushPlan) => (plan.kind === 'refused' ? render('en', plan.reason) : `not refused: ${plan.kind}`);

describe('push plan: a new account', () => {
  it('lists every field in the table order, the type read from the instance, enabled, and the secret as new', () => {
    const plan = planPush(inputs());
    expect(plan).toMatchObject({ kind: 'create', targetName: 'Adobe_Marketing_Cloud', writeSecret: true, notes: [] });
    expect(plan.changes).toEqual([
      { field: 'label', from: '', to: 'Adobe Experience Cloud' },
      { field: 'internalName', from: '', to: 'Adobe_Marketing_Cloud' },
      { field: 'type', from: '', to: '18' },
      { field: 'enabled', from: '', to: '1' },
      { field: 'imsServer', from: '', to: 'https://ims-na1.adobelogin.com' },
      { field: 'imsScope', from: '', to: 'openid,AdobeID,read_organizations,session,additional_info.projectedProductContext' },
      { field: 'clientId', from: '', to: 'Campaign1' },
      { field: 'clientSecret', from: '', to: SECRET_NEW },
      { field: 'callbackServer', from: '', to: 'https://campaign.example.com' },
      { field: 'imsOrgId', from: '', to: '0123456789ABCDEF01234567@AdobeOrg' },
      { field: 'associationMask', from: '', to: 'Campaign - acme - (.*)' },
      { field: 'productContext', from: '', to: 'dma_campaign_classic' },
      { field: 'server', from: '', to: 'https://marketing.adobe.com' },
      { field: 'tenant', from: '', to: 'acme' },
    ]);
  });

  it('writes the attributes without the key and without the secret in clear', () => {
    const plan = planPush(inputs());
    expect(plan.kind === 'create' && plan.attributes).toEqual({
      label: 'Adobe Experience Cloud',
      type: '18',
      active: '1',
      imsServer: 'https://ims-na1.adobelogin.com',
      userScope: 'openid,AdobeID,read_organizations,session,additional_info.projectedProductContext',
      clientId: 'Campaign1',
      callbackServer: 'https://campaign.example.com',
      imsOrgId: '0123456789ABCDEF01234567@AdobeOrg',
      imsRightsMask: 'Campaign - acme - (.*)',
      productContext: 'dma_campaign_classic',
      server: 'https://marketing.adobe.com',
      tenant: 'acme',
    });
  });

  it('refuses without a secret: a new account cannot work without one', () => {
    const plan = planPush(inputs({ secretAvailable: false }));
    expect(plan).toMatchObject({ kind: 'refused', reason: { code: 'push.refused.noSecret' }, changes: [] });
    expect(refusal(plan)).toContain('pass --secret-env VAR');
    expect(refusal(planPush(inputs({ secretAvailable: false, wording: 'desktop' })))).toContain('store it in the External account step');
  });

  it('refuses to overwrite an account of another type that has the internal name, and says which', () => {
    const other = { name: 'Adobe_Marketing_Cloud', type: '3', label: 'Routing' };
    const plan = planPush(inputs({ sameNameAccount: other }));
    expect(plan).toMatchObject({
      kind: 'refused',
      reason: { code: 'push.refused.sameNameOtherType', params: { name: 'Adobe_Marketing_Cloud', type: '3', label: 'Routing' } },
    });
    const unknown = planPush(inputs({ sameNameAccount: { name: 'Adobe_Marketing_Cloud', type: '' } }));
    expect(refusal(unknown)).toContain('(type unknown, label "")');
  });
});

describe('push plan: the account of the type exists', () => {
  it('changes nothing when the instance already matches, keeping the secret it has', () => {
    const plan = planPush(inputs({ typeAccounts: [pushed()] }));
    expect(plan).toMatchObject({ kind: 'update', targetName: 'Adobe_Marketing_Cloud', changes: [], attributes: {}, writeSecret: false });
    expect(plan.notes).toEqual([{ code: 'push.note.secretKept', params: { replaceSecret: { code: 'wording.cli.replaceSecret' } } }]);
  });

  it('writes only what differs, from the old value to the new', () => {
    const plan = planPush(inputs({ typeAccounts: [{ ...pushed(), clientId: 'Campaign0', active: '0', type: '' }] }));
    expect(plan.changes).toEqual([
      { field: 'type', from: '', to: '18' },
      { field: 'enabled', from: '0', to: '1' },
      { field: 'clientId', from: 'Campaign0', to: 'Campaign1' },
    ]);
    expect(plan.kind === 'update' && plan.attributes).toEqual({ type: '18', active: '1', clientId: 'Campaign1' });
    expect(plan.kind === 'update' && plan.writeSecret).toBe(false);
  });

  it('leaves alone a field the config leaves empty and the account does not have', () => {
    const raw = validConfig();
    raw.account.productContext = '';
    const { productContext: _, ...record } = pushed();
    expect(planPush(inputs({ config: config(raw), typeAccounts: [record] })).changes).toEqual([]);
  });

  it('enables an account whose "Enabled" attribute is missing', () => {
    const { active: _, ...record } = pushed();
    expect(planPush(inputs({ typeAccounts: [record] })).changes).toEqual([{ field: 'enabled', from: '', to: '1' }]);
  });

  it('replaces the secret only when asked, showing that one was set', () => {
    const plan = planPush(inputs({ typeAccounts: [pushed()], replaceSecret: true }));
    expect(plan).toMatchObject({ kind: 'update', writeSecret: true, notes: [] });
    expect(plan.changes).toEqual([{ field: 'clientSecret', from: SECRET_SET, to: SECRET_NEW }]);
  });

  it('writes a secret when the account has none', () => {
    const plan = planPush(inputs({ typeAccounts: [{ ...pushed(), clientSecret: '' }] }));
    expect(plan.changes).toEqual([{ field: 'clientSecret', from: '', to: SECRET_NEW }]);
    expect(plan.kind === 'update' && plan.writeSecret).toBe(true);
  });

  it('keeps the instance secret when none is given, and says so', () => {
    const plan = planPush(inputs({ typeAccounts: [pushed()], secretAvailable: false }));
    expect(plan).toMatchObject({ kind: 'update', changes: [], writeSecret: false });
    expect(plan.notes).toEqual([{ code: 'push.note.secretKeptNoneGiven' }]);
  });

  it('refuses to replace a secret without one, in the words of where the admin is', () => {
    const ask = inputs({ typeAccounts: [pushed()], secretAvailable: false, replaceSecret: true });
    expect(refusal(planPush(ask))).toContain('pass --secret-env VAR');
    expect(refusal(planPush({ ...ask, wording: 'desktop' }))).toContain('store it in the External account step');
  });

  it('refuses a second account: an account of the type under another internal name must be updated on purpose', () => {
    const plan = planPush(inputs({ typeAccounts: [{ ...pushed(), name: 'imsOld' }] }));
    expect(plan).toMatchObject({
      kind: 'refused',
      reason: {
        code: 'push.refused.otherName',
        params: { label: 'Adobe Experience Cloud', existing: 'imsOld', wanted: 'Adobe_Marketing_Cloud' },
      },
    });
    expect(refusal(plan)).toContain('pass --update-existing');
    const desktop = planPush(inputs({ typeAccounts: [{ ...pushed(), name: 'imsOld' }], wording: 'desktop' }));
    expect(refusal(desktop)).toContain('tick "Update the existing account"');
  });

  it('updates that account under its own name when asked, and says so', () => {
    const plan = planPush(inputs({ typeAccounts: [{ ...pushed(), name: 'imsOld' }], updateExisting: true }));
    expect(plan).toMatchObject({ kind: 'update', targetName: 'imsOld', changes: [] });
    expect(plan.notes[0]).toEqual({ code: 'push.note.updatingExisting', params: { existing: 'imsOld', wanted: 'Adobe_Marketing_Cloud' } });
  });

  it('treats an account of the type without a name as another name', () => {
    const { name: _, ...nameless } = pushed();
    expect(planPush(inputs({ typeAccounts: [nameless] }))).toMatchObject({ reason: { params: { existing: '' } } });
  });

  it('ignores an account of another type with the same name once the one of the type is there', () => {
    const plan = planPush(inputs({ typeAccounts: [pushed()], sameNameAccount: { name: 'Adobe_Marketing_Cloud', type: '3' } }));
    expect(plan.kind).toBe('update');
  });

  it('refuses two or more accounts of the type, naming each', () => {
    const { name: _, ...nameless } = pushed();
    const plan = planPush(inputs({ typeAccounts: [pushed(), { ...pushed(), name: 'imsOld' }, nameless] }));
    expect(plan).toMatchObject({
      kind: 'refused',
      reason: { code: 'push.refused.duplicates', params: { count: 3, label: 'Adobe Experience Cloud' } },
    });
    expect(refusal(plan)).toContain('3 external accounts of type "Adobe Experience Cloud" ("Adobe_Marketing_Cloud", "imsOld", and "")');
  });
});

describe('push plan: what the instance can hold', () => {
  const all = Object.keys(pushed()).filter((a) => a !== 'id');

  it('writes everything when the schema has every field', () => {
    expect(planPush(inputs({ instanceAttributes: all })).changes).toEqual(planPush(inputs()).changes);
  });

  it('skips Product context on a build without it, and tells', () => {
    const plan = planPush(inputs({ instanceAttributes: all.filter((a) => a !== 'productContext') }));
    expect(plan.kind).toBe('create');
    expect(plan.changes.map((c) => c.field)).not.toContain('productContext');
    expect(plan.kind === 'create' && plan.attributes).not.toHaveProperty('productContext');
    expect(plan.notes).toEqual([
      { code: 'push.note.fieldAbsent', params: { label: 'Product context', attribute: 'productContext', field: 'productContext' } },
    ]);
  });

  it('refuses when any other field is missing, keeping the notes gathered so far', () => {
    const plan = planPush(inputs({ instanceAttributes: all.filter((a) => a !== 'productContext' && a !== 'tenant') }));
    expect(plan).toMatchObject({
      kind: 'refused',
      reason: { code: 'push.refused.missingField', params: { label: 'Tenant', attribute: 'tenant' } },
    });
    expect(plan.notes.map((n) => n.code)).toEqual(['push.note.fieldAbsent']);
  });
});

describe('read-back after a write', () => {
  const written = { label: 'Adobe Experience Cloud', userScope: 'openid', active: '1', type: '18' };

  it('is verified when every written attribute and the encrypted secret read back as written', () => {
    const back = { ...written, name: 'x', clientSecret: '@enc' };
    expect(verifyWrite(written, '@enc', back)).toEqual({ verified: true, mismatches: [] });
    expect(verifyWrite(written, null, { ...back, clientSecret: '@other' })).toEqual({ verified: true, mismatches: [] });
  });

  it('names each attribute by its config field, with what was written and what came back', () => {
    const result = verifyWrite(written, null, { label: 'Adobe Experience Cloud', userScope: 'openid,AdobeID', active: '0' });
    expect(result.verified).toBe(false);
    expect(result.mismatches).toEqual([
      { code: 'push.verify.value', params: { field: 'imsScope', wrote: 'openid', got: 'openid,AdobeID' } },
      { code: 'push.verify.value', params: { field: 'enabled', wrote: '1', got: '0' } },
      { code: 'push.verify.value', params: { field: 'type', wrote: '18', got: '' } },
    ]);
  });

  it('reports a secret that did not read back as encrypted, or is missing', () => {
    expect(verifyWrite({}, '@enc', { clientSecret: '@other' })).toEqual({ verified: false, mismatches: [{ code: 'push.verify.secret' }] });
    expect(verifyWrite({}, '@enc', {})).toEqual({ verified: false, mismatches: [{ code: 'push.verify.secret' }] });
  });

  it('is not verified when the account cannot be found', () => {
    expect(verifyWrite(written, null, null)).toEqual({ verified: false, mismatches: [{ code: 'push.verify.notFound' }] });
  });
});

describe('an account record as config fields', () => {
  it('maps the attributes it has, never the secret', () => {
    expect(accountToFields({ name: 'n', userScope: 's', imsRightsMask: 'm', clientSecret: '@enc', active: '1' })).toEqual({
      internalName: 'n',
      imsScope: 's',
      associationMask: 'm',
    });
  });
});
