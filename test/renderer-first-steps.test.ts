import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteSecret, getSecret } from '../electron/node/keychain/keychain';
import { start, type Simulator } from './campaign-sim/server';
import { useAppUnderTest } from './e2e/app-under-test';
import { seriousViolations } from './e2e/axe';
import { GOOD_ACCOUNT } from './e2e/driver';
import { englishSentences, readableText } from './e2e/english';
import { validConfig } from './helpers/configs';
import { makeCanary } from './helpers/canary';

/**
 * The first steps as an admin meets them, in real Chromium over the real handlers: what Start says to
 * prepare, the instance check brought into view with its tally, the account's own values first with
 * Adobe's defaults folded (opening on a problem, each resettable), Copy, and a confirmation before the
 * client secret leaves the real keychain.
 */
const app = useAppUnderTest();
let sim: Simulator | undefined;

afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const unique = (label: string) => `e2e-${label}-${Date.now().toString(36)}`;
const activeId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

describe('first steps', () => {
  it('online: Start prepares, the check results get focus with a tally, a first run has a note (not a warning), the account asks its own values first', async () => {
    sim = await start({ scenario: { users: [{ login: 'admin', password: 'correct horse battery', rights: ['admin'] }] } });
    const profile = unique('first');
    const secretName = `acc-ims-wizard/${profile}`;
    const secret = makeCanary('client-secret');
    const { context, page, errors, wizard } = await app.open({ locale: 'en-US' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
    const audits: unknown[] = [];
    const tour = async (name: string) => audits.push(...(await wizard.tour(name)));
    try {
      await page.goto(app.url);
      await wizard.waitForStep('start');
      // Start: what to have at hand, three ways in, placeholders that read as examples.
      await wizard.see('#need-title', "You'll need");
      for (const words of [
        'client identifier and secret, from Adobe Customer Care',
        'IMS organization ID',
        'admin rights on the instance',
        'About ten minutes',
        'server restart',
      ])
        await wizard.see('.need li', words);
      await wizard.see('fieldset legend', 'How do you want to work?');
      expect(
        await page
          .locator('fieldset.card', { hasText: 'How do you want to work?' })
          .getByRole('button', { name: 'Import a file…' })
          .count(),
      ).toBe(1);
      expect(await page.locator('#profile-name').getAttribute('placeholder')).toBe('e.g. prod');
      await tour('1-start-first-steps');
      await wizard.start('online', profile);
      await wizard.tickPrerequisites();

      // Instance: the results come into view with focus; the tally sits beside the button.
      expect(await page.locator('#instance-url').getAttribute('placeholder')).toBe('e.g. https://campaign.example.com');
      await page.locator('#instance-url').fill(sim.url);
      await page.locator('#instance-user').fill('admin');
      await page.locator('#instance-password').fill('correct horse battery');
      await page.locator('#console-build').fill('9364');
      await page.locator('#check-instance').click();
      // The check runs Adobe's SDK against the simulator: give it time on a loaded machine.
      await page.locator('#check-results').waitFor({ timeout: 60_000 });
      await wizard.seeResult('[role="status"].notice-ok', 'The instance is ready for the next steps.');
      await page.waitForFunction(() => document.activeElement?.id === 'check-results');
      const inView = await page.locator('#check-title').evaluate((h) => {
        const r = h.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      });
      expect(inView).toBe(true);
      expect(await page.locator('#check-summary').innerText()).toBe('Ready: 5 passed, 1 note');
      expect(await page.locator('#check-instance').getAttribute('aria-describedby')).toBe('check-summary');
      // No account yet is what a first run looks like: a note saying Output creates it, not a warning.
      const account = page.locator('tr[data-check="account"]');
      expect(await account.locator('.badge').innerText()).toBe('Note');
      expect(await account.locator('.badge-warn').count()).toBe(0);
      expect(await account.innerText()).toContain('the Output step creates it');
      // The build with its release, and the 6.x version the instance reports explained.
      expect(await page.locator('#check-server').innerText()).toMatch(
        /^Server build 9364 \(7\.3\.4\), instance .+\. It reports version 6\.7\.3/,
      );
      await tour('3-instance-first-steps');
      await wizard.setPrefs('zh-Hant', 'light');
      expect(await page.locator('#check-summary').innerText()).toBe('已就緒：5 項通過、1 項備註');
      expect(await page.locator('#check-server').innerText()).toContain('伺服器組建 9364（7.3.4）');
      expect(englishSentences(await readableText(page))).toEqual([]);
      await wizard.setPrefs('en', 'light');
      await wizard.next();
      await wizard.waitForStep('package');
      await wizard.next();
      await wizard.waitForStep('account');

      // Account: the admin's own values first; Adobe's defaults folded, closed.
      const inputs = await page
        .locator('main input[id^="account-"], main #client-secret')
        .evaluateAll((els) => els.filter((el) => el.checkVisibility()).map((el) => el.id));
      expect(inputs).toEqual([
        'account-clientId',
        'client-secret',
        'account-callbackServer',
        'account-imsOrgId',
        'account-associationMask',
        'account-tenant',
      ]);
      expect(await page.locator('#account-defaults').getAttribute('open')).toBeNull();
      await wizard.see('#account-defaults summary', 'Defaults: change only if Adobe told you to');
      // The mask in words first, with the admin's tenant once known, then the regular expression.
      await wizard.see(
        '#account-associationMask-help p:first-child',
        'product profiles named "Campaign - tenant_id - X" map to the Campaign operator group X',
      );
      await page.locator('#account-tenant').fill('acme');
      await wizard.see('#account-associationMask-help p:first-child', '"Campaign - acme - X"');
      await wizard.see('#account-associationMask-help p.details', 'regular expression');
      await wizard.fillAccount(GOOD_ACCOUNT);
      expect(await page.locator('#account-defaults').getAttribute('open')).toBeNull();

      // Copy puts the org id on the clipboard, and says so.
      await page.evaluate(() => navigator.clipboard.writeText('something else'));
      await page.getByRole('button', { name: 'Copy the IMS organization ID' }).click();
      await wizard.see('button', 'Copied');
      // While it reads "Copied", its name is what it shows (a screen reader and axe agree).
      expect(await seriousViolations(page)).toEqual([]);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(GOOD_ACCOUNT.imsOrgId);

      // Removing the secret asks first, says what it costs, and Cancel keeps it in the keychain.
      await wizard.storeSecret(secret);
      expect(await getSecret(secretName)).toBe(secret);
      await page.getByRole('button', { name: 'Remove from the keychain' }).click();
      await wizard.see('#secret-remove-question', 'cannot show it again');
      await wizard.see('#secret-remove-question', 'Adobe Customer Care or the Adobe Developer Console');
      expect(await activeId(page)).toBe('secret-remove-cancel');
      // The question and the open defaults read in Traditional Chinese too, without an English sentence.
      await wizard.openAccountDefaults();
      await wizard.setPrefs('zh-Hant', 'light');
      await wizard.see('#secret-remove-question', '無法再顯示');
      expect(englishSentences(await readableText(page))).toEqual([]);
      await wizard.setPrefs('en', 'light');
      await tour('5-account-remove-secret');
      await page.locator('#secret-remove-cancel').click();
      await wizard.see('#secret-status.badge-ok', 'Stored in the OS keychain');
      expect(await activeId(page)).toBe('secret-remove');
      expect(await getSecret(secretName)).toBe(secret);
      await page.getByRole('button', { name: 'Remove from the keychain' }).click();
      await page.locator('#secret-remove-confirm').click();
      await wizard.see('#secret-status', 'Not stored');
      await wizard.see('[role="status"]', 'The client secret was removed from the OS keychain.');
      expect(await getSecret(secretName)).toBeNull();
      await wizard.storeSecret(secret);
      await tour('5-account-first-steps');

      expect(audits).toEqual([]);
      expect(errors).toEqual([]);
    } catch (e) {
      await wizard.screenshot('failures', 'first-steps-online').catch(() => undefined);
      throw e;
    } finally {
      await context.close();
      await deleteSecret(secretName);
    }
  }, 300_000);

  it('the defaults fold opens on a problem (an import, a refused Next), and Reset restores the default', async () => {
    const profile = unique('first-imp');
    const config = validConfig();
    config.instance.name = profile;
    delete config.account.clientSecret;
    config.account.productContext = 'dma_other';
    config.account.label = 'MAC';
    const file = join(mkdtempSync(join(tmpdir(), 'acc-ims-e2e-first-')), 'other.acc-ims.json');
    writeFileSync(file, JSON.stringify(config));
    const { bridge, context, page, errors, wizard } = await app.open({ locale: 'en-US' });
    bridge.dialogs.opens.push(file);
    const fold = page.locator('#account-defaults');
    try {
      await page.goto(app.url);
      await wizard.waitForStep('start');
      // Import is the third way in: it chooses the mode by itself.
      await page.getByRole('button', { name: 'Import a file…' }).click();
      await wizard.see('[role="status"].notice-ok', 'Imported from');
      await wizard.next();
      await wizard.waitForStep('prerequisites');
      await wizard.tickPrerequisites();
      await page.locator('#server-build').fill('9364');
      await wizard.next();
      await wizard.waitForStep('package');
      await wizard.confirmPackage();
      await wizard.next();
      await wizard.waitForStep('account');

      // The imported file's unusual product context is in the fold: the fold is open and says so.
      expect(await fold.getAttribute('open')).not.toBeNull();
      expect(await wizard.warningsOf('account-productContext')).toContain('usually dma_campaign_classic');
      await wizard.see('#account-defaults summary', '(2 changed)');
      await wizard.see('.field:has(#account-productContext) .reset', 'Default: dma_campaign_classic');
      await wizard.screenshot('en-light', '5-account-defaults-open');
      await page.getByRole('button', { name: 'Reset Product context to the default' }).click();
      await page.getByRole('button', { name: 'Reset Label to the default' }).click();
      expect(await page.locator('#account-productContext').inputValue()).toBe('dma_campaign_classic');
      expect(await page.locator('#account-label').inputValue()).toBe('Adobe Experience Cloud');
      expect(await wizard.warningsOf('account-productContext')).toBe('');
      expect(await page.locator('.reset').count()).toBe(0);
      expect(await page.locator('#account-defaults summary').innerText()).not.toContain('changed');

      // An error typed in the fold, the fold closed: the summary counts it, and a refused Next opens the fold.
      await page.locator('#account-imsServer').fill('https://ims-na1-stg1.adobelogin.com');
      expect(await wizard.errorsOf('account-imsServer')).toContain('is a stage IMS');
      await page.locator('#account-defaults summary').click();
      expect(await fold.getAttribute('open')).toBeNull();
      await wizard.see('#account-defaults summary', '(1 error inside)');
      await wizard.tryNext();
      await wizard.waitForStep('account');
      expect(await fold.getAttribute('open')).not.toBeNull();
      expect(await page.locator('#account-imsServer-errors').isVisible()).toBe(true);
      await page.getByRole('button', { name: 'Reset IMS server to the default' }).click();
      expect(await page.locator('#account-imsServer').inputValue()).toBe('https://ims-na1.adobelogin.com');
      expect(await wizard.errorsOf('account-imsServer')).toBe('');
      expect(await page.locator('#next').getAttribute('aria-disabled')).not.toBe('true');
      expect(errors).toEqual([]);
    } catch (e) {
      await wizard.screenshot('failures', 'first-steps-import').catch(() => undefined);
      throw e;
    } finally {
      await context.close();
    }
  }, 180_000);
});
