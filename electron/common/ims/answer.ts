import { msg, type Message } from '../messages/message';

/**
 * What IMS's answer to the check means. Only the two `invalid_client` answers Adobe's own code relies on
 * prove a bad credential; any other OAuth error from IMS (e.g. `invalid_grant` for the made-up code) means
 * IMS did not reject the id and secret, which is not the same as accepting them (docs/DOMAIN.md).
 * Anything that is not an OAuth answer (a 5xx, a proxy's HTML page, a redirect) decides nothing.
 */
export type ImsCheckResult = 'not-rejected' | 'invalid-client-id' | 'invalid-client-secret' | 'unexpected-answer' | 'unreachable';

export interface ImsAnswer {
  status: number;
  contentType: string;
  body: string;
}

export interface ImsVerdict {
  result: ImsCheckResult;
  /** HTTP status of IMS's answer; null when there was none. */
  status: number | null;
  /** The OAuth `error` IMS answered, when it did (e.g. invalid_grant). */
  oauthError?: string;
  message: Message;
}

/** The exit code of `acc-ims ims-check`: 0 not rejected, 1 rejected, 2 no usable answer. */
export function exitCodeFor(result: ImsCheckResult): 0 | 1 | 2 {
  if (result === 'not-rejected') return 0;
  return result === 'invalid-client-id' || result === 'invalid-client-secret' ? 1 : 2;
}

const MAX_SHOWN = 60;

export function decideImsAnswer(answer: ImsAnswer, context: { host: string; clientId: string }): ImsVerdict {
  const { status } = answer;
  const unexpected = (what: Message): ImsVerdict => ({
    result: 'unexpected-answer',
    status,
    message: msg('ims.result.unexpected', { host: context.host, status, what }),
  });
  if (status >= 300 && status < 400) return unexpected(msg('ims.answer.redirect'));
  if (status >= 500) return unexpected(msg('ims.answer.serverError'));
  const json = parseObject(answer.body);
  if (json === null)
    return unexpected(/^\s*</.test(answer.body) || /html/i.test(answer.contentType) ? msg('ims.answer.html') : msg('ims.answer.notJson'));
  const error = typeof json.error === 'string' ? json.error : undefined;
  const description = typeof json.error_description === 'string' ? json.error_description : '';
  if (status >= 200 && status < 300) {
    // A token for a made-up code would be IMS's bug; never shown, only "not rejected".
    if ('access_token' in json) return notRejected(status, 'access_token', context);
    return unexpected(msg('ims.answer.noError'));
  }
  if (error === undefined) return unexpected(msg('ims.answer.noError'));
  if (error === 'invalid_client' && /invalid client_secret parameter/i.test(description)) {
    return {
      result: 'invalid-client-secret',
      status,
      oauthError: error,
      message: msg('ims.result.invalidSecret', { clientId: context.clientId }),
    };
  }
  if (error === 'invalid_client' && /invalid client_id parameter/i.test(description)) {
    return {
      result: 'invalid-client-id',
      status,
      oauthError: error,
      message: msg('ims.result.invalidClientId', { clientId: context.clientId }),
    };
  }
  return notRejected(status, error, context);
}

function notRejected(status: number, error: string, context: { host: string }): ImsVerdict {
  // eslint-disable-next-line no-control-regex
  const clean = error.replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
  const shown = clean.length > MAX_SHOWN ? `${clean.slice(0, MAX_SHOWN)}…` : clean;
  return {
    result: 'not-rejected',
    status,
    oauthError: shown,
    message: msg('ims.result.notRejected', { host: context.host, status, error: shown }),
  };
}

function parseObject(text: string): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}
