import type { IpcError, IpcResult } from '../../electron/common/ipc/contract';

/**
 * The renderer's only door to the main process is window.wizard (the preload, or the e2e stand-in).
 * Calls resolve to envelopes; this turns a failed one into a thrown CallFailure so a step can keep its
 * happy path linear and show `error.message` (already redacted by main) in one place.
 */
export class CallFailure extends Error {
  constructor(readonly error: IpcError) {
    super(error.message);
  }
}

export async function call<T>(pending: Promise<IpcResult<T>>): Promise<T> {
  let result: IpcResult<T>;
  try {
    result = await pending;
  } catch (e) {
    // The bridge itself failed (it never should): report it like any other internal error.
    throw new CallFailure({ kind: 'internal', message: e instanceof Error ? e.message : String(e) });
  }
  if (result.ok) return result.value;
  throw new CallFailure(result.error);
}

export function failureOf(e: unknown): IpcError {
  return e instanceof CallFailure ? e.error : { kind: 'internal', message: e instanceof Error ? e.message : String(e) };
}

export const wizard = () => window.wizard;

export const newRequestId = () => globalThis.crypto.randomUUID();
