import { CLI_WORDING, type Wording } from '../../common/campaign/wording';
import { WizardError } from '../../common/errors';
import { redactor } from '../../common/redact';
import { TransportFailure } from './transport';

/**
 * Turns whatever a call to an instance threw (our transport's TransportFailure, the SDK's
 * CampaignException around it, a SOAP fault) into one WizardError an admin can act on. Messages name
 * the host and the step, never the request body, and pass through the redactor.
 */

export interface FailureContext {
  /** The instance base URL. */
  url: string;
  /** What was being done, e.g. "logging on" or "writing the external account". */
  step: string;
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
  const mayHaveLanded = error.kind === 'connection' && /^writing/.test(ctx.step) ? ` The write may have reached the instance: ${words(ctx).compareAgain} before pushing once more.` : '';
  // Every part of the message may come from the server (status text, fault text): redact the whole.
  return new WizardError(error.kind, redactor.redact(`${error.message}${mayHaveLanded}`));
}

function explain(e: unknown, ctx: FailureContext): WizardError {
  if (e instanceof WizardError) return new WizardError(e.kind, redactor.redact(e.message));
  const transport = e instanceof TransportFailure ? e : isCampaignException(e) && e.cause instanceof TransportFailure ? e.cause : null;
  if (transport) return fromTransport(transport, ctx);
  if (isReadingError(e) || (isCampaignException(e) && isReadingError(e.cause))) return malformedAnswer(ctx);
  if (isCampaignException(e)) return fromCampaign(e, ctx);
  if (e instanceof Error && e.name === 'AbortError') return cancelled(ctx);
  const text = e instanceof Error ? e.message : String(e);
  return new WizardError('connection', redactor.redact(`${capital(ctx.step)} on ${hostOf(ctx.url)} failed: ${oneLine(text)}.`));
}

function fromTransport(f: TransportFailure, ctx: FailureContext): WizardError {
  const host = hostOf(ctx.url);
  const while_ = `while ${ctx.step}`;
  const say = (kind: 'connection' | 'refused' | 'cancelled', text: string) => new WizardError(kind, redactor.redact(text));
  switch (f.reason) {
    case 'aborted':
      return cancelled(ctx);
    case 'timeout':
      return say('connection', `${host} did not answer within ${duration(f.detail.timeoutMs ?? 0)} ${while_}. The instance may be overloaded, or a firewall drops the traffic: check the URL, or ${words(ctx).moreTime}.`);
    case 'dns':
      return say('connection', `The host name ${host} cannot be found (DNS ${f.detail.code ?? 'lookup failed'}). Check the instance URL for typos, and that this machine can resolve it (VPN, proxy).`);
    case 'refused':
      return say('connection', `Nothing is listening at ${hostPort(ctx.url)} (connection refused). Check the instance URL and port, and that the Campaign web server is running.`);
    case 'unreachable':
      return say('connection', `${host} cannot be reached from this machine (${f.detail.code ?? 'network unreachable'}). Check the network, VPN or proxy, and the instance URL.`);
    case 'reset':
      return say('connection', `${host} closed the connection ${while_} before answering. A proxy or firewall may cut the traffic, or the server restarted: try again, and check the instance's web server logs if it persists.`);
    case 'tls':
      return say('connection', tlsMessage(host, f.detail.code, ctx));
    case 'too-large':
      return say('connection', `${host} sent an answer over 32 MB ${while_}: that is not a Campaign SOAP answer. Check that the URL is the instance's access URL.`);
    case 'implausible':
      return say('connection', `${host} sent an answer with ${f.detail.shape ?? 'implausible markup'} ${while_}: that is not a Campaign SOAP answer, so it was not read. Check that the URL is the instance's access URL.`);
    case 'http':
      return httpMessage(f.detail.status ?? 0, f.detail.statusText ?? '', ctx);
    case 'other':
      return say('connection', `The connection to ${host} failed ${while_} (${f.detail.code ?? 'unknown error'}). Check the instance URL.`);
  }
}

function tlsMessage(host: string, code: string | undefined, ctx: FailureContext): string {
  switch (code) {
    case 'CERT_HAS_EXPIRED':
      return `The TLS certificate of ${host} has expired. Ask the instance's administrators to renew it; the tool does not connect to an instance it cannot authenticate.`;
    case 'CERT_NOT_YET_VALID':
      return `The TLS certificate of ${host} is not valid yet: check this machine's clock and date.`;
    case 'ERR_TLS_CERT_ALTNAME_INVALID':
      return `The TLS certificate presented by ${host} is issued for another host name. Use the instance's URL exactly as its certificate names it.`;
    case 'DEPTH_ZERO_SELF_SIGNED_CERT':
    case 'SELF_SIGNED_CERT_IN_CHAIN':
    case 'UNABLE_TO_VERIFY_LEAF_SIGNATURE':
    case 'UNABLE_TO_GET_ISSUER_CERT':
    case 'UNABLE_TO_GET_ISSUER_CERT_LOCALLY':
      return `The TLS certificate of ${host} is not signed by a trusted authority (${code}). If the instance uses your company's private CA, ${words(ctx).trustCa}; the tool never turns certificate checks off.`;
    default:
      return `The secure connection to ${host} failed (${code ?? 'TLS error'}). Check that the URL uses the right scheme and port (https://); if the instance uses your company's private CA, ${words(ctx).trustCa}.`;
  }
}

