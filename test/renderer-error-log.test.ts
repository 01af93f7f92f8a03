import { describe, expect, it } from 'vitest';
import { redactor } from '../electron/common/redact';
import { dispatch } from '../electron/main/dispatch';
import { useAppUnderTest } from './e2e/app-under-test';
import { makeCanary } from './helpers/canary';
import { testHandlers } from './helpers/handlers';

/** A bug in the renderer reaches main.log, through the contract and the redactor, and cannot flood it. */
describe('renderer errors in main.log', () => {
  const handlersLogging = (lines: string[]) => testHandlers({ logRendererError: (line) => void lines.push(line) }).handlers;

  it('writes the message and stack with every known secret redacted, and stops after 100', async () => {
    const secret = makeCanary('client-secret');
    redactor.add(secret);
    const lines: string[] = [];
    const handlers = handlersLogging(lines);
    const sent = await dispatch(handlers, 'app.logError', {
      kind: 'error',
      message: `TypeError: cannot read ${secret}`,
      stack: `at render (index.js:1:2) ${secret}`,
    });
    expect(sent).toEqual({ ok: true, value: { logged: true } });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^renderer error: TypeError: cannot read /);
    expect(lines[0]).toContain('at render (index.js:1:2)');
    expect(lines[0]).not.toContain(secret);

    for (let i = 0; i < 150; i++) await dispatch(handlers, 'app.logError', { kind: 'unhandledrejection', message: `loop ${i}` });
    expect(lines).toHaveLength(100);
    expect(await dispatch(handlers, 'app.logError', { kind: 'error', message: 'one more' })).toEqual({
      ok: true,
      value: { logged: false },
    });
  });

  it('refuses an oversized report instead of writing it', async () => {
    const lines: string[] = [];
    const result = await dispatch(handlersLogging(lines), 'app.logError', { kind: 'error', message: 'x'.repeat(2001) });
    expect(result.ok).toBe(false);
    expect(lines).toEqual([]);
  });

  const app = useAppUnderTest();

  it('an uncaught error and an unhandled rejection in the page are sent to main', async () => {
    const { bridge, context, page, wizard } = await app.open({ locale: 'en-US' });
    try {
      await page.goto(app.url);
      await wizard.waitForStep('start');
      await page.evaluate(() => {
        setTimeout(() => {
          throw new Error('thrown in a timer');
        });
        void Promise.reject(new Error('rejected and never caught'));
      });
      await expect.poll(() => bridge.rendererErrors.length).toBe(2);
      expect(bridge.rendererErrors.find((l) => l.startsWith('renderer error: thrown in a timer'))).toBeDefined();
      expect(bridge.rendererErrors.find((l) => l.startsWith('renderer unhandledrejection: rejected and never caught'))).toBeDefined();
    } finally {
      await context.close();
    }
  }, 120_000);
});
