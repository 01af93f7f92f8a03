import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AccountFormField } from '../electron/common/wizard/form';
import { GOOD_ACCOUNT } from './e2e/driver';
import { useAppUnderTest } from './e2e/app-under-test';

/**
 * Bad input on every field, in real Chromium: each gets its own message under the field, as the admin
 * types, saying what is wrong and how to fix it; Next stays blocked and says why.
 */
const app = useAppUnderTest();

/** One bad value per account field, and the words the admin must see under it. */
const BAD_ACCOUNT: [AccountFormField, string, 'errors' | 'warnings', string][] = [
  ['label', ' Adobe', 'errors', 'has a space at the start'],
  ['internalName', '1_account', 'errors', 'is not valid in Campaign'],
  ['imsServer', 'https://ims-na1-stg1.adobelogin.com', 'errors', 'is a stage IMS'],
  ['imsScope', 'openid, AdobeID', 'errors', 'without spaces'],
  ['clientId', 'Campaign 1', 'errors', 'has a space in it'],
  ['callbackServer', 'http://campaign.example.com', 'errors', 'must use https'],
  ['imsOrgId', '0123456789ABCDEF@AdobeOrg', 'errors', 'must have exactly 24 letters or digits'],
  ['associationMask', 'Campaign - acme - .*', 'errors', 'has no capture group'],
  ['productContext', 'dma_other', 'warnings', 'usually dma_campaign_classic'],
  ['server', 'marketing.adobe.com', 'errors', 'is not a URL'],
  ['tenant', 'acme corp', 'errors', 'has no spaces'],
];

describe('bad input', () => {
  it('every step blocks Next with a reason, and every field shows the right message as it is typed', async () => {
    const { bridge, context, page, errors, wizard } = await app.open({ locale: 'en-US' });
    const garbage = join(mkdtempSync(join(tmpdir(), 'acc-ims-e2e-in-')), 'notes.json');
    writeFileSync(garbage, 'this is not a config');
    bridge.dialogs.opens.push(garbage);
    const announced = () => page.locator('[aria-live="assertive"]').innerText();
    try {
      await page.goto(app.url);
      await wizard.waitForStep('start');

      // Start: nothing chosen, then a name that cannot name a file; a file that is not a config.
      expect(await page.locator('#next').getAttribute('aria-disabled')).toBe('true');
      await wizard.tryNext();
      await page.waitForFunction(() => document.querySelector('[aria-live="assertive"]')?.textContent?.includes('choose whether'));
      await page.getByRole('button', { name: 'Import a file…' }).click();
      await wizard.see('[role="alert"].notice-error', 'is not a hand-over file');
      await page.locator('input[name="mode"][value="offline"]').check();
      await page.locator('#profile-name').fill('my prod!');
      expect(await wizard.errorsOf('profile-name')).toContain('Use 1 to 64 letters, digits, dots, dashes or underscores');
      expect(await page.locator('#profile-name').getAttribute('aria-invalid')).toBe('true');
      await wizard.tryNext();
      await wizard.waitForStep('start');
      await page.locator('#profile-name').fill(`e2e-in-${Date.now().toString(36)}`);
      await wizard.next();

      // Prerequisites: one unticked item keeps Next blocked.
      for (const item of ['org', 'users', 'groups']) await page.locator(`#prereq-${item}`).check();
      await wizard.tryNext();
      await wizard.waitForStep('prerequisites');
      expect(await announced()).toContain('make sure every prerequisite is in place');
      await page.locator('#prereq-console').check();
      await wizard.next();

      // Instance (offline): a build that is not a number; builds too far apart; an unknown console build.
      await page.locator('#server-build').fill('93a4');
      expect(await wizard.errorsOf('server-build')).toContain('A build is a whole number of up to 5 digits');
      await page.locator('#server-build').fill('9364');
      await page.locator('#console-build').fill('9999');
      await wizard.see('.notice-error[role="status"]', 'makes the client console upgrade mandatory');
      expect(await wizard.warningsOf('console-build')).toContain('not in the table of known Campaign releases');
      await page.locator('#console-build').fill('9364');
      await page.locator('#instance-url').fill('ftp://campaign');
      expect(await wizard.errorsOf('instance-url')).toContain('is not an http(s) URL');
      await page.locator('#instance-url').fill('https://campaign.example.com');
      await wizard.next();
      await wizard.waitForStep('package');
      await wizard.tryNext();
      expect(await announced()).toContain('install the package and tick the confirmation');
      await wizard.confirmPackage();
      await wizard.next();
      await wizard.waitForStep('account');

      // Account: Next on an empty form shows every required field's error at once.
      await wizard.tryNext();
      for (const field of ['imsOrgId', 'tenant', 'associationMask'])
        expect(await wizard.errorsOf(`account-${field}`)).toContain('is required');
      expect(await announced()).toContain('fix the fields marked with an error');
      await wizard.screenshot('en-light', '5-account-required');
      await wizard.fillAccount(GOOD_ACCOUNT);
      // Adobe's defaults are folded: the admin opens them to change one.
      await wizard.openAccountDefaults();
      for (const [field, value, kind, words] of BAD_ACCOUNT) {
        const good = await page.locator(`#account-${field}`).inputValue();
        await page.locator(`#account-${field}`).fill(value);
        const shown = kind === 'errors' ? await wizard.errorsOf(`account-${field}`) : await wizard.warningsOf(`account-${field}`);
        expect(shown, `${field} = "${value}"`).toContain(words);
        if (kind === 'errors') expect(await page.locator('#next').getAttribute('aria-disabled')).toBe('true');
        await page.locator(`#account-${field}`).fill(good);
        expect(await wizard.errorsOf(`account-${field}`)).toBe('');
      }
      // The mask tester explains a near miss.
      await page.locator('.tester summary').click();
      await page.locator('#mask-samples').fill('Campaign -  acme - admin');
      await wizard.see('.tester .msg-error', 'The spaces differ');
      // A secret cannot be stored empty.
      expect(await page.getByRole('button', { name: 'Store in the keychain' }).isDisabled()).toBe(true);
      await wizard.screenshot('en-light', '5-account-mask-tester');
      await wizard.next();
      await wizard.waitForStep('review');
      await wizard.next();
      await wizard.waitForStep('output');

      // Output: a bundle with the secret needs a long, confirmed passphrase; nothing stored yet → option off.
      expect(await page.locator('#include-secret').isDisabled()).toBe(true);
      await page.locator('input[name="format"][value="json"]').check();
      await page.getByRole('button', { name: 'Export…' }).click();
      // The save dialog was cancelled (nothing queued): nothing written, still blocked. The click returns
      // before the dialog request crosses the bridge: wait for it rather than read the list at once.
      await expect
        .poll(() => bridge.dialogs.asked.at(-1))
        .toMatchObject({ kind: 'save', defaultName: expect.stringMatching(/\.acc-ims\.json$/) });
      expect(await page.locator('#next').getAttribute('aria-disabled')).toBe('true');
      await wizard.tryNext();
      expect(await announced()).toContain('export the configuration to a file');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);
});