function httpMessage(status: number, statusText: string, ctx: FailureContext): WizardError {
  const host = hostOf(ctx.url);
  const what = `${host} answered HTTP ${status}${statusText ? ` ${statusText}` : ''} while ${ctx.step}`;
  if (status === 401 || status === 403) {
    return new WizardError('refused', `${what}: access is denied before Campaign itself (an IP allowlist or a proxy). Ask the instance's administrators to allow this machine's address.`);
  }
  if (status === 404) {
    return new WizardError('connection', `${what}: there is no Campaign SOAP router at this address. Use the instance's access URL (the one the client console connects to), without a path.`);
  }
  if (status >= 500) {
    return new WizardError('connection', `${what}, without a SOAP fault: the web server or a proxy in front of Campaign failed. Try again; if it persists, check the instance's web server logs.`);
  }
  return new WizardError('connection', `${what}. Check that the URL is the instance's access URL.`);
}

function fromCampaign(e: CampaignExceptionLike, ctx: FailureContext): WizardError {
  const method = e.methodCall?.methodName ?? '';
  const fault = oneLine([e.errorCode, e.faultString].filter(Boolean).join(' '));
  const detail = e.detail && !fault.includes(e.detail) ? ` (${oneLine(e.detail)})` : '';
  const host = hostOf(ctx.url);
  const say = (kind: 'refused' | 'connection', text: string) => new WizardError(kind, redactor.redact(text));

  if (e.message?.includes('SDK-000016')) return cancelled(ctx);
  if (e.message?.includes('SDK-000012')) {
    return say('refused', `${host} says the session has expired or is invalid while ${ctx.step}. Log on again; if it repeats at once, the instance may restrict sessions to known IP addresses (security zones).`);
  }
  // Not a SOAP fault: a malformed or unexpected answer (a portal page, a proxy error page, broken XML).
  if (!isSoapFault(e)) {
    return say('connection', `${host} did not answer like a Campaign instance while ${ctx.step}: ${oneLine(e.faultString || e.message || 'unexpected answer')}${detail}. Check that the URL is the instance's access URL, not a portal or proxy page.`);
  }
  if (method.endsWith('Logon')) {
    return say('refused', `${host} refused the logon${ctx.login ? ` of "${ctx.login}"` : ''}: ${sentence(`${fault || 'no reason given'}${detail}`)} Check the login and password (the operator must be allowed to log on from this address by the instance's security zones).`);
  }
  const advice = /right|permission|not allowed|denied/i.test(`${fault} ${e.detail ?? ''}`)
    ? ' The operator may lack the rights for it: use an operator of the Administrators group.'
    : " The code and text are the instance's own: its administrators can look them up in the server logs.";
  return say('refused', `${host} answered with a SOAP fault while ${ctx.step}${method ? ` (${method})` : ''}: ${sentence(`${fault || e.faultCode}${detail}`)}${advice}`);
}

/** A fault the instance sent (faultcode SOAP-ENV:Client/Server), as opposed to an error the SDK raised on a bad answer. */
function isSoapFault(e: CampaignExceptionLike): boolean {
  return typeof e.faultCode === 'string' && /(^|:)(Client|Server|VersionMismatch|MustUnderstand)(\.|$)/.test(e.faultCode);
}

/** A TypeError or RangeError inside a call: the SDK tripped over an answer missing what every Campaign answer has. */
const isReadingError = (e: unknown): boolean => e instanceof TypeError || e instanceof RangeError;

function malformedAnswer(ctx: FailureContext): WizardError {
  return unexpectedAnswer(ctx, 'the answer lacks elements or values every Campaign answer has');
}

/** An answer that parsed but cannot be what Campaign sends; `what` says why. */
export function unexpectedAnswer(ctx: FailureContext, what: string): WizardError {
  return new WizardError('connection', redactor.redact(`${hostOf(ctx.url)} did not answer like a Campaign instance while ${ctx.step}: ${what}. Check that the URL is the instance's access URL, not a portal or proxy page.`));
}

function cancelled(ctx: FailureContext): WizardError {
  // A write already sent cannot be recalled: say so, and how to see where things stand.
  const mayLand = /^writing/.test(ctx.step) ? ` The write may still reach the instance: ${words(ctx).compareAgain} before pushing once more.` : '';
  return new WizardError('cancelled', `Cancelled while ${ctx.step}.${mayLand}`);
}

const words = (ctx: FailureContext): Wording => ctx.wording ?? CLI_WORDING;

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

const duration = (ms: number) => (ms < 1000 ? `${ms} ms` : `${Math.round(ms / 1000)} s`);
const sentence = (s: string) => `${s.replace(/[.\s]+$/, '')}.`;
const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim().slice(0, 400);
const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
