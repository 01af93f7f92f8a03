import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readHandover } from '../electron/node/handover/import';
import { deleteSecret, getSecret } from '../electron/node/keychain/keychain';
import { createBridge } from './e2e/bridge';
import { collectPageErrors, newContext } from './e2e/browser';
import { GOOD_ACCOUNT, Wizard } from './e2e/driver';
import { filesContaining, makeCanary } from './helpers/canary';
import { useAppUnderTest } from './e2e/app-under-test';

/** Resume after reopening, the whole flow in Traditional Chinese, and the whole flow by keyboard alone. */
const app = useAppUnderTest();

const unique = (label: string) => `e2e-${label}-${Date.now().toString(36)}`;

/** Waits until autosave has written `text` into draft.json (main writes it atomically). */
async function draftHolds(dataDir: string, text: string): Promise<string> {
  for (let i = 0; i < 100; i++) {
    try {
      const draft = readFileSync(join(dataDir, 'draft.json'), 'utf8');
      if (draft.includes(text)) return draft;
    } catch {
      // not written yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`draft.json never held "${text}"`);
}

describe('resume after reopen', () => {
  it('brings the draft back on the same step with every value, the secret as stored, and no password', async () => {
    const profile = unique('resume');
    const canary = makeCanary('client-secret');
    const first = await createBridge({ locale: 'en-US' });
    let context = await newContext(app.browser);
    await first.attach(context);
    let page = await context.newPage();
    let wizard = new Wizard(page);
    try {
      await page.goto(app.url);
      await wizard.start('offline', profile);
      await wizard.tickPrerequisites();
      await wizard.offlineBuilds('9383', '9383');
      await wizard.next();
      await wizard.confirmPackage();
      await wizard.next();
      await wizard.waitForStep('account');
      await wizard.fillAccount({ ...GOOD_ACCOUNT, tenant: 'acme-resume' });
      await wizard.storeSecret(canary);
      await page.locator('.tester summary').click();
      await page.locator('#mask-samples').fill('Campaign - acme - admin');
      const draft = await draftHolds(first.dataDir, 'Campaign - acme - admin');
      expect(draft).toContain('acme-resume');
      expect(draft).not.toContain(canary);
      await context.close();

      // The app is reopened on the same app-data folder: a new page, a new main process.
      const reopened = await createBridge({ locale: 'en-US', dataDir: first.dataDir });
      context = await newContext(app.browser);
      await reopened.attach(context);
      page = await context.newPage();
      wizard = new Wizard(page);
      const errors = collectPageErrors(page);
      await page.goto(app.url);
      await wizard.waitForStep('account');
      expect(await page.locator('#account-tenant').inputValue()).toBe('acme-resume');
      expect(await page.locator('#account-imsOrgId').inputValue()).toBe(GOOD_ACCOUNT.imsOrgId);
      await wizard.see('#secret-status.badge-ok', 'Stored in the OS keychain');
      await page.locator('.tester summary').click();
      expect(await page.locator('#mask-samples').inputValue()).toBe('Campaign - acme - admin');
      await wizard.screenshot('en-light', 'resume-account');
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      await wizard.waitForStep('package');
      expect(await page.locator('#package-confirmed').isChecked()).toBe(true);
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      await wizard.waitForStep('instance');
      expect(await page.locator('#server-build').inputValue()).toBe('9383');
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      await wizard.waitForStep('prerequisites');
      expect(await page.locator('#prereq-groups').isChecked()).toBe(true);
      expect(filesContaining(first.dataDir, canary)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await deleteSecret(`acc-ims-wizard/${profile}`);
    }
  }, 120_000);

  it('never keeps the operator password: after a reload it is asked for again and the check must run again', async () => {
    const password = makeCanary('operator-password');
    const { bridge, context, page, wizard } = await app.open({ locale: 'en-US' });
    try {
      await page.goto(app.url);
      await wizard.start('online', unique('pw'));
      await wizard.tickPrerequisites();
      await page.locator('#instance-url').fill('https://campaign.example.com');
      await page.locator('#instance-user').fill('admin');
      await page.locator('#instance-password').fill(password);
      await draftHolds(bridge.dataDir, '"user": "admin"');
      await page.reload();
      await wizard.waitForStep('instance');
      expect(await page.locator('#instance-user').inputValue()).toBe('admin');
      expect(await page.locator('#instance-password').inputValue()).toBe('');
      expect(await page.locator('#next').getAttribute('aria-disabled')).toBe('true');
      expect(await page.locator('#next-hint').innerText()).toBe('To continue, check the instance.');
      expect(filesContaining(bridge.dataDir, password)).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);
});

describe('profiles and hand-over import', () => {
  it('reopens a saved profile after starting over, and imports an encrypted bundle back (wrong passphrase refused)', async () => {
    const profile = unique('prof');
    const secretName = `acc-ims-wizard/${profile}`;
    const canary = makeCanary('client-secret');
    const passphrase = 'four random words here';
    const bundlePath = join(mkdtempSync(join(tmpdir(), 'acc-ims-e2e-prof-')), `${profile}.accims`);
    const { bridge, context, page, errors, wizard } = await app.open({ locale: 'en-US' });
    bridge.dialogs.saves.push(bundlePath);
    try {
      await page.goto(app.url);
      await wizard.start('offline', profile);
      await wizard.tickPrerequisites();
      await wizard.offlineBuilds('9383', '9383');
      await wizard.next();
      await wizard.confirmPackage();
      await wizard.next();
      await wizard.fillAccount({ ...GOOD_ACCOUNT, tenant: 'acme-profile' });
      await wizard.storeSecret(canary);
      await wizard.next();
      await wizard.waitForStep('review');
      await wizard.next();
      await page.locator('#include-secret').check();
      await page.locator('#passphrase').fill(passphrase);
      await page.locator('#passphrase-confirm').fill(passphrase);
      await page.locator('#export').click();
      await wizard.see('[role="status"].notice-ok .path', bundlePath);
      await wizard.next();
      await wizard.waitForStep('readiness');
      await wizard.next();
      await wizard.waitForStep('done');
      await page.getByRole('button', { name: 'Start a new configuration' }).click();
      await page.getByRole('button', { name: 'Delete the draft and start over' }).click();
      await wizard.waitForStep('start');
      expect(await page.locator('#profile-name').inputValue()).toBe('');

      // The saved profile brings the prepared configuration back.
      await page.getByRole('button', { name: `Open ${profile}` }).click();
      await page.waitForFunction((name) => (document.querySelector('#profile-name') as HTMLInputElement).value === name, profile);
      await wizard.next();
      await wizard.tickPrerequisites();
      await wizard.offlineBuilds('9383', '9383');
      await wizard.next();
      await wizard.confirmPackage();
      await wizard.next();
      await wizard.waitForStep('account');
      expect(await page.locator('#account-tenant').inputValue()).toBe('acme-profile');
      await wizard.see('#secret-status.badge-ok', 'Stored in the OS keychain');

      // On another machine the keychain is empty: the bundle brings the secret, under its passphrase.
      await deleteSecret(secretName);
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      await page.getByRole('button', { name: 'Back', exact: true }).click();
      await wizard.waitForStep('start');
      bridge.dialogs.opens.push(bundlePath);
      await page.getByRole('button', { name: 'Import a file…' }).click();
      await page.locator('#import-passphrase').fill('not the passphrase');
      await page.getByRole('button', { name: 'Open the bundle' }).click();
      await wizard.see('[role="alert"].notice-error', 'passphrase');
      expect(await getSecret(secretName)).toBeNull();
      await page.locator('#import-passphrase').fill(passphrase);
      await page.getByRole('button', { name: 'Open the bundle' }).click();
      await wizard.see('.notice-ok', 'The client secret it carried is now in the OS keychain');
      expect(await getSecret(secretName)).toBe(canary);
      expect(filesContaining(bridge.dataDir, canary)).toEqual([]);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await deleteSecret(secretName);
    }
  }, 120_000);
});

describe('the whole flow in Traditional Chinese', () => {
  it('follows a zh-TW system language and a dark OS theme, and reaches an exported package, every label and message in zh-Hant', async () => {
    const { bridge, context, page, errors, wizard } = await app.open({ locale: 'zh-TW' }, 'dark');
    const packagePath = join(mkdtempSync(join(tmpdir(), 'acc-ims-e2e-zh-')), 'prod.package.xml');
    bridge.dialogs.saves.push(packagePath);
    try {
      await page.goto(app.url);
      await wizard.waitForStep('start');
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hant');
      // Settings say "system" for both: the OS's dark scheme applies the dark tokens.
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(22, 24, 28)');
      expect(await wizard.heading().innerText()).toMatch(/第 1 步，共 9 步\s+開始/);
      expect(await page.title()).toBe('第 1 步，共 9 步: 開始 · ACC IMS 設定精靈');
      await wizard.tryNext();
      await page.waitForFunction(() =>
        document.querySelector('[aria-live="assertive"]')?.textContent?.includes('若要繼續，請選擇連線至執行個體或離線作業。'),
      );
      await wizard.start('offline', unique('zh'));
      await wizard.see('.notice-warning', 'Adobe IMS 實作嚴格保留給 Adobe 技術管理員');
      await wizard.tickPrerequisites();
      await wizard.offlineBuilds('9364', '9364');
      await wizard.see('[role="status"].notice-ok', '主控台與伺服器組建相符');
      await wizard.next();
      await wizard.see('h2', '手動安裝套件');
      await wizard.confirmPackage();
      await wizard.next();
      await wizard.waitForStep('account');
      expect(await wizard.heading().innerText()).toMatch(/第 5 步，共 9 步\s+外部帳戶/);
      await wizard.see('label[for="account-associationMask"]', '關聯遮罩（Association mask）');
      await wizard.see('#account-defaults summary', '預設值：除非 Adobe 要求，否則請勿變更');
      await wizard.openAccountDefaults();
      await wizard.see('label[for="account-productContext"]', '產品內容（Product context）');
      await wizard.fillAccount(GOOD_ACCOUNT);
      await page.locator('#account-imsOrgId').fill('0123456789ABCDEF@AdobeOrg');
      expect(await wizard.errorsOf('account-imsOrgId')).toContain('必須正好是 24 個英文字母或數字');
      await page.locator('#account-imsOrgId').fill(GOOD_ACCOUNT.imsOrgId!);
      await wizard.see('#secret-status', '尚未儲存');
      await wizard.next();
      await wizard.waitForStep('review');
      await wizard.see('dt', '租用戶（Tenant）');
      await wizard.next();
      await wizard.waitForStep('output');
      await page.locator('input[name="format"][value="package"]').check();
      await page.getByRole('button', { name: '匯出…' }).click();
      await wizard.see('[role="status"].notice-ok .notice-title', '已匯出');
      await wizard.next();
      await wizard.waitForStep('readiness');
      await wizard.next();
      await wizard.waitForStep('done');
      await wizard.see('main h3', '重新啟動 Campaign 伺服器');
      await wizard.see('#restart-command', 'nlserver restart web');
      const xml = readFileSync(packagePath, 'utf8');
      expect(xml).toContain('imsRightsMask="Campaign - acme - (.*)"');
      expect((await readHandover(new Uint8Array(readFileSync(packagePath)))).config.account.tenant).toBe('acme');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});

describe('keyboard only', () => {
  it('goes from nothing to an exported json file with Tab, arrows, Space, typing and Enter', async () => {
    const { bridge, context, page, errors, wizard } = await app.open({ locale: 'en-US' });
    const jsonPath = join(mkdtempSync(join(tmpdir(), 'acc-ims-e2e-kb-')), 'kb.acc-ims.json');
    bridge.dialogs.saves.push(jsonPath);
    const keys = page.keyboard;
    const focusIsHeading = () => page.evaluate(() => document.activeElement?.tagName === 'H1');
    const pressNext = async () => {
      await wizard.tabTo('#next');
      await keys.press('Enter');
    };
    try {
      await page.goto(app.url);
      await wizard.waitForStep('start');
      await wizard.tabTo('input[name="mode"]');
      await keys.press('ArrowDown'); // from "Connect" to "Prepare offline"
      expect(await page.locator('input[value="offline"]').isChecked()).toBe(true);
      await wizard.tabTo('#profile-name');
      await keys.type(unique('kb'));
      await pressNext();
      await wizard.waitForStep('prerequisites');
      expect(await focusIsHeading()).toBe(true);

      for (const item of ['org', 'users', 'groups', 'console']) {
        await wizard.tabTo(`#prereq-${item}`);
        await keys.press('Space');
      }
      await pressNext();
      await wizard.waitForStep('instance');
      await wizard.tabTo('#server-build');
      await keys.type('9364');
      await wizard.tabTo('#console-build');
      await keys.type('9364');
      await pressNext();
      await wizard.waitForStep('package');
      await wizard.tabTo('#package-confirmed');
      await keys.press('Space');
      await pressNext();
      await wizard.waitForStep('account');
      // Tab order: what only the admin knows first (the secret after the client id, as in the console), then
      // the folded defaults as one summary, not six inputs. Each field is typed as it is reached.
      const reached: string[] = [];
      await wizard.tabTo('#account-clientId');
      for (let i = 0; i < 40 && reached.at(-1) !== 'summary:account-defaults'; i++) {
        if (i > 0) await keys.press('Tab');
        const focused = await page.evaluate(() => {
          const el = document.activeElement!;
          if (el.id === 'next') return 'next';
          if (el.tagName === 'SUMMARY') return `summary:${el.parentElement!.id || el.parentElement!.className}`;
          return el.matches('input, textarea') ? el.id : '';
        });
        if (focused) reached.push(focused);
        if (focused === 'next') break;
        const value = GOOD_ACCOUNT[focused.replace('account-', '') as keyof typeof GOOD_ACCOUNT];
        if (value) await keys.type(value);
      }
      expect(reached).toEqual([
        'account-clientId',
        'client-secret',
        'account-callbackServer',
        'account-imsOrgId',
        'account-associationMask',
        expect.stringMatching(/^summary:tester/),
        'account-tenant',
        'summary:account-defaults',
      ]);
      // Enter on the summary opens the defaults; their fields are then next in the tab order.
      await keys.press('Enter');
      await keys.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('account-label');
      await pressNext();
      await wizard.waitForStep('review');
      // The step list is keyboard-reachable too: go back to Start and forward again with it.
      await wizard.tabTo('nav.steps button:not([disabled])');
      await keys.press('Enter');
      await wizard.waitForStep('start');
      await wizard.tabTo('nav.steps li:nth-child(6) button');
      await keys.press('Enter');
      await wizard.waitForStep('review');
      await pressNext();
      await wizard.waitForStep('output');
      await wizard.tabTo('input[name="format"]');
      await keys.press('ArrowDown');
      await keys.press('ArrowDown');
      expect(await page.locator('input[value="json"]').isChecked()).toBe(true);
      await wizard.tabTo('#export');
      await keys.press('Enter');
      await wizard.see('[role="status"].notice-ok .path', jsonPath);
      await pressNext();
      await wizard.waitForStep('readiness');
      await pressNext();
      await wizard.waitForStep('done');
      expect(JSON.parse(readFileSync(jsonPath, 'utf8')).account).toMatchObject(GOOD_ACCOUNT);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});
