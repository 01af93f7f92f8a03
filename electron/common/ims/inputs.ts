import { validateConfig } from '../config/validate';
import { msg, type Message } from '../messages/message';
import type { Problem } from '../problems';
import { imsBlockingErrors } from './blocking-errors';

/** What the IMS check needs from a config: the IMS server, the client id and where the secret is. */
export interface ImsCheckInputs {
  imsServer: string;
  clientId: string;
  /** The keychain entry named by account.clientSecret, if any. */
  secretRef?: string;
}

export type InputsResult = { ok: true; inputs: ImsCheckInputs } | { ok: false; message: Message; problems: Problem[] };

export function imsCheckInputs(config: unknown): InputsResult {
  const blocking = imsBlockingErrors(validateConfig(config).errors);
  if (blocking.length > 0) return { ok: false, message: msg('ims.config.notReady', { count: blocking.length }), problems: blocking };
  const account = (config as { account: Record<string, unknown> }).account;
  const ref = account.clientSecret as { keychain?: unknown } | undefined;
  return {
    ok: true,
    inputs: {
      imsServer: String(account.imsServer),
      clientId: String(account.clientId),
      ...(typeof ref?.keychain === 'string' ? { secretRef: ref.keychain } : {}),
    },
  };
}
