import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULTS } from '../electron/common/config/defaults';
import { deleteSecret, setSecret } from '../electron/node/keychain/keychain';
import { start, type Simulator } from './campaign-sim/server';
import { useAppUnderTest } from './e2e/app-under-test';
import { GOOD_ACCOUNT, type Wizard } from './e2e/driver';
import { ALLOWED_ENGLISH, englishSentences, readableText } from './e2e/english';
import { makeCanary } from './helpers/canary';

/**
 * Traditional Chinese end to end: only the active language's catalog is loaded, nothing shows before it,
 * and every step of an offline and an online journey (checks, diff, push, a failed push, a keychain
 * error) reads without an English sentence, through the real handlers and the Campaign simulator.
 */
const app = useAppUnderTest();
let sim: Simulator | undefined;

afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const unique = (label: string) => `e2e-${label}-${Date.now().toString(36)}`;
const HAN = /[\u4e00-\u9fff]/;

describe('the English detector', () => {
  it('finds an untranslated sentence and leaves names, menu paths, URLs and values alone', () => {
    expect(englishSentences('草稿未儲存：The draft was not saved.')).toEqual(['The draft was not saved']);
    expect(
      englishSentences('「Adobe Experience Cloud」外部帳戶需要 Adobe IMS；在用戶端主控台的 Tools > Advanced > Import package 匯入。'),
    ).toEqual([]);
    expect(englishSentences('請使用 https://campaign.example.com/nl/jsp/soaprouter.jsp 或 /tmp/a b c/prod.package.xml')).toEqual([]);
    expect(englishSentences('遮罩 Campaign - acme - (.*) 對應 Adobe_Marketing_Cloud、nms:amp、XSV-350008')).toEqual([]);
    expect(englishSentences('關聯遮罩（Association mask）')).toEqual([]);
    expect(englishSentences('Check the instance 檢查執行個體')).toEqual(['Check the instance']);
  });
});

/** Every step's readable text, checked; the findings are collected so one run lists them all. */
function englishFinder(page: Page, quoted: readonly string[] = []) {
  const findings: { where: string; sentences: string[] }[] = [];
  return {
    findings,
    async check(where: string) {
      const sentences = englishSentences(await readableText(page), [...ALLOWED_ENGLISH, ...quoted]);
      if (sentences.length) findings.push({ where, sentences });
    },
  };
}

/** Presses Next until `step`, checking the text of each step on the way. */
async function nextUntil(wizard: Wizard, step: string, check: (where: string) => Promise<void>) {
  for (let i = 0; i < 5; i++) {
    const now = await wizard.heading().getAttribute('data-step');
    if (now === step) return;
    await wizard.next();
    await wizard.page.waitForFunction((was) => document.querySelector('main h1')?.getAttribute('data-step') !== was, now);
    await check(`${await wizard.heading().getAttribute('data-step')}`);
  }
  throw new Error(`never reached the ${step} step`);
}

