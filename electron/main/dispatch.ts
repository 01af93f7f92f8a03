import type { core } from 'zod';
import { isWizardError } from '../common/errors';
import { CHANNEL_NAMES, type ChannelName } from '../common/ipc/channels';
import { CONTRACT, SECRET_REQUEST_FIELDS, type IpcResult, type ParsedRequestOf, type ResponseOf } from '../common/ipc/contract';
import { en } from '../common/messages/catalog/en';
import { isMessage, msg, type Message, type MessageCode, type ParamValue } from '../common/messages/message';
import { redactMessage, redactor } from '../common/redact';

/** One plain async function per channel; user errors are thrown as WizardError. */
export type Handlers = { [K in ChannelName]: (req: ParsedRequestOf<K>) => Promise<ResponseOf<K>> };

export interface DispatchOptions {
  /** Where bugs are recorded (redacted, with stack); the renderer only gets a one-line message. */
  logError?: (line: string) => void;
}

export const isChannelName = (name: string): name is ChannelName => (CHANNEL_NAMES as readonly string[]).includes(name);

/**
 * The whole IPC call, minus Electron: registers the request's secrets, parses the request with the
 * contract, runs the handler, validates the response, and turns every outcome into an envelope whose
 * message has every string param redacted. Never throws. ipc.ts (Electron) and the e2e stand-in
 * bridge both call this.
 */
export async function dispatch(handlers: Handlers, name: string, raw: unknown, options: DispatchOptions = {}): Promise<IpcResult<unknown>> {
  if (!isChannelName(name)) return failure('usage', msg('ipc.unknownChannel', { channel: name }));
  registerSecrets(name, raw);
  const parsed = CONTRACT[name].request.safeParse(raw ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const detail = issue ? issueDetail(issue) : 'wrong shape';
    return failure(
      'usage',
      issue?.path.length
        ? msg('ipc.badRequestAt', { channel: name, path: issue.path.join('.'), detail })
        : msg('ipc.badRequest', { channel: name, detail }),
    );
  }
  let value: unknown;
  try {
    value = await (handlers[name] as (req: unknown) => Promise<unknown>)(parsed.data);
  } catch (e) {
    if (isWizardError(e)) return failure(e.kind, e.userMessage);
    options.logError?.(`${name} failed: ${redactor.redact(e instanceof Error ? (e.stack ?? e.message) : String(e))}`);
    return failure('internal', msg('ipc.internal', { channel: name, detail: redactor.redactError(e) }));
  }
  const checked = CONTRACT[name].response.safeParse(value);
  if (!checked.success) {
    options.logError?.(`${name} returned a response outside the contract: ${redactor.redact(checked.error.message)}`);
    return failure('internal', msg('ipc.badResponse', { channel: name }));
  }
  return { ok: true, value: checked.data };
}

export function failure(kind: Extract<IpcResult<never>, { ok: false }>['error']['kind'], message: Message): IpcResult<never> {
  return { ok: false, error: { kind, message: redactMessage(message) } };
}

// The contract's own refusals are message codes (a Message in params.message, or the code as the
// issue text); zod's built-in ones are its English text, passed as a plain value.
function issueDetail(issue: core.$ZodIssue): ParamValue {
  const carried = (issue as { params?: { message?: unknown } }).params?.message;
  if (isMessage(carried)) return carried;
  if (Object.hasOwn(en, issue.message)) return { code: issue.message as MessageCode };
  return issue.message;
}

function registerSecrets(name: ChannelName, raw: unknown): void {
  for (const path of SECRET_REQUEST_FIELDS[name] ?? []) {
    const value = path
      .split('.')
      .reduce<unknown>(
        (node, key) => (typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[key] : undefined),
        raw,
      );
    if (typeof value === 'string') redactor.add(value);
  }
}
