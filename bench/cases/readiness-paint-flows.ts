// Bundled by the bench: the Readiness step in headless Chromium over the real handlers, reached online
// through a real push to the simulator, then "Read again" timed from the answer's arrival in the page to
// the first frame painted after it (the work measured is the renderer's: sort, filter, rows in view).
import { join, resolve } from 'node:path';
import { createBridge } from '../../test/e2e/bridge';
import { launchChromium, newContext } from '../../test/e2e/browser';
import { Wizard } from '../../test/e2e/driver';
import { serveRenderer } from '../../test/e2e/static-server';
import { generateDirectory } from '../../test/campaign-sim/operators';
import { ADMIN } from '../../test/campaign-sim/scenario';
import { startSimulator } from '../../test/campaign-sim/server';

// Bundled two levels below the checkout (bench/lib.mjs importTs).
const ROOT_DIR = resolve(__dirname, '../..');

/**
 * In the page, before the app: wraps the bridge's invoke so the readiness answer's arrival is timed, then
 * waits for the next frame and a task after it (the frame with the new rows has been painted by then).
 */
function timePaintAfterReadiness(): void {
  const w = window as unknown as {
    __wizardInvoke(channel: string, req: unknown): Promise<unknown>;
    __paint: { ms: number | null; reset(): void };
  };
  const invoke = w.__wizardInvoke;
  const paint = { ms: null as number | null, reset: () => (paint.ms = null) };
  w.__paint = paint;
  w.__wizardInvoke = async (channel, req) => {
    const answer = await invoke(channel, req);
    if (channel.endsWith('campaign.readiness')) {
      const arrived = performance.now();
      requestAnimationFrame(() => {
        const after = new MessageChannel();
        after.port1.onmessage = () => (paint.ms = performance.now() - arrived);
        after.port2.postMessage(null);
      });
    }
    return answer;
  };
}

/** Milliseconds from the readiness answer to the next painted frame, once per read after a warm-up read. */
export async function paintAfterRead(operators: number, groups: number, reads: number): Promise<number[]> {
  const sim = await startSimulator({ directory: generateDirectory({ operators, groups }) });
  const server = await serveRenderer(join(ROOT_DIR, 'out/renderer'));
  const browser = await launchChromium();
  try {
    const bridge = await createBridge({ locale: 'en-US' });
    const context = await newContext(browser);
    await bridge.attach(context);
    await context.addInitScript(timePaintAfterReadiness);
    const page = await context.newPage();
    const wizard = new Wizard(page, bridge.dataDir);
    await page.goto(server.url);
    await wizard.waitForStep('start');
    try {
      const login = { user: ADMIN.login, password: ADMIN.password };
      await wizard.onlineThroughPush(sim.url, login, `bench-paint-${Date.now().toString(36)}`, `bench-${Date.now()}`);
    } catch (e) {
      throw new Error(`the push through the wizard failed (it needs a Secret Service for the client secret: a desktop session)`, {
        cause: e,
      });
    }
    const samples: number[] = [];
    for (let i = 0; i <= reads; i++) {
      await page.evaluate(() => (window as unknown as { __paint: { reset(): void } }).__paint.reset());
      await page.locator('#readiness-read').click();
      const ms = await page.waitForFunction(() => (window as unknown as { __paint: { ms: number | null } }).__paint.ms, null, {
        timeout: 180_000,
        polling: 100,
      });
      if (i > 0) samples.push((await ms.jsonValue()) as number);
    }
    await context.close();
    return samples;
  } finally {
    await browser.close();
    await server.close();
    await sim.close();
  }
}
