import type { IpcError, IpcResult } from '../../electron/common/ipc/contract';
import { msg } from '../../electron/common/messages/message';

/**
 * The renderer's only door to the main process is window.wizard (the preload, or the e2e stand-in).
 * Calls resolve to envelopes; this turns a failed one into a thrown CallFailure so a step can keep its
 * happy path linear and show `tm(error.message)` (a message as data, params redacted by main) in one place.
 */
export class CallFailure extends Error {
  constructor(readonly error: IpcError) {
    super(error.message.code);
  }
}

/** A failure of the renderer itself (the bridge threw, a bug): shown like any other internal error. */
function internal(e: unknown): IpcError {
  return { kind: 'internal', message: msg('error.bridge', { detail: e instanceof Error ? e.message : String(e) }) };
}

export async function call<T>(pending: Promise<IpcResult<T>>): Promise<T> {
  let result: IpcResult<T>;
  try {
    result = await pending;
  } catch (e) {
    throw new CallFailure(internal(e));
  }
  if (result.ok) return result.value;
  throw new CallFailure(result.error);
}

export function failureOf(e: unknown): IpcError {
  return e instanceof CallFailure ? e.error : internal(e);
}

export const wizard = () => window.wizard;

export const newRequestId = () => globalThis.crypto.randomUUID();
