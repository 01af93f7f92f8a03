/**
 * The page's uncaught errors and rejections go to main.log (redacted there), so a bug report has them;
 * the admin sees nothing new. Capped to what the contract accepts.
 */
export function reportUncaughtErrors(): void {
  const send = (kind: 'error' | 'unhandledrejection', reason: unknown, fallback: string) => {
    const error = reason instanceof Error ? reason : null;
    const message = (error?.message ?? (reason === undefined || reason === null ? '' : String(reason))) || fallback;
    window.wizard.app
      .logError({ kind, message: message.slice(0, 2000), ...(error?.stack ? { stack: error.stack.slice(0, 8000) } : {}) })
      // Nowhere left to report a failed report: the page's own console still has the error.
      .catch(() => undefined);
  };
  window.addEventListener('error', (event) => send('error', event.error, event.message));
  window.addEventListener('unhandledrejection', (event) => send('unhandledrejection', event.reason, 'unhandled rejection'));
}
