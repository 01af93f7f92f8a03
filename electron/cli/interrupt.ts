/**
 * Ctrl+C: during network work it aborts the calls so the session is still logged off, and the command
 * ends with exit 130; at any other moment the CLI stops at once with 130. A second Ctrl+C never waits.
 */
let active: AbortController | null = null;
let interrupted = false;

export function installInterruptHandler(onImmediateExit: () => void): void {
  process.on('SIGINT', () => {
    if (active && !interrupted) {
      interrupted = true;
      active.abort();
      return;
    }
    interrupted = true;
    onImmediateExit();
  });
}

/** An abort signal for the network work of one command; Ctrl+C fires it. */
export function cancelOnInterrupt(): { signal: AbortSignal; dispose(): void } {
  const controller = new AbortController();
  active = controller;
  return {
    signal: controller.signal,
    dispose: () => {
      if (active === controller) active = null;
    },
  };
}

export const wasInterrupted = (): boolean => interrupted;
