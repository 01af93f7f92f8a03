import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { generateDirectory } from './campaign-sim/operators';
import { start, type Simulator } from './campaign-sim/server';
import { seriousViolations } from './e2e/axe';
import { useAppUnderTest } from './e2e/app-under-test';
import { GOOD_ACCOUNT } from './e2e/driver';

/**
 * The "Sign-in readiness" step in real Chromium, through the real handlers and Adobe's SDK against the
 * simulator (thousands of operators): profile names, Control Panel warnings, the virtualised operators
 * table with filter and search, the users file through the save dialog; offline, pasted group names.
 */
const app = useAppUnderTest();
let sim: Simulator | undefined;

afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const PASSWORD = 'correct horse battery';

describe('sign-in readiness step', () => {
  it('online: reads 3,000 operators, shows profiles and problems, keeps the table small in the DOM, saves the users file', async () => {
    const directory = generateDirectory({ operators: 3000, groups: 60 });
    sim = await start({ scenario: { directory } });
    const { bridge, page, errors, wizard } = await app.open({ locale: 'en-US' });
    try {
      await page.goto(app.url);
      await wizard.waitForStep('start');
      await wizard.onlineThroughPush(
        sim.url,
        { user: 'admin', password: PASSWORD },
        `e2e-ready-${Date.now().toString(36)}`,
        `secret-${Date.now()}`,
      );

      // Keyboard only: Tab to the button and press Enter.
      await wizard.tabTo('#readiness-read');
      await page.keyboard.press('Enter');
      // Reading 3,000 operators through the SDK takes a while on a loaded machine.
      await page.locator('#summary-title, main [role="alert"]').first().waitFor({ timeout: 120_000 });
      expect(await page.locator('main [role="alert"]').count()).toBe(0);
      await wizard.see('[role="status"] .notice-title', 'Not ready');
      await wizard.see('table.groups tbody tr:first-child td .mono', 'Campaign - acme - admin');
      await wizard.see('.notice-warning .notice-title', '1 profile grants Control Panel access');

      // Thousands of operators, a few dozen rows in the DOM.
      await page.locator('#ops-filter').selectOption('all');
      await wizard.see('.count', '3000 of 3000 operators shown');
      expect(await page.locator('[role="rowgroup"] [role="row"]').count()).toBeLessThan(40);
      await page.locator('[role="rowgroup"]').evaluate((el) => {
        el.scrollTop = 2000 * 44;
        el.dispatchEvent(new Event('scroll'));
      });
      await expect.poll(() => page.locator('[role="rowgroup"] [role="row"]').first().getAttribute('aria-rowindex')).not.toBe('2');

      const missing = directory.operators.filter((o) => o.type === 0 && o.email === '').length;
      await page.locator('#ops-filter').selectOption('email-missing');
      await wizard.see('.count', `${missing} of 3000 operators shown`);
      const someone = directory.operators.find((o) => o.type === 0 && o.email !== '')!;
      await page.locator('#ops-filter').selectOption('all');
      await page.locator('#ops-search').fill(someone.email.toUpperCase());
      await wizard.see('[role="rowgroup"] [role="row"] .mono', someone.name);

      expect(await seriousViolations(page)).toEqual([]);
      await wizard.screenshot('en-light', '9-readiness-online');

      const file = join(mkdtempSync(join(tmpdir(), 'ready-e2e-')), 'users.csv');
      bridge.dialogs.saves.push(file);
      await page.locator('#csv-separator').selectOption(';');
      await page.locator('#csv-save').click();
      await wizard.see('[role="status"].notice-ok .path', file);
      const text = readFileSync(file, 'utf8');
      expect(text.startsWith('Identity Type;Username;Domain;Email;')).toBe(true);
      expect(text).toContain(';"Campaign - acme - ');
      expect(bridge.dialogs.asked.at(-1)).toMatchObject({ kind: 'save', title: 'Save the Admin Console users file' });

      // The IMS answer on the client id and secret is offered here too (DESIGN: the readiness step).
      expect(await page.locator('#ims-check-button').count()).toBe(1);
      await wizard.see('main pre', '<allowOperator name="campaign-loginmonitor"/>');
      await wizard.see('main', 'Connect with an Adobe ID');
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  }, 240_000);

  it('a wrong password, then a cancel, on the readiness step: one clear message each, no partial table', async () => {
    sim = await start({ scenario: { directory: generateDirectory({ operators: 50, groups: 5 }) } });
    const { page, wizard } = await app.open({ locale: 'en-US' });
    try {
      await page.goto(app.url);
      await wizard.waitForStep('start');
      await wizard.onlineThroughPush(
        sim.url,
        { user: 'admin', password: PASSWORD },
        `e2e-ready-bad-${Date.now().toString(36)}`,
        `secret-${Date.now()}`,
      );
      sim.scenario.users[0]!.password = 'changed meanwhile';
      await page.locator('#readiness-read').click();
      await wizard.see('[role="alert"]', 'refused the logon');
      expect(await page.locator('table.groups').count()).toBe(0);

      // Cancel during a slow read: said once, nothing shown, the session still logged off.
      sim.scenario.users[0]!.password = PASSWORD;
      sim.scenario.slowMethods = { ExecuteQuery: 4000 };
      // The push's session stays open for the next push (the desktop keeps it); the read's own must close.
      const kept = sim.openSessions();
      await page.locator('#readiness-read').click();
      await page.locator('main .progress button').click();
      await wizard.see('main [role="alert"]', 'Reading the operators was cancelled.');
      expect(await page.locator('table.groups').count()).toBe(0);
      await expect.poll(() => sim!.openSessions(), { timeout: 15_000 }).toBe(kept);
    } finally {
      await page.context().close();
    }
  }, 240_000);

  it('offline: pasted group names give the profile names and the Control Panel warning; nothing is sent', async () => {
    const { bridge, page, errors, wizard } = await app.open({ locale: 'en-US' });
    try {
      await page.goto(app.url);
      await wizard.waitForStep('start');
      await wizard.start('offline', `e2e-ready-off-${Date.now().toString(36)}`);
      await wizard.tickPrerequisites();
      await wizard.offlineBuilds('9364', '9364');
      await wizard.next();
      await wizard.waitForStep('package');
      await wizard.confirmPackage();
      await wizard.next();
      await wizard.waitForStep('account');
      await wizard.fillAccount(GOOD_ACCOUNT);
      await wizard.next();
      await wizard.waitForStep('review');
      await wizard.next();
      await wizard.waitForStep('output');
      const file = join(mkdtempSync(join(tmpdir(), 'ready-off-')), 'prod.acc-ims.json');
      bridge.dialogs.saves.push(file);
      await page.locator('input[name="format"][value="json"]').check();
      await page.locator('#export').click();
      await wizard.see('[role="status"].notice-ok .path', file);
      await wizard.next();
      await wizard.waitForStep('readiness');

      expect(await page.locator('#readiness-read').count()).toBe(0);
      await page.locator('#group-names').fill('admin\ndelivery, workflowSupervisor\n\ndelivery');
      await wizard.see('table.groups tbody tr:nth-child(2) .mono', 'Campaign - acme - delivery');
      expect(await page.locator('table.groups tbody tr').count()).toBe(3);
      await wizard.see('.notice-warning .notice-title', '1 profile grants Control Panel access');
      await wizard.see('table.groups .msg-warning', 'Campaign - acme - admin');
      // Both languages, both themes: screenshots for review and no serious axe finding.
      expect(await wizard.tour('8-readiness-offline')).toEqual([]);
      await wizard.see('table.groups tbody tr:nth-child(2) .mono', 'Campaign - acme - delivery');
      await wizard.next();
      await wizard.waitForStep('done');
      expect(errors).toEqual([]);
    } finally {
      await page.context().close();
    }
  }, 240_000);
});
