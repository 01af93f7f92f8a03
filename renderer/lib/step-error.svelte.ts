import type { IpcError, IpcResult } from '../../electron/common/ipc/contract';
import { failureOf } from './ipc';

/** The last failed call of the current step, shown above it as an alert; opening another step clears it. */
class StepError {
  current = $state<IpcError | null>(null);
}

export const stepError = new StepError();

/**
 * The one way a call's failure becomes the step's error: the last error is cleared, the action runs, and
 * a failure is shown on the step instead of thrown. Resolves to an envelope, like the call itself.
 * `keepShown`: an error already shown stays (a call beside the step's own action: the language, a status read).
 */
export async function attempt<T>(action: () => Promise<T>, { keepShown = false } = {}): Promise<IpcResult<T>> {
  if (!keepShown) stepError.current = null;
  try {
    return { ok: true, value: await action() };
  } catch (e) {
    const error = failureOf(e);
    stepError.current = error;
    return { ok: false, error };
  }
}
