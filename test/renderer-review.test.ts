import { afterEach, describe, expect, it } from 'vitest';
import { instanceMismatchWarnings } from '../electron/common/campaign/instance-url';
import { configProblems } from '../electron/common/config/check';
import { CONFIG_FORMAT, CONFIG_VERSION } from '../electron/common/config/defaults';
import { msg } from '../electron/common/messages/message';
import { deleteSecret } from '../electron/node/keychain/keychain';
import { distinctWarnings } from '../renderer/lib/warnings';
import { start, type Simulator } from './campaign-sim/server';
import { useAppUnderTest } from './e2e/app-under-test';
import { GOOD_ACCOUNT } from './e2e/driver';
import { makeCanary } from './helpers/canary';

/**
 * Review and Output as an admin reads them, in real Chromium against the Campaign simulator: a new
 * account in words (no "(empty)" column, no raw type number), each warning once with its action, and
 * after the push a quiet "Push again" with the time it was pushed.
 */
const app = useAppUnderTest();
let sim: Simulator | undefined;

afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

// The simulator listens on 127.0.0.1 while GOOD_ACCOUNT calls back to campaign.example.com: the rules and
// the push both notice, each in its own words.
const CALLBACK_WARNING = 'The callback server (campaign.example.com) is not on';
const RULE_WORDING = 'differs from the instance URL host';
const PUSH_WORDING = 'is not the host connected to';

describe('the warnings a step shows', () => {
  it("merges the rules' and the push's callback-host findings into one, keeps plain http once, and leaves notes out", () => {
    const url = 'http://127.0.0.1:8080';
    const config = {
      format: CONFIG_FORMAT,
      version: CONFIG_VERSION,
      instance: { url },
      account: { ...GOOD_ACCOUNT, callbackServer: 'https://lb.example.com' },
    };
    const rules = configProblems(config).filter((p) => p.severity === 'warning');
    const push = [
      ...instanceMismatchWarnings(url, config),
      msg('connection.url.plainHttp', { host: '127.0.0.1:8080' }),
      msg('push.note.restart'),
    ];
    expect(rules.map((p) => p.code)).toEqual(expect.arrayContaining(['rule.callbackServer.hostDiffers', 'rule.instanceUrl.plainHttp']));
    expect(push.map((m) => m.code)).toContain('push.warning.callbackElsewhere');

    const shown = distinctWarnings([...rules, ...push], { callbackServer: 'https://lb.example.com', instanceUrl: url });
    expect(shown.map((w) => w.message.code).sort()).toEqual(['review.warning.callbackHost', 'rule.instanceUrl.plainHttp']);
    const callback = shown.find((w) => w.callbackHost)!;
    expect(callback.message.params).toEqual({ callback: 'lb.example.com', host: '127.0.0.1:8080' });
    expect(callback.field).toMatchObject({ step: 'account', id: 'account-callbackServer' });
    // The push's finding alone (the Output step) has the same key, so "This is intended" on Review covers it.
    expect(distinctWarnings(push, { callbackServer: 'https://lb.example.com', instanceUrl: url })[0]!.key).toBe(callback.key);
  });
});

