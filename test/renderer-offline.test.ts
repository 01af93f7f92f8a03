import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHandover } from '../electron/node/handover/import';
import { deleteSecret, getSecret } from '../electron/node/keychain/keychain';
import { GOOD_ACCOUNT } from './e2e/driver';
import { filesContaining, makeCanary } from './helpers/canary';
import { useAppUnderTest } from './e2e/app-under-test';

/**
 * The offline journey in real Chromium: nothing → a bundle file carrying the client secret under a
 * passphrase, opened back with the real import code. On every step: screenshots in both languages and
 * both themes, and axe-core finds no serious or critical violation.
 */
const app = useAppUnderTest();

describe('offline preparation → bundle export', () => {
  it('walks every step, exports an encrypted bundle with the secret, and keeps the secret out of the app data and the page', async () => {
    const profile = `e2e-off-${Date.now().toString(36)}`;
    const secretName = `acc-ims-wizard/${profile}`;
    const canary = makeCanary('client-secret');
    const passphrase = 'correct horse battery staple';
    const exportDir = mkdtempSync(join(tmpdir(), 'acc-ims-e2e-export-'));
    const bundlePath = join(exportDir, `${profile}.accims`);

    const { bridge, context, page, errors, wizard } = await app.open({ locale: 'en-US' });
    bridge.dialogs.saves.push(bundlePath);
    const audits: { step: string; combo: string; violations: unknown[] }[] = [];
    const tour = async (name: string) => audits.push(...(await wizard.tour(name)).map((f) => ({ step: name, ...f })));

    try {
      await page.goto(app.url);
      await wizard.waitForStep('start');
      await expect(page.title()).resolves.toBe('Step 1 of 9: Start · ACC IMS Wizard');
      await expect(wizard.heading().innerText()).resolves.toMatch(/Step 1 of 9\s+Start/);
      await tour('1-start');
      await wizard.start('offline', profile);

      await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H1');
      await tour('2-prerequisites');
      // Adobe's pages open in the OS app.browser through main; the wizard itself stays where it is.
      await page.getByRole('link', { name: /Adobe Admin Console/ }).click();
      await expect.poll(() => bridge.openedExternal).toEqual(['https://adminconsole.adobe.com/']);
      expect(page.url()).toBe(app.url);
      await wizard.tickPrerequisites();

      await wizard.offlineBuilds('9364', '9364');
      await wizard.see('[role="status"].notice-ok', 'Console and server builds match');
      await tour('3-instance-offline');
      await wizard.next();
      await wizard.waitForStep('package');

      await wizard.confirmPackage();
      await tour('4-package-offline');
      await wizard.next();
      await wizard.waitForStep('account');

      await wizard.fillAccount(GOOD_ACCOUNT);
      await wizard.storeSecret(canary);
      expect(await page.locator('#client-secret').count()).toBe(0);
      await page.locator('.tester summary').click();
      await page.locator('#mask-samples').fill('Campaign - acme - admin\nCampaign - Acme - ops');
      await wizard.see('.tester td .group', 'admin');
      await wizard.see('.tester td .msg-error', 'Upper and lower case differ');
      await tour('5-account');
      await wizard.next();
      await wizard.waitForStep('review');

      await wizard.see('main dd', 'Stored in the OS keychain');
      await tour('6-review-offline');
      await wizard.next();
      await wizard.waitForStep('output');

      await page.locator('input[name="format"][value="bundle"]').check();
      await page.locator('#include-secret').check();
      await page.locator('#passphrase').fill(passphrase);
      await page.locator('#passphrase-confirm').fill(passphrase);
      await tour('7-output-offline');
      await page.locator('#include-secret').check();
      await page.locator('#passphrase').fill(passphrase);
      await page.locator('#passphrase-confirm').fill(passphrase);
      await page.getByRole('button', { name: 'Export…' }).click();
      await wizard.see('[role="status"].notice-ok .path', bundlePath);
      await wizard.next();
      await wizard.waitForStep('readiness');
      await wizard.next();
      await wizard.waitForStep('done');
      await wizard.see('main h3', 'Restart the Campaign server');
      await wizard.see('#restart-command', 'nlserver restart web');
      await wizard.see('main dd', bridge.dataDir);
      await page.getByRole('button', { name: 'Open the logs folder' }).click();
      await expect.poll(() => bridge.openedPaths).toEqual([join(bridge.dataDir, 'logs')]);
      await tour('9-done-offline');

      // The file is really there, owner-only, and the real import code opens it with the passphrase.
      expect(statSync(bundlePath).mode & 0o777).toBe(0o600);
      const read = await readHandover(readFileSync(bundlePath), { passphrase });
      expect(read.secret).toBe(canary);
      expect(read.config.account).toMatchObject({ ...GOOD_ACCOUNT, clientSecret: { keychain: secretName } });
      expect(read.config.instance).toMatchObject({ name: profile, consoleBuild: 9364 });
      await expect(getSecret(secretName)).resolves.toBe(canary);

      // The secret is nowhere but the keychain and the encrypted bundle.
      expect(filesContaining(bridge.dataDir, canary)).toEqual([]);
      expect(filesContaining(exportDir, canary)).toEqual([]);
      const storage = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
      expect(storage).not.toContain(canary);
      expect(await page.content()).not.toContain(canary);

      expect(audits).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await deleteSecret(secretName);
    }
  }, 180_000);
});
