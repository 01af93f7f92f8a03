import { decideImsAnswer, type ImsVerdict } from '../../common/ims/answer';
import { resolveImsTarget, tokenRequestBody } from '../../common/ims/target';
import { WizardError } from '../../common/errors';
import { msg, type Message } from '../../common/messages/message';
import { redactor } from '../../common/redact';
import { PostFailure, postForm } from './post-form';

/**
 * Asks Adobe IMS whether it rejects a client id and secret, without a sign-in: one POST, decided by
 * common/ims/answer. The one node function behind `acc-ims ims-check` and the desktop's "Check with
 * Adobe IMS" button.
 */

export const IMS_CHECK_TIMEOUT_MS = 20_000;
/** An OAuth error answer is a few hundred bytes; anything near this is not one. */
export const IMS_MAX_ANSWER_BYTES = 64 * 1024;

export interface ImsCheckRequest {
  imsServer: string;
  clientId: string;
  secret: string;
  /** Replaces the IMS base URL: a proxy or a test IMS (https; http only to loopback). */
  imsUrl?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
  caPem?: string;
}

export interface ImsCheckOutcome extends ImsVerdict {
  /** Host (and port) the secret was sent to. */
  host: string;
  /** E.g. that --ims-url sends the secret elsewhere than the configured IMS. */
  warnings: Message[];
}

export async function checkImsClient(req: ImsCheckRequest): Promise<ImsCheckOutcome> {
  redactor.add(req.secret);
  const resolved = resolveImsTarget(req.imsServer, req.imsUrl);
  if (!resolved.ok) throw new WizardError('usage', resolved.message);
  const { target, warnings } = resolved;
  const timeoutMs = req.timeoutMs ?? IMS_CHECK_TIMEOUT_MS;
  try {
    const answer = await postForm(target.url, tokenRequestBody(req.clientId, req.secret), {
      timeoutMs,
      maxBytes: IMS_MAX_ANSWER_BYTES,
      ...(req.signal ? { signal: req.signal } : {}),
      ...(req.caPem ? { caPem: req.caPem } : {}),
    });
    return { ...decideImsAnswer(answer, { host: target.host, clientId: req.clientId }), host: target.host, warnings };
  } catch (e) {
    if (!(e instanceof PostFailure)) throw e;
    if (e.reason === 'aborted') throw new WizardError('cancelled', msg('ims.cancelled'));
    if (e.reason === 'too-large') {
      return {
        result: 'unexpected-answer',
        status: null,
        message: msg('ims.result.unexpectedNoStatus', {
          host: target.host,
          what: msg('ims.answer.tooLarge', { kb: IMS_MAX_ANSWER_BYTES / 1024 }),
        }),
        host: target.host,
        warnings,
      };
    }
    return {
      result: 'unreachable',
      status: null,
      message: msg('ims.result.unreachable', { host: target.host, reason: reasonMessage(e, timeoutMs) }),
      host: target.host,
      warnings,
    };
  }
}

function reasonMessage(e: PostFailure, timeoutMs: number): Message {
  switch (e.reason) {
    case 'timeout':
      return msg('ims.reason.timeout', { seconds: Math.round(timeoutMs / 1000) });
    case 'dns':
      return msg('ims.reason.dns');
    case 'refused':
      return msg('ims.reason.refused');
    case 'unreachable':
      return msg('ims.reason.unreachable');
    case 'reset':
      return msg('ims.reason.reset');
    case 'tls':
      return msg('ims.reason.tls', { code: e.code ?? 'TLS' });
    default:
      return msg('ims.reason.other', { code: e.code ?? e.reason });
  }
}
