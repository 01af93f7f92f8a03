import { afterEach, describe, expect, it } from 'vitest';
import { deleteSecret } from '../electron/node/keychain/keychain';
import { useAppUnderTest } from './e2e/app-under-test';
import { GOOD_ACCOUNT } from './e2e/driver';
import { makeCanary } from './helpers/canary';
import { startImsSim, type ImsSim } from './ims-sim/server';

/**
 * "Check with Adobe IMS" on the External account step, in real Chromium over the real handlers (secret
 * from the real keychain: run through scripts/test.sh), against the stand-in IMS the bridge points to.
 */
const app = useAppUnderTest();
let sim: ImsSim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('desktop: Check with Adobe IMS', () => {
  it('shows the wrong-secret answer beside the client id and secret; the secret went only in the POST body', async () => {
    sim = await startImsSim({ clients: { Campaign1: 'right-secret-0000' } });
    const profile = `e2e-ims-${Date.now().toString(36)}`;
    const wrong = makeCanary('wrong-secret');
    const { context, page, errors, wizard } = await app.open({ locale: 'en-US', imsUrl: sim.url });
    try {
      await page.goto(app.url);
      await wizard.waitForStep('start');
      await wizard.offlineToAccount(profile);

      await wizard.fillAccount(GOOD_ACCOUNT);
      // Nothing to check before the secret is stored.
      await expect(page.locator('#ims-check-button').isDisabled()).resolves.toBe(true);
      await wizard.storeSecret(wrong);
      await page.getByRole('button', { name: 'Check with Adobe IMS' }).click();
      await wizard.see(
        '#ims-check-result[data-result="invalid-client-secret"]',
        'Adobe IMS rejected the client secret of client id "Campaign1"',
      );
      await wizard.see('#ims-check-result .badge-fail', 'Rejected');
      // Both languages and themes: screenshots for review, and no serious accessibility violation.
      expect(await wizard.tour('5-account-ims-check')).toEqual([]);

      expect(sim.requests).toHaveLength(1);
      expect(new URLSearchParams(sim.requests[0]!.body).get('client_secret')).toBe(wrong);
      expect(sim.requests[0]!.url).toBe('/ims/token/v3');
      expect(await page.content()).not.toContain(wrong);

      // Editing the client id makes the answer stale rather than silently wrong.
      await page.locator('#account-clientId').fill('Campaign2');
      await wizard.see('#ims-check', 'changed since this answer');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await deleteSecret(`acc-ims-wizard/${profile}`).catch(() => false);
    }
    // A journey with four screenshot-and-audit rounds: well over the default on a loaded 2-core machine.
  }, 120_000);
});
