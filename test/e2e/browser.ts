import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's chromium with the flags TOOLCHAIN.md lists for this machine. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The smallest window the app allows (MIN_WINDOW_SIZE): every step must work at this size. */
export const VIEWPORT = { width: 1024, height: 700 };

export async function newContext(browser: Browser, colorScheme: 'light' | 'dark' = 'light'): Promise<BrowserContext> {
  return browser.newContext({ viewport: VIEWPORT, colorScheme, reducedMotion: 'reduce' });
}

/** Failures the page itself reports (uncaught errors, CSP violations) must fail the test, not hide. */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}
