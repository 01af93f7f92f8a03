import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createBridge, type BridgeOptions } from './bridge';
import { collectPageErrors, launchChromium, newContext } from './browser';
import { buildRenderer } from './build-renderer';
import { Wizard } from './driver';
import { serveRenderer } from './static-server';

/** Per test file: the built renderer served on 127.0.0.1 and one Chromium, closed when the file ends. */
export function useAppUnderTest() {
  let browser: Browser | undefined;
  let server: { url: string; close(): Promise<void> } | undefined;
  beforeAll(async () => {
    server = await serveRenderer(await buildRenderer());
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get browser(): Browser {
      return browser!;
    },
    get url(): string {
      return server!.url;
    },
    /** A new window on the app, over a bridge to the real handlers; the page's own errors are collected. */
    async open(options: BridgeOptions = {}, colorScheme: 'light' | 'dark' = 'light') {
      const bridge = await createBridge(options);
      const context = await newContext(browser!, colorScheme);
      await bridge.attach(context);
      const page = await context.newPage();
      return { bridge, context, page, errors: collectPageErrors(page), wizard: new Wizard(page, bridge.dataDir) };
    },
  };
}
