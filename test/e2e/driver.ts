import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import type { AccountFormField } from '../../electron/common/wizard/form';
import type { WizardStepId } from '../../electron/common/wizard/step-ids';
import { seriousViolations, type AxeViolation } from './axe';

/** Where the screenshots for review go (gitignored). */
export const SCREENSHOT_DIR = resolve(__dirname, '../../test-results/screenshots');

/** A complete, valid account as an admin would type it. */
export const GOOD_ACCOUNT: Partial<Record<AccountFormField, string>> = {
  clientId: 'Campaign1',
  callbackServer: 'https://campaign.example.com',
  imsOrgId: '0123456789ABCDEF01234567@AdobeOrg',
  associationMask: 'Campaign - acme - (.*)',
  tenant: 'acme',
};

/**
 * Drives the wizard by element ids, which do not change with the language, so one driver serves the
 * English and the Traditional Chinese journeys. Clicks and typing go through real input events.
 */
export class Wizard {
  /** `dataDir`: the bridge's app-data folder, to see the preference switches reach settings.json. */
  constructor(
    readonly page: Page,
    readonly dataDir?: string,
  ) {}

  heading() {
    return this.page.locator('main h1');
  }

  async waitForStep(step: WizardStepId): Promise<void> {
    await this.page.locator(`main h1[data-step="${step}"]`).waitFor();
  }

  /** Waits until an element matching `selector` shows `text` (fails after a few seconds otherwise). */
  async see(selector: string, text: string | RegExp, timeout = 10_000): Promise<void> {
    await this.page.locator(selector, { hasText: text }).first().waitFor({ timeout });
  }

  /** The outcome of a call to the instance: it may take far longer on a loaded machine than a page update. */
  async seeResult(selector: string, text: string | RegExp): Promise<void> {
    await this.see(selector, text, 90_000);
  }

  async next(): Promise<void> {
    await this.page.locator('#next').click();
  }

  /** Keyboard only: presses Tab until the element matching `selector` has focus (fails if it never does). */
  async tabTo(selector: string, max = 80): Promise<void> {
    for (let i = 0; i < max; i++) {
      if (await this.page.evaluate((sel) => document.activeElement?.matches(sel) ?? false, selector)) return;
      await this.page.keyboard.press('Tab');
    }
    throw new Error(`${selector} was not reached with ${max} presses of Tab`);
  }

  /** Presses Next even while it is marked aria-disabled, as a user can, to see why it is blocked. */
  async tryNext(): Promise<void> {
    await this.page.locator('#next').click({ force: true });
  }

  async start(mode: 'online' | 'offline', profile: string): Promise<void> {
    await this.page.locator(`input[name="mode"][value="${mode}"]`).check();
    await this.page.locator('#profile-name').fill(profile);
    await this.next();
    await this.waitForStep('prerequisites');
  }

  async tickPrerequisites(): Promise<void> {
    for (const item of ['org', 'users', 'groups', 'console']) await this.page.locator(`#prereq-${item}`).check();
    await this.next();
    await this.waitForStep('instance');
  }

  /** From Start, offline with matching builds and the package confirmed by hand, to the Account step. */
  async offlineToAccount(profile: string): Promise<void> {
    await this.start('offline', profile);
    await this.tickPrerequisites();
    await this.offlineBuilds('9364', '9364');
    await this.next();
    await this.waitForStep('package');
    await this.confirmPackage();
    await this.next();
    await this.waitForStep('account');
  }

  /**
   * From Start, online against `url`: the instance check, a good account with `secret` stored, the
   * compare, a verified push, then Next to Sign-in readiness.
   */
  async onlineThroughPush(url: string, login: { user: string; password: string }, profile: string, secret: string): Promise<void> {
    await this.start('online', profile);
    await this.tickPrerequisites();
    await this.page.locator('#instance-url').fill(url);
    await this.page.locator('#instance-user').fill(login.user);
    await this.page.locator('#instance-password').fill(login.password);
    await this.page.locator('#console-build').fill('9364');
    await this.page.locator('#check-instance').click();
    await this.seeResult('[role="status"].notice-ok', 'The instance is ready for the next steps.');
    await this.next();
    await this.waitForStep('package');
    await this.next();
    await this.waitForStep('account');
    await this.fillAccount(GOOD_ACCOUNT);
    await this.storeSecret(secret);
    await this.next();
    await this.waitForStep('review');
    await this.page.getByRole('button', { name: 'Compare with the instance' }).click();
    await this.page.locator('table.diff').waitFor();
    await this.next();
    await this.waitForStep('output');
    await this.page.locator('#push').click();
    await this.seeResult('[role="status"].notice-ok .notice-title', 'Pushed and verified');
    await this.next();
    await this.waitForStep('readiness');
  }

