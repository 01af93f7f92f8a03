import { act, CLI_WORDING, type Wording } from '../../common/campaign/wording';
import { WizardError, type WizardErrorKind } from '../../common/errors';
import { msg, type Message } from '../../common/messages/message';
import { redactMessage, redactor } from '../../common/redact';
import { TransportFailure } from './transport';

/**
 * Turns whatever a call to an instance threw (our transport's TransportFailure, the SDK's
 * CampaignException around it, a SOAP fault) into one WizardError an admin can act on. Messages name
 * the host and the step, never the request body; every text that came from the server is redacted
 * whole, then cut to one short line.
 */

/** The steps of this folder, worded by `soap.step.<id>`. */
export type FailureStep =
  'probe' | 'logon' | 'readSchema' | 'readAccounts' | 'readWorkflows' | 'readBack' | 'encryptSecret' | 'writeAccount';

export interface FailureContext {
  /** The instance base URL. */
  url: string;
  /** What was being done: a step of this folder, or another area's message (e.g. reading operators). */
  step: FailureStep | Message;
  /** The login, for logon failures. */
  login?: string;
  /** How to tell the admin to act (CLI flags unless the desktop says otherwise). */
  wording?: Wording;
}

/** The fields of the SDK's CampaignException that matter here. */
interface CampaignExceptionLike {
  name: 'CampaignException';
  statusCode?: number;
  errorCode?: string;
  faultCode?: string;
  faultString?: string;
  detail?: string;
  message?: string;
  cause?: unknown;
  methodCall?: { methodName?: string; urn?: string };
}

const isCampaignException = (e: unknown): e is CampaignExceptionLike =>
  typeof e === 'object' && e !== null && (e as { name?: unknown }).name === 'CampaignException';

export function explainFailure(e: unknown, ctx: FailureContext): WizardError {
  const error = explain(e, ctx);
  // The instance may have stored the account before its answer was lost or spoiled: say how to find out.
  const message =
    error.kind === 'connection' && ctx.step === 'writeAccount'
      ? msg('connection.mayHaveLanded', { failure: error.userMessage, compareAgain: act('compareAgain', words(ctx)) })
      : error.userMessage;
  // Every text param may come from the server (status text, fault text): redact them all.
  return new WizardError(error.kind, redactMessage(message));
}

function explain(e: unknown, ctx: FailureContext): WizardError {
  if (e instanceof WizardError) return e;
  const transport = e instanceof TransportFailure ? e : isCampaignException(e) && e.cause instanceof TransportFailure ? e.cause : null;
  if (transport) return fromTransport(transport, ctx);
  if (isReadingError(e) || (isCampaignException(e) && isReadingError(e.cause))) return malformedAnswer(ctx);
  if (isCampaignException(e)) return fromCampaign(e, ctx);
  if (e instanceof Error && e.name === 'AbortError') return cancelled(ctx);
  const text = e instanceof Error ? e.message : String(e);
  return new WizardError('connection', msg('connection.failed', { host: hostOf(ctx.url), step: stepOf(ctx), text: serverText(text) }));
}

function fromTransport(f: TransportFailure, ctx: FailureContext): WizardError {
  const host = hostOf(ctx.url);
  const step = stepOf(ctx);
  const code = f.detail.code ?? msg('connection.unknownCode');
  const say = (message: Message, kind: WizardErrorKind = 'connection') => new WizardError(kind, message);
  switch (f.reason) {
    case 'aborted':
      return cancelled(ctx);
    case 'timeout':
      return say(msg('connection.timeout', { host, time: duration(f.detail.timeoutMs ?? 0), step, moreTime: act('moreTime', words(ctx)) }));
    case 'dns':
      return say(msg('connection.dns', { host, code }));
    case 'refused':
      return say(msg('connection.refused', { hostPort: hostPort(ctx.url) }));
    case 'unreachable':
      return say(msg('connection.unreachable', { host, code }));
    case 'reset':
      return say(msg('connection.reset', { host, step }));
    case 'tls':
      return say(tlsMessage(host, f.detail.code, ctx));
    case 'too-large':
      return say(msg('connection.tooLarge', { host, step }));
    case 'implausible':
      return say(msg('soap.implausible', { host, shape: f.detail.shape ?? msg('connection.unknownCode'), step }));
    case 'dtd':
      return say(msg('soap.dtd', { host, step }));
    case 'http':
      return httpMessage(f.detail.status ?? 0, f.detail.statusText ?? '', ctx);
    case 'other':
      return say(msg('connection.other', { host, step, code }));
  }
}

function tlsMessage(host: string, code: string | undefined, ctx: FailureContext): Message {
  const trustCa = act('trustCa', words(ctx));
  switch (code) {
    case 'CERT_HAS_EXPIRED':
      return msg('connection.tls.expired', { host });
    case 'CERT_NOT_YET_VALID':
      return msg('connection.tls.notYetValid', { host });
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return msg('connection.tls.wrongHost', { host });
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'UNABLE_TO_GET_ISSUER_CERT':
    case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
      return msg('connection.tls.untrusted', { host, code, trustCa });
    default:
      return msg('connection.tls.other', { host, code: code ?? 'TLS', trustCa });
  }
}