describe('review of a new account, and the output after the push', () => {
  it('shows the new account in words, each warning once with its actions, and "Pushed at" with a secondary "Push again"', async () => {
    sim = await start({});
    const profile = `e2e-rev-${Date.now().toString(36)}`;
    const { context, page, errors, wizard } = await app.open({ locale: 'en-US' });
    const audits: unknown[] = [];
    const main = page.locator('main');
    const mainText = () => main.innerText();
    const occurrences = async (text: string) => (await mainText()).split(text).length - 1;

    try {
      await page.goto(app.url);
      await wizard.start('online', profile);
      await wizard.tickPrerequisites();
      await page.locator('#instance-url').fill(sim.url);
      await page.locator('#instance-user').fill('admin');
      await page.locator('#instance-password').fill('correct horse battery');
      await page.locator('#console-build').fill('9364');
      await page.locator('#check-instance').click();
      await wizard.seeResult('[role="status"].notice-ok', 'The instance is ready for the next steps.');
      await wizard.next();
      await wizard.waitForStep('package');
      await wizard.next();
      await wizard.waitForStep('account');
      await wizard.fillAccount(GOOD_ACCOUNT);
      await wizard.storeSecret(makeCanary('client-secret'));
      await wizard.next();
      await wizard.waitForStep('review');

      await page.getByRole('button', { name: 'Compare with the instance' }).click();
      await wizard.see('main .notice[role="status"]', 'A new account will be created with these values.');
      // What will be written, in words: the type by its name, Enabled as Yes, no "(empty)" current value.
      await wizard.see('table.diff tr', /Account type\s*Adobe Experience Cloud \(type 18\)/);
      await wizard.see('table.diff tr', /Enabled\s*Yes/);
      await wizard.see('table.diff tr', /IMS organization ID\s*0123456789ABCDEF01234567@AdobeOrg/);
      expect(await mainText()).not.toContain('(empty)');
      expect(await page.locator('table.diff th', { hasText: /^(type|enabled)$/ }).count()).toBe(0);
      // The normal case is not a warning, and there is no existing account to update or secret to replace.
      expect(await page.locator('.notice-warning', { hasText: 'new account' }).count()).toBe(0);
      expect(await page.locator('#replace-secret, #update-existing').count()).toBe(0);
      // What will be written comes before the summary of the other steps.
      const cards = await main.locator('section.card h2').allInnerTexts();
      expect(cards[0]).toBe('Changes on the instance');

      // The callback-server finding of the rules and of the compare: once, in one wording, with its two actions.
      expect(await occurrences(CALLBACK_WARNING)).toBe(1);
      expect(await mainText()).not.toContain(RULE_WORDING);
      expect(await mainText()).not.toContain(PUSH_WORDING);
      const warning = page.locator('.notice-warning li', { hasText: CALLBACK_WARNING });
      audits.push(...(await wizard.tour('6-review-new-account')));

      // "Edit the callback server" leads to the field itself.
      await warning.getByRole('button', { name: 'Edit the callback server' }).click();
      await wizard.waitForStep('account');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('account-callbackServer');
      expect(await wizard.warningsOf('account-callbackServer')).toContain(RULE_WORDING);
      await wizard.next();
      await wizard.waitForStep('review');
      expect(await occurrences(CALLBACK_WARNING)).toBe(1);

      // "This is intended" acknowledges it: gone from Review, and it does not come back on Output.
      await warning.getByRole('button', { name: 'This is intended: a load balancer' }).click();
      await wizard.see('main [role="status"]', '1 warning marked as intended.');
      expect(await occurrences(CALLBACK_WARNING)).toBe(0);
      await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Show again');

      await wizard.next();
      await wizard.waitForStep('output');
      const push = page.locator('#push');
      expect(await push.innerText()).toBe('Push');
      expect(await push.getAttribute('class')).toContain('btn-primary');
      await push.click();
      await wizard.seeResult('[role="status"].notice-ok .notice-title', 'Pushed and verified');
      await wizard.see('#pushed-at', /^Pushed at \d\d:\d\d (AM|PM)$/);
      expect(await push.innerText()).toBe('Push again');
      expect(await push.getAttribute('class')).not.toContain('btn-primary');
      expect(await occurrences(CALLBACK_WARNING)).toBe(0);
      expect(await mainText()).not.toContain(PUSH_WORDING);
      audits.push(...(await wizard.tour('7-output-pushed')));

      // Back on Review the acknowledgement holds for the session, and the field itself stops repeating it.
      await wizard.page.locator('nav.steps li:nth-child(6) button').click();
      await wizard.waitForStep('review');
      expect(await occurrences(CALLBACK_WARNING)).toBe(0);
      await wizard.page.locator('nav.steps li:nth-child(5) button').click();
      await wizard.waitForStep('account');
      expect(await wizard.warningsOf('account-callbackServer')).toBe('');

      expect(sim.accounts()).toHaveLength(1);
      expect(audits).toEqual([]);
      expect(errors).toEqual([]);
    } catch (e) {
      await wizard.screenshot('failures', 'review-failure').catch(() => undefined);
      throw e;
    } finally {
      await context.close();
      await deleteSecret(`acc-ims-wizard/${profile}`);
    }
  }, 240_000);
});
