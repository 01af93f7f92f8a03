import { afterEach, describe, expect, it } from 'vitest';
import { deleteSecret } from '../electron/node/keychain/keychain';
import { start, type Simulator } from './campaign-sim/server';
import { GOOD_ACCOUNT } from './e2e/driver';
import { filesContaining, makeCanary } from './helpers/canary';
import { useAppUnderTest } from './e2e/app-under-test';

/**
 * The online journey in real Chromium against the Campaign simulator, through the real handlers and
 * Adobe's SDK: check the instance, compare, push, and see it verified. Then cancel on a slow instance.
 */
const app = useAppUnderTest();
let sim: Simulator | undefined;

afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('online: check → push → verified', () => {
  it('checks the instance, shows the diff, pushes, and the instance holds the account with the secret it encrypted', async () => {
    const password = makeCanary('operator-password');
    const secret = makeCanary('client-secret');
    sim = await start({ scenario: { users: [{ login: 'admin', password, rights: ['admin'] }] } });
    const profile = `e2e-on-${Date.now().toString(36)}`;
    const { bridge, context, page, errors, wizard } = await app.open({ locale: 'en-US' });
    const audits: unknown[] = [];
    const tour = async (name: string) => audits.push(...(await wizard.tour(name)));

    try {
      await page.goto(app.url);
      await wizard.waitForStep('start');
      await wizard.start('online', profile);
      await wizard.tickPrerequisites();

      await page.locator('#instance-url').fill(sim.url);
      await page.locator('#instance-user').fill('admin');
      await page.locator('#instance-password').fill(password);
      await page.locator('#console-build').fill('9364');
      // Test connection first: reachability, build and logon only, nothing about the package yet.
      await page.getByRole('button', { name: 'Test connection' }).click();
      await wizard.see('tr[data-check="logon"] .badge-ok', 'Pass');
      expect(await page.locator('tr[data-check="package"]').count()).toBe(0);
      await page.getByRole('button', { name: 'Check the instance' }).click();
      await wizard.seeResult('[role="status"].notice-ok', 'The instance is ready for the next steps.');
      await wizard.see('tr[data-check="logon"] .badge-ok', 'Pass');
      await wizard.see('tr[data-check="package"] .badge-ok', 'Pass');
      await tour('3-instance-online');
      await wizard.next();
      await wizard.waitForStep('package');

      await wizard.see('[role="status"].notice-ok', 'nms:amp');
      await tour('4-package-online');
      await wizard.next();
      await wizard.waitForStep('account');

      await wizard.fillAccount(GOOD_ACCOUNT);
      await wizard.storeSecret(secret);
      await wizard.next();
      await wizard.waitForStep('review');

      await page.getByRole('button', { name: 'Compare with the instance' }).click();
      await wizard.see('main .notice[role="status"]', 'A new account will be created with these values.');
      await wizard.see('table.diff th[scope="row"]', 'IMS organization ID');
      await wizard.see('table.diff td', '0123456789ABCDEF01234567@AdobeOrg');
      expect(sim.accounts()).toEqual([]);
      await tour('6-review-online');
      await wizard.next();
      await wizard.waitForStep('output');

      await page.getByRole('button', { name: 'Push', exact: true }).click();
      await wizard.seeResult('[role="status"].notice-ok .notice-title', 'Pushed and verified');
      await tour('7-output-online');
      await wizard.next();
      await wizard.waitForStep('readiness');
      await wizard.next();
      await wizard.waitForStep('done');
      await wizard.see('main li', `The external account is written on ${sim.url}, but Campaign reads it only when it starts.`);
      await wizard.see('#restart-command', 'nlserver restart web');
      await tour('9-done-online');

      const [account] = sim.accounts();
      expect(account).toMatchObject({
        name: 'Adobe_Marketing_Cloud',
        clientId: 'Campaign1',
        imsOrgId: GOOD_ACCOUNT.imsOrgId,
        imsRightsMask: GOOD_ACCOUNT.associationMask,
        tenant: 'acme',
      });
      expect(sim.cipher.decrypt(account!.clientSecret!)).toBe(secret);

      // Neither the operator password nor the client secret is left in the app data or the page storage.
      for (const value of [password, secret]) {
        expect(filesContaining(bridge.dataDir, value)).toEqual([]);
        expect(await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }))).not.toContain(value);
      }
      expect(audits).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await deleteSecret(`acc-ims-wizard/${profile}`);
    }
  }, 180_000);

  it('finds the one account under another internal name: stops until "Update the existing account" is ticked, then updates it and keeps its secret', async () => {
    const existing = {
      name: 'Adobe_Experience_Cloud',
      label: 'MAC',
      type: '18',
      imsServer: 'https://ims-na1.adobelogin.com',
      clientId: 'Campaign1',
      clientSecret: '@c2VjcmV0',
      callbackServer: 'https://old.example.com',
      imsOrgId: 'ABCDEF0123456789ABCDEF01@AdobeOrg',
      imsRightsMask: 'Campaign (.*)',
      productContext: 'dma_campaign_classic',
      server: 'https://marketing.adobe.com',
      tenant: 'acme',
    };
    sim = await start({ scenario: { accounts: [existing] } });
    const profile = `e2e-upd-${Date.now().toString(36)}`;
    const { context, page, errors, wizard } = await app.open({ locale: 'en-US' });
    try {
      await page.goto(app.url);
      await wizard.start('online', profile);
      await wizard.tickPrerequisites();
      await page.locator('#instance-url').fill(sim.url);
      await page.locator('#instance-user').fill('admin');
      await page.locator('#instance-password').fill('correct horse battery');
      await page.getByRole('button', { name: 'Check the instance' }).click();
      await wizard.seeResult('[role="status"].notice-ok', 'The instance is ready for the next steps.');
      await wizard.next();
      await wizard.next();
      await wizard.waitForStep('account');
      await wizard.fillAccount(GOOD_ACCOUNT);
      await wizard.storeSecret(makeCanary('client-secret'));
      await wizard.next();
      await wizard.waitForStep('review');

      await page.getByRole('button', { name: 'Compare with the instance' }).click();
      await wizard.see('[role="alert"].notice-error', 'tick "Update the existing account"');
      expect(await page.locator('#next').getAttribute('aria-disabled')).toBe('true');
      await page.locator('#update-existing').check();
      await page.getByRole('button', { name: 'Compare with the instance' }).click();
      await wizard.see('table.diff tr', /Label\s*MAC\s*Adobe Experience Cloud/);
      expect(await page.locator('.notice-error').count()).toBe(0);
      await wizard.next();
      await page.getByRole('button', { name: 'Push', exact: true }).click();
      await wizard.seeResult('[role="status"].notice-ok .notice-title', 'Pushed and verified');

      const accounts = sim.accounts();
      expect(accounts).toHaveLength(1);
      expect(accounts[0]).toMatchObject({
        name: 'Adobe_Experience_Cloud',
        label: 'Adobe Experience Cloud',
        imsOrgId: GOOD_ACCOUNT.imsOrgId,
        clientSecret: '@c2VjcmV0',
      });
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await deleteSecret(`acc-ims-wizard/${profile}`);
    }
  }, 120_000);

  it('shows progress while checking a slow instance, and Cancel stops it with a clear message', async () => {
    sim = await start({ scenario: { slowMethods: { Logon: 20_000 } } });
    const { context, page, wizard } = await app.open({ locale: 'en-US' });
    try {
      await page.goto(app.url);
      await wizard.start('online', `e2e-cancel-${Date.now().toString(36)}`);
      await wizard.tickPrerequisites();
      await page.locator('#instance-url').fill(sim.url);
      await page.locator('#instance-user').fill('admin');
      await page.locator('#instance-password').fill('correct horse battery');
      await page.getByRole('button', { name: 'Check the instance' }).click();
      await wizard.see('.progress', 'Checking the instance');
      await wizard.see('.progress', 'Logging on');
      await wizard.screenshot('en-light', '3-instance-online-progress');
      await page.locator('.progress').getByRole('button', { name: 'Cancel' }).click();
      await wizard.see('[role="alert"].notice-error', 'was cancelled');
      expect(await page.locator('.progress').count()).toBe(0);
      expect(await page.locator('#next').getAttribute('aria-disabled')).toBe('true');
    } finally {
      await context.close();
    }
  }, 120_000);
});
