import { parseUrl } from '../config/urls';
import { msg, type Message } from '../messages/message';
import { isLoopbackHost } from '../loopback';

/**
 * Where the client id and secret go, and what is sent: one POST to `<IMS>/ims/token/v3` with an
 * authorization code that cannot be valid, so IMS can judge the client id and secret but never issues a
 * token (docs/DOMAIN.md "Checking the client id and secret with Adobe IMS"). The secret is only ever in the body.
 */
export const IMS_TOKEN_PATH = '/ims/token/v3';

/** Not an IMS authorization code by shape (IMS codes are signed tokens): nothing can be exchanged for it. */
export const NOT_A_CODE = 'acc-ims-wizard.credential-check.not-an-authorization-code';

export interface ImsTarget {
  /** The token endpoint, e.g. https://ims-na1.adobelogin.com/ims/token/v3. Never carries the secret. */
  url: string;
  /** Host (and port) the secret goes to. */
  host: string;
  /** True when --ims-url (or a test setting) replaced the configured IMS server. */
  overridden: boolean;
}

export type TargetResult = { ok: true; target: ImsTarget; warnings: Message[] } | { ok: false; message: Message };

/**
 * The token endpoint for the config's IMS server (a bare host or an https origin, as the config rules
 * allow), or for an override: https anywhere, http only to loopback, no credentials, query or fragment.
 */
export function resolveImsTarget(imsServer: string, override?: string): TargetResult {
  const configured = parseUrl(imsServer.includes('://') ? imsServer : `https://${imsServer}`);
  if (!configured || configured.protocol !== 'https:' || !configured.hostname)
    return { ok: false, message: msg('ims.target.badServer', { value: shorten(imsServer) }) };
  if (override === undefined)
    return { ok: true, target: { url: `${configured.origin}${IMS_TOKEN_PATH}`, host: configured.host, overridden: false }, warnings: [] };

  const url = parseUrl(override);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname)
    return { ok: false, message: msg('ims.target.badOverride', { value: shorten(override) }) };
  if (url.username || url.password || url.search || url.hash) return { ok: false, message: msg('ims.target.overrideExtras') };
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname))
    return { ok: false, message: msg('ims.target.plainHttp', { host: url.host }) };
  const base = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  return {
    ok: true,
    target: { url: `${base}${IMS_TOKEN_PATH}`, host: url.host, overridden: true },
    warnings: [msg('ims.target.overrideWarning', { host: url.host, configured: configured.host })],
  };
}

/** The x-www-form-urlencoded body: the only place the client id and secret are ever put. */
export function tokenRequestBody(clientId: string, clientSecret: string): string {
  const fields: [string, string][] = [
    ['grant_type', 'authorization_code'],
    ['code', NOT_A_CODE],
    ['client_id', clientId],
    ['client_secret', clientSecret],
  ];
  // Percent-encoding every reserved character is valid form encoding (common has no URLSearchParams).
  return fields.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
}

const shorten = (s: string) => (s.length > 80 ? `${s.slice(0, 77)}...` : s);