  async offlineBuilds(server: string, consoleBuild: string): Promise<void> {
    await this.page.locator('#server-build').fill(server);
    await this.page.locator('#console-build').fill(consoleBuild);
  }

  async confirmPackage(): Promise<void> {
    await this.page.locator('#package-confirmed').check();
  }

  /** Types into account fields; a field folded under "Defaults" is reached by opening the fold first, as an admin would. */
  async fillAccount(values: Partial<Record<AccountFormField, string>>): Promise<void> {
    for (const [field, value] of Object.entries(values)) {
      const input = this.page.locator(`#account-${field}`);
      if (!(await input.isVisible())) await this.openAccountDefaults();
      await input.fill(value);
    }
  }

  async openAccountDefaults(): Promise<void> {
    const fold = this.page.locator('details#account-defaults');
    if ((await fold.getAttribute('open')) === null) await fold.locator('summary').click();
    await this.page.waitForFunction(() => document.querySelector('details#account-defaults')?.hasAttribute('open'));
  }

  async storeSecret(value: string): Promise<void> {
    await this.page.locator('#client-secret').fill(value);
    await this.page.locator('#client-secret').press('Enter');
    await this.page.locator('#secret-status.badge-ok').waitFor();
  }

  /** The inline errors shown under a field, as text. */
  async errorsOf(id: string): Promise<string> {
    const box = this.page.locator(`#${id}-errors`);
    return (await box.count()) ? box.innerText() : '';
  }

  async warningsOf(id: string): Promise<string> {
    const box = this.page.locator(`#${id}-warnings`);
    return (await box.count()) ? box.innerText() : '';
  }

  async setPrefs(language: 'en' | 'zh-Hant' | 'system', theme: 'light' | 'dark' | 'system'): Promise<void> {
    await this.page.locator('#pref-language').selectOption(language);
    await this.page.locator('#pref-theme').selectOption(theme);
    await this.page.waitForFunction(
      ([l, th]) => document.documentElement.dataset.theme === th && (l === 'system' || document.documentElement.lang === l),
      [language, theme] as const,
    );
    if (!this.dataDir) return;
    const file = join(this.dataDir, 'settings.json');
    for (let i = 0; i < 100; i++) {
      const alert = this.page.locator('[role="alert"].notice-error');
      if (await alert.count()) throw new Error(`Changing the preferences failed: ${await alert.first().innerText()}`);
      const saved = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { language: string; theme: string }) : null;
      if (saved?.language === language && saved.theme === theme) return;
      await this.page.waitForTimeout(50);
    }
    throw new Error(`settings.json never held language ${language} and theme ${theme}`);
  }

  async screenshot(folder: string, name: string): Promise<void> {
    const dir = join(SCREENSHOT_DIR, folder);
    mkdirSync(dir, { recursive: true });
    await this.page.screenshot({ path: join(dir, `${name}.png`) });
    // The whole step too, for review: the window grown to the height of the scrolled content.
    const size = this.page.viewportSize()!;
    const height = await this.page.evaluate(() => {
      const main = document.querySelector('main')!;
      return window.innerHeight - main.clientHeight + main.scrollHeight;
    });
    if (height > size.height) {
      await this.page.setViewportSize({ width: size.width, height });
      await this.page.screenshot({ path: join(dir, `${name}-full.png`) });
      await this.page.setViewportSize(size);
    }
  }

  /** Screenshots and an accessibility audit of the current step in both languages and both themes. */
  async tour(name: string): Promise<{ combo: string; violations: AxeViolation[] }[]> {
    const findings: { combo: string; violations: AxeViolation[] }[] = [];
    for (const language of ['en', 'zh-Hant'] as const) {
      for (const theme of ['light', 'dark'] as const) {
        await this.setPrefs(language, theme);
        const combo = `${language}-${theme}`;
        await this.screenshot(combo, name);
        const violations = await seriousViolations(this.page);
        if (violations.length) findings.push({ combo, violations });
      }
    }
    await this.setPrefs('en', 'light');
    return findings;
  }
}
