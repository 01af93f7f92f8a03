import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deleteSecret } from '../electron/node/keychain/keychain';
import { useAppUnderTest } from './e2e/app-under-test';
import { GOOD_ACCOUNT, type Wizard } from './e2e/driver';
import { makeCanary } from './helpers/canary';

/**
 * The Done step in real Chromium, reached offline: the restart command and its Copy button (the real
 * clipboard), import steps for the format actually exported, the sign-in troubleshooting with links to
 * the steps that check each cause, and a "Start a new configuration" that says its cost before it acts.
 */
const app = useAppUnderTest();

async function offlineToOutput(wizard: Wizard, profile: string, secret: string): Promise<void> {
  await wizard.page.goto(app.url);
  await wizard.waitForStep('start');
  await wizard.offlineToAccount(profile);
  await wizard.fillAccount(GOOD_ACCOUNT);
  await wizard.storeSecret(secret);
  await wizard.next();
  await wizard.waitForStep('review');
  await wizard.next();
  await wizard.waitForStep('output');
}

/** On Output: exports in `format` to `path` (queued in the save dialog), then Next until Done. */
async function exportThenDone(wizard: Wizard, format: 'package' | 'json' | 'bundle', path: string): Promise<void> {
  await wizard.page.locator(`input[name="format"][value="${format}"]`).check();
  await wizard.page.locator('#export').click();
  await wizard.see('[role="status"].notice-ok .path', path);
  await wizard.next();
  await wizard.waitForStep('readiness');
  await wizard.next();
  await wizard.waitForStep('done');
}

/** The headings of the numbered list, in order. */
async function finishSteps(wizard: Wizard): Promise<string[]> {
  return wizard.page.locator('ol.steps > li > h3').allInnerTexts();
}

