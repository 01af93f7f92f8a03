// First wizard step interactive in headless Chromium (navigation → step heading visible and the first
// field focusable) against the minimal Svelte page. The wizard's start-up calls (app.info, settings,
// draft) cross a Playwright binding into the real handlers, a slower hop than Electron's IPC.
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { importTs, paired, ROOT } from '../lib.mjs';
import { MINIMAL_DIR, buildMinimalPage } from './renderer-size.mjs';

// Locators, not page functions: the app's CSP forbids the eval a string predicate needs.
const HEADING = 'h1';
const FIRST_FIELD = 'main :is(input, button, select, textarea):not([disabled])';

export async function interactive({ runs }) {
  const h = await importTs('bench/cases/interactive-flows.ts');
  const minimalDist = existsSync(join(MINIMAL_DIR, 'dist/index.html')) ? join(MINIMAL_DIR, 'dist') : await buildMinimalPage();
  const servers = {
    wizard: await h.serveRenderer(join(ROOT, 'out/renderer')),
    minimal: await h.serveRenderer(minimalDist),
    minimalIpc: await h.serveRenderer(await buildMinimalPage({ ipcFirst: true })),
  };
  const browser = await h.launchChromium();
  try {
    const bridge = await h.createBridge({ campaign: null });
    const once = async (url, withBridge) => {
      const context = await h.newContext(browser);
      if (withBridge) await bridge.attach(context);
      const page = await context.newPage();
      const start = process.hrtime.bigint();
      await page.goto(url);
      await page.locator(HEADING).first().waitFor({ state: 'visible', timeout: 15_000 });
      await page.locator(FIRST_FIELD).first().waitFor({ state: 'visible', timeout: 15_000 });
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      await context.close();
      return ms;
    };
    // The first launches warm Chromium's caches for every page.
    for (const [server, withBridge] of [
      [servers.minimal, false],
      [servers.minimalIpc, true],
      [servers.wizard, true],
    ])
      await once(server.url, withBridge);
    const plain = await paired(
      runs,
      () => once(servers.minimal.url, false),
      () => once(servers.wizard.url, true),
    );
    const ipc = await paired(
      runs,
      () => once(servers.minimalIpc.url, true),
      () => once(servers.wizard.url, true),
    );
    return [
      { name: 'first step interactive', unit: 'ms', baselineName: 'minimal Svelte 5 page', ...plain, target: 1.3 },
      {
        name: 'first step interactive',
        unit: 'ms',
        baselineName: 'minimal page + the same 3 start-up calls over the test bridge',
        ...ipc,
        target: 1.3,
      },
    ];
  } finally {
    await browser.close();
    for (const server of Object.values(servers)) await server.close();
  }
}