function httpMessage(status: number, statusText: string, ctx: FailureContext): WizardError {
  const what = { host: hostOf(ctx.url), status: `${status}${statusText ? ` ${serverText(statusText)}` : ''}`, step: stepOf(ctx) };
  if (status === 401 || status === 403) return new WizardError('refused', msg('connection.http.denied', what));
  if (status === 404) return new WizardError('connection', msg('connection.http.notFound', what));
  if (status >= 500) return new WizardError('connection', msg('connection.http.serverError', what));
  return new WizardError('connection', msg('connection.http.other', what));
}

function fromCampaign(e: CampaignExceptionLike, ctx: FailureContext): WizardError {
  const method = e.methodCall?.methodName ?? '';
  const fault = serverText([e.errorCode, e.faultString].filter(Boolean).join(' '));
  const detailText = e.detail ? serverText(e.detail) : '';
  const detail = detailText && !fault.includes(detailText) ? ` (${detailText})` : '';
  const host = hostOf(ctx.url);
  const step = stepOf(ctx);

  if (e.message?.includes('SDK-000016')) return cancelled(ctx);
  if (e.message?.includes('SDK-000012')) return new WizardError('refused', msg('soap.sessionExpired', { host, step }));
  // Not a SOAP fault: a malformed or unexpected answer (a portal page, a proxy error page, broken XML).
  if (!isSoapFault(e)) {
    return new WizardError(
      'connection',
      msg('soap.notCampaign', { host, step, text: `${serverText(e.faultString || e.message || '') || '?'}${detail}` }),
    );
  }
  if (method.endsWith('Logon')) {
    const reason = fault || detail ? sentence(`${fault}${detail}`.trim()) : msg('soap.noReason');
    return new WizardError(
      'refused',
      ctx.login ? msg('soap.logonRefusedAs', { host, login: ctx.login, fault: reason }) : msg('soap.logonRefused', { host, fault: reason }),
    );
  }
  const rights = /right|permission|not allowed|denied/i.test(`${fault} ${e.detail ?? ''}`);
  const said = { host, step, method: method || '?', fault: sentence(`${fault || serverText(e.faultCode ?? '')}${detail}`) };
  return new WizardError('refused', msg(rights ? 'soap.faultRights' : 'soap.fault', said));
}

/** A fault the instance sent (faultcode SOAP-ENV:Client/Server), as opposed to an error the SDK raised on a bad answer. */
function isSoapFault(e: CampaignExceptionLike): boolean {
  return typeof e.faultCode === 'string' && /(^|:)(Client|Server|VersionMismatch|MustUnderstand)(\.|$)/.test(e.faultCode);
}

/** A TypeError or RangeError inside a call: the SDK tripped over an answer missing what every Campaign answer has. */
const isReadingError = (e: unknown): boolean => e instanceof TypeError || e instanceof RangeError;

function malformedAnswer(ctx: FailureContext): WizardError {
  return unexpectedAnswer(ctx, msg('soap.unexpected.missingParts'));
}

/** An answer that parsed but cannot be what Campaign sends; `what` says why. */
export function unexpectedAnswer(ctx: FailureContext, what: Message): WizardError {
  return new WizardError('connection', msg('soap.unexpected', { host: hostOf(ctx.url), step: stepOf(ctx), what }));
}

function cancelled(ctx: FailureContext): WizardError {
  // A write already sent cannot be recalled: say so, and how to see where things stand.
  if (ctx.step === 'writeAccount')
    return new WizardError(
      'cancelled',
      msg('connection.cancelledWrite', { step: stepOf(ctx), compareAgain: act('compareAgain', words(ctx)) }),
    );
  return new WizardError('cancelled', msg('connection.cancelled', { step: stepOf(ctx) }));
}

const words = (ctx: FailureContext): Wording => ctx.wording ?? CLI_WORDING;
const stepOf = (ctx: FailureContext): Message => (typeof ctx.step === 'string' ? msg(`soap.step.${ctx.step}`) : ctx.step);

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function hostPort(url: string): string {
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || (u.protocol === 'https:' ? '443' : '80')}`;
  } catch {
    return url;
  }
}

const MAX_SERVER_TEXT = 400;
const duration = (ms: number): Message =>
  ms < 1000 ? msg('connection.ms', { count: ms }) : msg('connection.seconds', { count: Math.round(ms / 1000) });
const sentence = (s: string) => `${s.replace(/[.\s]+$/, '')}.`;
// Redact before cutting: a secret across the cut would otherwise leave its start behind.
const serverText = (s: string) => redactor.redact(s).replace(/\s+/g, ' ').trim().slice(0, MAX_SERVER_TEXT);