describe('catalogs', () => {
  /** The text of every JS file the page loads. */
  function scripts(page: Page): string[] {
    const loaded: string[] = [];
    page.on('response', (r) => {
      if (r.url().endsWith('.js'))
        r.text().then(
          (t) => loaded.push(t),
          () => undefined,
        );
    });
    return loaded;
  }

  it('loads only the zh-Hant catalog for a zh-TW system, and the English one only when the admin switches', async () => {
    const { context, page, errors, wizard } = await app.open({ locale: 'zh-TW' });
    const loaded = scripts(page);
    try {
      await page.goto(app.url);
      await wizard.waitForStep('start');
      await expect.poll(() => loaded.some((js) => js.includes('草稿已於'))).toBe(true);
      expect(loaded.filter((js) => js.includes('Draft saved at'))).toEqual([]);
      await page.locator('#pref-language').selectOption('en');
      await page.waitForFunction(() => document.documentElement.lang === 'en');
      await expect.poll(() => loaded.some((js) => js.includes('Draft saved at'))).toBe(true);
      expect(await wizard.heading().innerText()).toMatch(/Step 1 of \d+\s+Start/);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);

  it('starts from a chunk without Chinese text for an English system, and loads zh-Hant only when chosen', async () => {
    const { context, page, errors, wizard } = await app.open({ locale: 'en-US' });
    const loaded = scripts(page);
    try {
      await page.goto(app.url);
      await wizard.waitForStep('start');
      // The language switcher names 繁體中文 in its own language: that one entry is the only Chinese loaded.
      expect(loaded.filter((js) => HAN.test(js.replaceAll('繁體中文', '')))).toEqual([]);
      await wizard.setPrefs('zh-Hant', 'light');
      await expect.poll(() => loaded.some((js) => js.includes('草稿已於'))).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 60_000);

  it('shows no words at all until the catalog of the language has arrived', async () => {
    const { context, page, errors, wizard } = await app.open({ locale: 'zh-TW' });
    let release = () => {};
    const held = new Promise<void>((r) => (release = r));
    let entry: string | null = null;
    // Hold back every script but the first (the entry): the catalog chunk is one of them.
    await page.route('**/*.js', async (route) => {
      entry ??= route.request().url();
      if (route.request().url() !== entry) await held;
      await route.continue();
    });
    try {
      await page.goto(app.url);
      await page.locator('.boot .spinner').waitFor({ state: 'attached' });
      await page.waitForTimeout(500);
      expect(await page.evaluate(() => document.body.innerText.trim())).toBe('');
      expect(await page.locator('main h1').count()).toBe(0);
      release();
      await wizard.waitForStep('start');
      expect(await wizard.heading().innerText()).toMatch(/第 1 步/);
      expect(await page.locator('.boot').count()).toBe(0);
      expect(errors).toEqual([]);
    } finally {
      release();
      await context.close();
    }
  }, 60_000);
});

describe('zh-Hant journeys: no English sentence on any step', () => {
  it('offline: rule errors and warnings, build verdicts, mask tester, review, export notes, the save time', async () => {
    const { bridge, context, page, errors, wizard } = await app.open({ locale: 'zh-TW' }, 'dark');
    const packagePath = join(mkdtempSync(join(tmpdir(), 'acc-ims-e2e-zh-off-')), 'prod.package.xml');
    bridge.dialogs.saves.push(packagePath);
    const english = englishFinder(page);
    try {
      await page.goto(app.url);
      await wizard.waitForStep('start');
      await english.check('start');
      await wizard.tryNext();
      await english.check('start, blocked');
      await wizard.start('offline', unique('zh-off'));
      // The save time reads as one sentence: 「草稿已於上午 08:12:09 儲存」.
      await wizard.see('.save-state', '草稿已於');
      expect(await page.locator('.save-state').innerText()).toMatch(/^草稿已於(上午|下午) \d\d:\d\d:\d\d 儲存$/);
      await english.check('prerequisites');
      await wizard.tickPrerequisites();

      await wizard.offlineBuilds('9364', '9032');
      await wizard.see('.notice[role="status"]', '9032');
      await english.check('instance, builds far apart');
      await wizard.offlineBuilds('12', '9364');
      await english.check('instance, unknown server build');
      await wizard.offlineBuilds('9364', '9364');
      await wizard.see('[role="status"].notice-ok', '主控台');
      await english.check('instance, same build');
      await wizard.next();
      await wizard.waitForStep('package');
      await english.check('package');
      await wizard.confirmPackage();
      await wizard.next();
      await wizard.waitForStep('account');

      // Every kind of field problem, then the good values.
      await wizard.fillAccount({
        internalName: '1 bad name',
        imsServer: 'http://ims-na1-stg1.adobelogin.com/path',
        imsScope: 'openid, AdobeID',
        clientId: 'Campaign 1',
        callbackServer: 'http://stage.example.com/nl',
        imsOrgId: '0123456789ABCDEF@adobeorg',
        associationMask: ' Campaign  - tenant_id - (.*)(.*)',
        productContext: 'dma_campaign',
        server: 'marketing adobe',
        tenant: 'ac me',
      });
      await page.locator('#account-tenant').blur();
      await page.locator('.tester summary').click();
      await page.locator('#mask-samples').fill('Campaign - acme - admin\ncampaign - acme - x\nOther - profile');
      await english.check('account, every field wrong');
      await wizard.screenshot('zh-Hant-dark', 'zh-account-errors');
      await wizard.fillAccount({
        ...GOOD_ACCOUNT,
        internalName: DEFAULTS.internalName,
        imsServer: 'https://ims-na1.adobelogin.com',
        imsScope: DEFAULTS.imsScope,
        associationMask: 'Campaign  - acme - (.*)',
        productContext: DEFAULTS.productContext,
        server: DEFAULTS.server,
      });
      await english.check('account, mask warnings');
      await wizard.next();
      await wizard.waitForStep('review');
      await english.check('review, warnings');
      await wizard.screenshot('zh-Hant-dark', 'zh-review-offline');
      await wizard.next();
      await wizard.waitForStep('output');
      await page.locator('input[name="format"][value="package"]').check();
      await page.locator('#export').click();
      await wizard.see('[role="status"].notice-ok .notice-title', '已匯出');
      await english.check('output, exported package with its notes');
      await nextUntil(wizard, 'done', english.check);

      expect(english.findings).toEqual([]);
      expect(errors).toEqual([]);
    } catch (e) {
      // What the page showed when the journey stopped, for the report.
      await wizard.screenshot('failures', 'zh-offline-failure').catch(() => undefined);
      throw e;
    } finally {
      await context.close();
    }
  }, 300_000);

  it('online: failed logon, checks, diff, a keychain error, a refused write, an unverified push, then pushed and verified', async () => {
    const password = makeCanary('operator-password');
    const secret = makeCanary('client-secret');
    sim = await start({ scenario: { users: [{ login: 'admin', password, rights: ['admin'] }] } });
    const profile = unique('zh-on');
    const secretName = `acc-ims-wizard/${profile}`;
    const { context, page, errors, wizard } = await app.open({ locale: 'zh-TW' });
    // The instance's own fault text is quoted verbatim inside a translated sentence: it is what admins search for.
    const english = englishFinder(page, ['Unable to log on: invalid login or password for']);
    try {
      await page.goto(app.url);
      await wizard.waitForStep('start');
      await wizard.start('online', profile);
      await wizard.tickPrerequisites();
      await english.check('instance');

      await page.locator('#instance-url').fill(sim.url);
      await page.locator('#instance-user').fill('admin');
      await page.locator('#instance-password').fill('not the password');
      await page.locator('#console-build').fill('9364');
      await page.locator('#test-connection').click();
      await page.locator('tr[data-check="logon"] .badge-fail').waitFor({ timeout: 30_000 });
      await english.check('instance, test connection with a wrong password');
      await page.locator('#instance-password').fill(password);
      await page.locator('#test-connection').click();
      await page.locator('tr[data-check="logon"] .badge-ok').waitFor({ timeout: 30_000 });
      await english.check('instance, test connection');
      await page.locator('#check-instance').click();
      await wizard.see('[role="status"].notice-ok', '執行個體');
      await english.check('instance, full check');
      await wizard.screenshot('zh-Hant-light', 'zh-instance-online');
      await wizard.next();
      await wizard.waitForStep('package');
      await english.check('package');
      await wizard.next();
      await wizard.waitForStep('account');
      await wizard.fillAccount(GOOD_ACCOUNT);
      await wizard.storeSecret(secret);
      await english.check('account');
      await wizard.next();
      await wizard.waitForStep('review');

      await page.locator('#compare').click();
      await page.locator('table.diff').waitFor();
      await english.check('review, diff');
      await wizard.screenshot('zh-Hant-light', 'zh-review-diff');
      await wizard.next();
      await wizard.waitForStep('output');

      // The keychain lost the secret between the diff and the push.
      await deleteSecret(secretName);
      await page.locator('#push').click();
      await wizard.see('[role="alert"].notice-error', '鑰匙圈');
      await english.check('output, keychain error');
      await setSecret(secretName, secret);

      // The instance refuses the write.
      sim.scenario.writeFault = { code: 'SOP-330011', text: 'XSV-350122' };
      await page.locator('#push').click();
      await wizard.see('[role="alert"].notice-error', 'XSV-350122');
      await english.check('output, write refused');
      sim.scenario.writeFault = null;

      // The write answers success but nothing landed: the read-back says so.
      sim.scenario.writeIgnored = true;
      await page.locator('#push').click();
      await page.locator('.notice-error .notice-title').waitFor();
      await english.check('output, not verified');
      sim.scenario.writeIgnored = false;

      await page.locator('#push').click();
      await page.locator('[role="status"].notice-ok .notice-title').waitFor();
      await english.check('output, pushed and verified');
      await wizard.screenshot('zh-Hant-light', 'zh-output-pushed');
      await nextUntil(wizard, 'done', english.check);

      expect(sim.accounts()).toHaveLength(1);
      expect(english.findings).toEqual([]);
      expect(errors).toEqual([]);
    } catch (e) {
      // What the page showed when the journey stopped, for the report.
      await wizard.screenshot('failures', 'zh-online-failure').catch(() => undefined);
      throw e;
    } finally {
      await context.close();
      await deleteSecret(secretName);
    }
  }, 300_000);
});
