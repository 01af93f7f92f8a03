import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteSecret } from '../electron/node/keychain/keychain';
import { start, type Simulator } from './campaign-sim/server';
import { useAppUnderTest } from './e2e/app-under-test';
import { makeCanary } from './helpers/canary';

/**
 * "Undo the last push" on the Output step in real Chromium, through the real handlers against the
 * simulator: the account an earlier admin made is saved before the push changes it, and put back on request.
 */
const app = useAppUnderTest();
let sim: Simulator | undefined;

afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const HAND_MADE = {
  id: '2000',
  name: 'Adobe_Marketing_Cloud',
  label: 'IMS (hand-made)',
  type: '18',
  active: '1',
  imsServer: 'https://ims-na1.adobelogin.com',
  clientId: 'old-client-id',
  callbackServer: 'https://old-callback.example.com',
  imsOrgId: 'FEDCBA9876543210FEDCBA98@AdobeOrg',
  imsRightsMask: 'Old_(.*)',
  tenant: 'old',
};

describe('Undo the last push', () => {
  it('asks first (Cancel keeps the push), then puts the hand-made account back and says so; Compare is needed again', async () => {
    sim = await start();
    sim.accounts().push({ ...HAND_MADE });
    const profile = `e2e-undo-${Date.now().toString(36)}`;
    const secret = makeCanary('client-secret');
    const { bridge, page, errors, wizard } = await app.open({ locale: 'en-US' });
    try {
      await page.goto(app.url);
      await wizard.waitForStep('start');
      await wizard.onlineThroughPush(sim.url, { user: 'admin', password: 'correct horse battery' }, profile, secret);
      expect(sim.accounts()[0]!.clientId).toBe('Campaign1');
      const restoreFolder = join(bridge.dataDir, 'restore');
      expect(existsSync(restoreFolder)).toBe(true);

      await page.getByRole('button', { name: 'Back', exact: true }).click();
      await wizard.waitForStep('output');
      await wizard.see('main .notice', 'is saved in');
      await page.locator('#undo-push').click();
      await wizard.see('#undo-question', 'Put the account back as it was?');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('undo-push-cancel');
      await wizard.tour('output-undo-confirm');
      await page.locator('#undo-push-cancel').click();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('undo-push');
      expect(sim.soapMethods().filter((m) => m === 'Write')).toHaveLength(1);

      await page.locator('#undo-push').click();
      await page.locator('#undo-push-confirm').click();
      await wizard.seeResult('[role="status"].notice-ok .notice-title', 'is back as it was before the push');
      const { id: _id, ...fields } = HAND_MADE;
      expect(sim.accounts()[0]).toMatchObject(fields);
      expect(sim.accounts()[0]!.clientSecret ?? '').toBe('');
      expect(await page.locator('#undo-push').count()).toBe(0);
      expect(await page.locator('#push').isDisabled()).toBe(true);
      await wizard.tour('output-undone');
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
      await deleteSecret(`acc-ims-wizard/${profile}`).catch(() => undefined);
    }
  }, 240_000);
});