describe('the Done step, offline', () => {
  it('shows import, restart and sign-in test in order; Copy puts the restart command on the clipboard; import steps follow the exported format; Close closes', async () => {
    const profile = `e2e-done-${Date.now().toString(36)}`;
    const secretName = `acc-ims-wizard/${profile}`;
    const dir = mkdtempSync(join(tmpdir(), 'acc-ims-e2e-done-'));
    const { bridge, context, page, errors, wizard } = await app.open({ locale: 'en-US' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.url).origin });
    const files = {
      package: join(dir, `${profile}.package.xml`),
      json: join(dir, `${profile}.acc-ims.json`),
      bundle: join(dir, `${profile}.accims`),
    };
    bridge.dialogs.saves.push(files.package, files.json, files.bundle);
    try {
      await offlineToOutput(wizard, profile, makeCanary('client-secret'));
      await exportThenDone(wizard, 'package', files.package);

      expect(await finishSteps(wizard)).toEqual(['Import the file on the instance', 'Restart the Campaign server', 'Test a sign-in']);
      // Which file, and where.
      expect(await page.locator('#exported-file').innerText()).toBe(`${profile}.package.xml`);
      expect(await page.locator('#exported-folder').innerText()).toBe(dir);
      // A package is imported in the console, then the secret typed there; nothing about acc-ims.
      const packageSteps = await page.locator('#import-steps').innerText();
      expect(packageSteps).toContain('open Tools > Advanced > Import package and import this file');
      expect(packageSteps).toContain('type the IMS client secret and save');
      expect(packageSteps).not.toContain('acc-ims');

      // The restart command, and Copy puts exactly it on the clipboard, with a visible and an announced confirmation.
      expect(await page.locator('#restart-command').innerText()).toBe('nlserver restart web');
      await page.evaluate(() => navigator.clipboard.writeText('something else'));
      const copyRestart = page.locator('button[aria-describedby="restart-command"]');
      expect(await copyRestart.innerText()).toBe('Copy');
      await copyRestart.click();
      await expect.poll(() => copyRestart.innerText()).toBe('Copied');
      await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe('nlserver restart web');
      const live = page.locator('#restart-command').locator('xpath=ancestor::li[1]').locator('[aria-live="polite"]');
      expect(await live.count()).toBe(1);
      expect(await live.textContent()).toContain('Copied to the clipboard: nlserver restart web');

      // The sign-in test says what to do and what success looks like.
      const signIn = page.locator('ol.steps > li', { hasText: 'Test a sign-in' });
      expect(await signIn.innerText()).toContain('tick "Connect with an Adobe ID"');
      expect(await signIn.innerText()).toContain('whose e-mail in Campaign is the e-mail of that Adobe ID');
      expect(await signIn.innerText()).toContain('You know it works when:');

      // Adobe's three symptoms, each with the step that checks its cause, one click away.
      await wizard.see('#symptom-callback', 'You are sent to an adobe.com page instead of back to Campaign.');
      await wizard.see('#symptom-mask', 'Login does not have any right matching the expression');
      await wizard.see('#symptom-scope', 'The Adobe ID login page does not open.');
      expect(await page.locator('#symptom-mask button[data-goto]').allInnerTexts()).toEqual(['External account', 'Sign-in readiness']);
      await page.locator('#symptom-scope button[data-goto="account"]').click();
      await wizard.waitForStep('account');
      await page
        .getByRole('navigation', { name: 'Steps' })
        .getByRole('button', { name: /9\. Done/ })
        .click();
      await wizard.waitForStep('done');
      await page.locator('#symptom-mask button[data-goto="readiness"]').click();
      await wizard.waitForStep('readiness');
      await page
        .getByRole('navigation', { name: 'Steps' })
        .getByRole('button', { name: /9\. Done/ })
        .click();
      await wizard.waitForStep('done');

      expect(await wizard.tour('9-done-offline-ux')).toEqual([]);

      // A config file: pushed with acc-ims (its secret stored first), or opened in the wizard; no console import.
      await page
        .getByRole('navigation', { name: 'Steps' })
        .getByRole('button', { name: /7\. Output/ })
        .click();
      await wizard.waitForStep('output');
      await exportThenDone(wizard, 'json', files.json);
      expect(await page.locator('#exported-file').innerText()).toBe(`${profile}.acc-ims.json`);
      expect(await page.locator('#import-command').innerText()).toBe(`acc-ims push ${files.json} --user USER --password-env ACC_PASSWORD`);
      expect(await page.locator('#secret-command').innerText()).toBe(`acc-ims secret set ${secretName}`);
      const jsonSteps = await page.locator('#import-steps').innerText();
      expect(jsonSteps).toContain('on the Start step, use Import a file…, choose Connect to an instance');
      expect(jsonSteps).not.toContain('Tools > Advanced > Import package');

      // A bundle: opened in the wizard with its passphrase, or acc-ims import then push.
      await page
        .getByRole('navigation', { name: 'Steps' })
        .getByRole('button', { name: /7\. Output/ })
        .click();
      await wizard.waitForStep('output');
      await exportThenDone(wizard, 'bundle', files.bundle);
      expect(await page.locator('#exported-file').innerText()).toBe(`${profile}.accims`);
      expect(await page.locator('#import-command').innerText()).toBe(
        `acc-ims import ${files.bundle} --passphrase-env ACC_IMS_PASSPHRASE --out ${profile}.acc-ims.json`,
      );
      expect(await page.locator('#push-command').innerText()).toBe(
        `acc-ims push ${profile}.acc-ims.json --user USER --password-env ACC_PASSWORD`,
      );
      const bundleSteps = await page.locator('#import-steps').innerText();
      expect(bundleSteps).toContain('with the passphrase if it is encrypted');
      expect(bundleSteps).not.toContain('Tools > Advanced > Import package');
      expect(await finishSteps(wizard)).toEqual(['Import the file on the instance', 'Restart the Campaign server', 'Test a sign-in']);
      expect(errors).toEqual([]);

      // Close, the primary button, closes the window. Chromium lets a page close only a window a script
      // opened (Electron has no such rule), so the app is reopened that way: it resumes on Done from the draft.
      const [reopened] = await Promise.all([context.waitForEvent('page'), page.evaluate((url) => void window.open(url), app.url)]);
      await reopened.locator('main h1[data-step="done"]').waitFor();
      const closed = reopened.waitForEvent('close', { timeout: 10_000 });
      // The page may close while Playwright still finishes the click: only that error is expected.
      await reopened
        .getByRole('button', { name: 'Close', exact: true })
        .click()
        .catch((e: unknown) => {
          if (!reopened.isClosed()) throw e;
        });
      await closed;
      expect(page.isClosed()).toBe(false);
    } finally {
      await context.close();
      await deleteSecret(secretName);
    }
  }, 240_000);

  it('"Start a new configuration" says what it costs, Cancel keeps Done and the draft, confirming returns to Start', async () => {
    const profile = `e2e-new-${Date.now().toString(36)}`;
    const secretName = `acc-ims-wizard/${profile}`;
    const path = join(mkdtempSync(join(tmpdir(), 'acc-ims-e2e-new-')), `${profile}.package.xml`);
    const { bridge, context, page, errors, wizard } = await app.open({ locale: 'en-US' });
    bridge.dialogs.saves.push(path);
    const draftFile = join(bridge.dataDir, 'draft.json');
    try {
      await offlineToOutput(wizard, profile, makeCanary('client-secret'));
      await exportThenDone(wizard, 'package', path);
      await expect.poll(() => existsSync(draftFile) && readFileSync(draftFile, 'utf8').includes('"step": "done"')).toBe(true);

      // The secondary button only asks; the primary one is Close.
      const startOver = page.getByRole('button', { name: 'Start a new configuration' });
      expect(await startOver.getAttribute('class')).not.toContain('btn-primary');
      expect(await page.getByRole('button', { name: 'Close', exact: true }).getAttribute('class')).toContain('btn-primary');
      await startOver.click();
      const confirm = page.locator('#start-over-confirm');
      await confirm.waitFor();
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('start-over-title');
      const cost = await confirm.innerText();
      expect(cost).toContain('The draft is deleted and every step is emptied');
      expect(cost).toContain(`Kept: the instance profile ${profile} with the connection and the external account`);
      expect(cost).toContain('the client secret in the OS keychain');
      expect(await wizard.tour('9-done-start-over')).toEqual([]);

      // Cancel: still on Done, the draft untouched, focus back on the button.
      await confirm.getByRole('button', { name: 'Cancel' }).click();
      expect(await confirm.count()).toBe(0);
      await wizard.waitForStep('done');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('start-over');
      expect(readFileSync(draftFile, 'utf8')).toContain(`"profile": "${profile}"`);
      expect(await page.locator('#exported-file').innerText()).toBe(`${profile}.package.xml`);

      // Confirm: back to Start with empty fields, the draft gone, the profile there to reopen.
      await startOver.click();
      await page.getByRole('button', { name: 'Delete the draft and start over' }).click();
      await wizard.waitForStep('start');
      expect(await page.locator('#profile-name').inputValue()).toBe('');
      await expect.poll(() => !existsSync(draftFile) || !readFileSync(draftFile, 'utf8').includes(profile)).toBe(true);
      await page.getByRole('button', { name: `Open ${profile}` }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await deleteSecret(secretName);
    }
  }, 180_000);
});
