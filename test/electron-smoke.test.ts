import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { _electron as electron } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { readHandover } from '../electron/node/handover/import';
import { deleteSecret } from '../electron/node/keychain/keychain';
import { GOOD_ACCOUNT, Wizard } from './e2e/driver';

/**
 * The built app in the real Electron binary: secure window preferences seen from inside the page, then the
 * offline journey to an exported bundle. Where the binary cannot be downloaded (this project's CI machine),
 * the test reports itself skipped with the reason; on a machine with Electron it runs in `npm test`.
 */
const ROOT = resolve(__dirname, '..');
const MAIN = join(ROOT, 'out/main/index.js');

/** Where the electron package keeps its binary, found without require('electron'), which would try to download it. */
function electronBinary(): { path: string } | { missing: string } {
  const pkg = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  const name = existsSync(join(pkg, 'path.txt')) ? readFileSync(join(pkg, 'path.txt'), 'utf8') : null;
  const path = name && join(process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(pkg, 'dist'), name);
  return path && existsSync(path)
    ? { path }
    : { missing: 'the Electron binary is not installed (it downloads from GitHub, which this machine cannot reach)' };
}

const binary = electronBinary();
const why = 'missing' in binary ? binary.missing : !existsSync(MAIN) ? 'the app is not built (npm run build)' : null;

describe('the real Electron app', () => {
  it(`starts hardened and exports a bundle offline${why ? ` (skipped here: ${why})` : ''}`, async (ctx) => {
    if (why || 'missing' in binary) return ctx.skip(why ?? undefined);
    const profile = `smoke-${Date.now().toString(36)}`;
    const secretName = `acc-ims-wizard/${profile}`;
    const bundle = join(mkdtempSync(join(tmpdir(), 'acc-ims-smoke-')), `${profile}.accims`);
    const userData = mkdtempSync(join(tmpdir(), 'acc-ims-smoke-data-'));
    const app = await electron.launch({
      executablePath: binary.path,
      args: [MAIN, `--user-data-dir=${userData}`],
      env: { ...process.env, LANG: 'en_US.UTF-8' },
    });
    try {
      const page = await app.firstWindow();
      // Secure preferences, seen from inside the page: no Node, no new windows, no navigation away.
      const inside = await page.evaluate(() => ({
        require: typeof (globalThis as { require?: unknown }).require,
        process: typeof (globalThis as { process?: unknown }).process,
        popup: window.open('https://example.com/') === null,
      }));
      expect(inside).toEqual({ require: 'undefined', process: 'undefined', popup: true });
      await page.evaluate(() => (window.location.href = 'https://example.com/'));
      await expect.poll(() => page.url()).not.toContain('example.com');
      // The save dialog is native: answer it from main, as the admin would.
      await app.evaluate(({ dialog }, path) => {
        dialog.showSaveDialog = (async () => ({ canceled: false, filePath: path })) as typeof dialog.showSaveDialog;
      }, bundle);

      const wizard = new Wizard(page);
      await wizard.waitForStep('start');
      await wizard.start('offline', profile);
      await wizard.tickPrerequisites();
      await wizard.offlineBuilds('9364', '9364');
      await wizard.next();
      await wizard.confirmPackage();
      await wizard.next();
      await wizard.fillAccount(GOOD_ACCOUNT);
      await wizard.next();
      await wizard.waitForStep('review');
      await wizard.next();
      await wizard.waitForStep('output');
      await page.locator('input[name="format"][value="bundle"]').check();
      await page.locator('#export').click();
      await expect.poll(() => existsSync(bundle), { timeout: 20_000 }).toBe(true);
      expect(statSync(bundle).mode & 0o777).toBe(0o600);
      const read = await readHandover(readFileSync(bundle), {});
      expect(read.config.account).toMatchObject(GOOD_ACCOUNT);
    } finally {
      await app.close();
      await deleteSecret(secretName).catch(() => undefined);
    }
  }, 120_000);
});
