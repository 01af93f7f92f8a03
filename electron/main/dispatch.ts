import { isWizardError } from '../common/errors';
import { CHANNEL_NAMES, type ChannelName } from '../common/ipc/channels';
import { CONTRACT, SECRET_REQUEST_FIELDS, type IpcResult, type ParsedRequestOf, type ResponseOf } from '../common/ipc/contract';
import { redactor } from '../common/redact';

/** One plain async function per channel; user errors are thrown as WizardError. */
export type Handlers = { [K in ChannelName]: (req: ParsedRequestOf<K>) => Promise<ResponseOf<K>> };

export interface DispatchOptions {
  /** Where bugs are recorded (redacted, with stack); the renderer only gets a one-line message. */
  logError?: (line: string) => void;
}

export const isChannelName = (name: string): name is ChannelName => (CHANNEL_NAMES as readonly string[]).includes(name);

/**
 * The whole IPC call, minus Electron: registers the request's secrets, parses the request with the
 * contract, runs the handler, validates the response, and turns every outcome into a redacted
 * envelope. Never throws. ipc.ts (Electron) and the e2e stand-in bridge both call this.
 */
export async function dispatch(handlers: Handlers, name: string, raw: unknown, options: DispatchOptions = {}): Promise<IpcResult<unknown>> {
  if (!isChannelName(name)) return failure('usage', `Unknown channel "${name}".`);
  registerSecrets(name, raw);
  const parsed = CONTRACT[name].request.safeParse(raw ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? ` at "${issue.path.join('.')}"` : '';
    return failure('usage', `The request to ${name} was malformed${where}: ${issue?.message ?? 'wrong shape'}.`);
  }
  let value: unknown;
  try {
    value = await (handlers[name] as (req: unknown) => Promise<unknown>)(parsed.data);
  } catch (e) {
    if (isWizardError(e)) return failure(e.kind, e.message);
    options.logError?.(`${name} failed: ${redactor.redact(e instanceof Error ? (e.stack ?? e.message) : String(e))}`);
    return failure('internal', `Unexpected internal error in ${name}: ${redactor.redactError(e)}. The details are in the log file (Help > Open logs folder).`);
  }
  const checked = CONTRACT[name].response.safeParse(value);
  if (!checked.success) {
    options.logError?.(`${name} returned a response outside the contract: ${redactor.redact(checked.error.message)}`);
    return failure('internal', `Internal error: ${name} returned an unexpected response. The details are in the log file (Help > Open logs folder).`);
  }
  return { ok: true, value: checked.data };
}

export function failure(kind: Extract<IpcResult<never>, { ok: false }>['error']['kind'], message: string): IpcResult<never> {
  return { ok: false, error: { kind, message: redactor.redact(message) } };
}

function registerSecrets(name: ChannelName, raw: unknown): void {
  for (const path of SECRET_REQUEST_FIELDS[name] ?? []) {
    const value = path.split('.').reduce<unknown>((node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined), raw);
    if (typeof value === 'string') redactor.add(value);
  }
}
