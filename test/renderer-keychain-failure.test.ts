import { describe, expect, it } from 'vitest';
import type { IpcResult } from '../electron/common/ipc/contract';
import { msg } from '../electron/common/messages/message';
import { deleteSecret } from '../electron/node/keychain/keychain';
import { useAppUnderTest } from './e2e/app-under-test';
import { makeCanary } from './helpers/canary';

/**
 * A keychain that cannot answer whether a secret is stored (locked, no Secret Service) is a failure the
 * admin must see, in real Chromium: it is shown like every failed call of a step, not passed off as a
 * secret that is simply not stored, and it goes once the keychain answers again.
 */
const app = useAppUnderTest();

describe('a keychain that cannot answer', () => {
  it('is reported on the Account step as the step error, and cleared once the keychain works again', async () => {
    const profile = `e2e-locked-${Date.now().toString(36)}`;
    const secretName = `acc-ims-wizard/${profile}`;
    // What main answers when the keychain is locked (node/keychain explains the platform's own error so).
    const locked: IpcResult<never> = {
      ok: false,
      error: { kind: 'keychain', message: msg('keychain.locked', { action: msg('keychain.action.read', { name: secretName }) }) },
    };
    const { page, errors, wizard } = await app.open({ locale: 'en-US' });
    try {
      await page.goto(app.url);
      await wizard.waitForStep('start');
      // The keychain locks: from now on every status read crossing the bridge gets main's keychain error.
      await page.evaluate((answer) => {
        const w = window as unknown as { __wizardInvoke(channel: string, req: unknown): Promise<unknown>; __realInvoke?: unknown };
        const real = w.__wizardInvoke.bind(w);
        w.__realInvoke = real;
        w.__wizardInvoke = (channel, req) => (channel === 'wizard:secret.status' ? Promise.resolve(answer) : real(channel, req));
      }, locked);

      await wizard.offlineToAccount(profile);
      const alert = page.locator('main [role="alert"].notice-error');
      await wizard.see('main [role="alert"].notice-error .notice-title', 'That did not work');
      await expect(alert.innerText()).resolves.toContain(`Could not read "${secretName}" in the OS keychain: the keychain is locked`);
      await wizard.screenshot('en-light', 'account-keychain-locked');

      // Unlocked again: storing the secret works, and the error goes as any step error does.
      await page.evaluate(() => {
        const w = window as unknown as { __wizardInvoke: unknown; __realInvoke: unknown };
        w.__wizardInvoke = w.__realInvoke;
      });
      await wizard.storeSecret(makeCanary('client-secret'));
      await expect(alert.count()).resolves.toBe(0);
      expect(errors).toEqual([]);
    } catch (e) {
      await wizard.screenshot('failures', 'keychain-locked').catch(() => undefined);
      throw e;
    } finally {
      await deleteSecret(secretName);
    }
  });
});
