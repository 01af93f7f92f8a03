import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { act, type Wording } from '../../common/campaign/wording';
import { msg } from '../../common/messages/message';
import { rootCertificates } from 'node:tls';
import type { Message } from '../../common/messages/message';
import { redactor } from '../../common/redact';
import { declaresDocumentType, implausibleMarkup } from './answer-shape';

/**
 * The HTTP layer handed to Adobe's SDK (ConnectionOptions.transport / client.setTransport): Node's own
 * http(s) rather than the SDK's axios, so that every call has a deadline, can be cancelled with an
 * AbortSignal, trusts an extra private CA when asked, and fails with a typed reason we can explain.
 * (Node 20's global fetch cannot take a CA without the undici package, hence node:https.)
 */

export type TransportFailureReason =
  'timeout' | 'aborted' | 'dns' | 'refused' | 'unreachable' | 'reset' | 'tls' | 'http' | 'too-large' | 'implausible' | 'dtd' | 'other';

/** Why a request got no usable answer. The SDK keeps it as `cause` of the CampaignException it raises. */
export class TransportFailure extends Error {
  override readonly name = 'TransportFailure';
  constructor(
    readonly reason: TransportFailureReason,
    readonly url: string,
    readonly detail: { code?: string; status?: number; statusText?: string; timeoutMs?: number; shape?: Message } = {},
  ) {
    super(`${reason}${detail.code ? ` ${detail.code}` : ''}${detail.status ? ` HTTP ${detail.status}` : ''}`);
  }
}

/** The request shape the SDK passes to its transport. */
export interface SdkRequest {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  data?: string;
}

export type SdkTransport = (request: SdkRequest, requestOptions?: unknown) => Promise<string>;

export interface TransportOptions {
  /** Deadline for one HTTP call, connect to last byte. */
  timeoutMs: number;
  signal?: AbortSignal;
  /** Extra trusted CA certificates (PEM), added to the system ones. */
  caPem?: string;
}

export interface NodeTransport {
  transport: SdkTransport;
  /** The cancel signal for the calls from now on (a session kept between the desktop's jobs gets each job's). */
  useSignal(signal: AbortSignal | undefined): void;
  /** Closes kept-alive sockets so the process can exit at once, and forgets the session's tokens. */
  dispose(): void;
}

const MAX_BODY_BYTES = 32 * 1024 * 1024;

/**
 * Certificate checks stated on every request, so NODE_TLS_REJECT_UNAUTHORIZED=0 in the environment (set
 * for some other tool, or by a tutorial) cannot turn them off: Node reads it only when the option is absent.
 */
const TLS_CHECKS = { rejectUnauthorized: true, minVersion: 'TLSv1.2' } as const;

/** The warning when the environment asks Node to skip certificate checks, which this tool ignores. */
export function tlsEnvironmentWarning(url: string, wording?: Wording): Message | null {
  if (process.env.NODE_TLS_REJECT_UNAUTHORIZED !== '0' || !url.startsWith('https:')) return null;
  return msg('connection.tls.envIgnored', { trustCa: act('trustCa', wording) });
}

const TLS_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'CERT_REVOKED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'EPROTO',
  'ERR_SSL_WRONG_VERSION_NUMBER',
]);

export function reasonForCode(code: string | undefined): TransportFailureReason {
  if (!code) return 'other';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_FAIL' || code === 'EAI_NONAME') return 'dns';
  if (code === 'ECONNREFUSED') return 'refused';
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'ETIMEDOUT' || code === 'EADDRNOTAVAIL') return 'unreachable';
  if (code === 'ECONNRESET' || code === 'EPIPE' || code === 'ECONNABORTED' || code === 'UND_ERR_SOCKET') return 'reset';
  if (TLS_CODES.has(code) || code.startsWith('ERR_TLS') || code.startsWith('ERR_SSL') || code.includes('CERT')) return 'tls';
  return 'other';
}

export function createNodeTransport(options: TransportOptions): NodeTransport {
  const ca = options.caPem ? [...rootCertificates, options.caPem] : undefined;
  const httpAgent = new HttpAgent({ keepAlive: true, maxSockets: 4 });
  const httpsAgent = new HttpsAgent({ keepAlive: true, maxSockets: 4, ...TLS_CHECKS, ...(ca ? { ca } : {}) });

  const tokens = new Set<string>();
  let currentSignal = options.signal;
  const transport: SdkTransport = (req) =>
    new Promise<string>((resolve, reject) => {
      rememberTokens(req.headers ?? {}, tokens);
      const url = req.url;
      const signal = currentSignal;
      if (signal?.aborted) return reject(new TransportFailure('aborted', url));
      let parsed: URL;
      try {
        parsed = new URL(url);
      } catch {
        return reject(new TransportFailure('other', url, { code: 'ERR_INVALID_URL' }));
      }
      const isHttps = parsed.protocol === 'https:';
      const body = req.data === undefined ? undefined : Buffer.from(req.data, 'utf8');
      const headers: Record<string, string | number> = { ...(req.headers ?? {}) };
      if (body) headers['Content-Length'] = body.length;

      let settled = false;
      const finish = (fn: () => void) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        fn();
      };
      const fail = (f: TransportFailure) => finish(() => reject(f));

      const request = (isHttps ? httpsRequest : httpRequest)(parsed, {
        method: req.method ?? 'GET',
        headers,
        agent: isHttps ? httpsAgent : httpAgent,
        ...(isHttps ? TLS_CHECKS : {}),
      });
      const timer = setTimeout(() => {
        fail(new TransportFailure('timeout', url, { timeoutMs: options.timeoutMs }));
        request.destroy();
      }, options.timeoutMs);
      const onAbort = () => {
        fail(new TransportFailure('aborted', url));
        request.destroy();
      };
      signal?.addEventListener('abort', onAbort, { once: true });

      request.on('error', (e: NodeJS.ErrnoException) => fail(new TransportFailure(reasonForCode(e.code), url, { code: e.code })));
      request.on('response', (res: IncomingMessage) => {
        const chunks: Buffer[] = [];
        let size = 0;
        res.on('data', (c: Buffer) => {
          size += c.length;
          if (size > MAX_BODY_BYTES) {
            fail(new TransportFailure('too-large', url));
            chunks.length = 0;
            request.destroy();
            return;
          }
          chunks.push(c);
        });
        res.on('error', (e: NodeJS.ErrnoException) =>
          fail(new TransportFailure(reasonForCode(e.code) === 'other' ? 'reset' : reasonForCode(e.code), url, { code: e.code })),
        );
        res.on('aborted', () => fail(new TransportFailure('reset', url, { code: 'ECONNRESET' })));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const status = res.statusCode ?? 0;
          // Campaign answers SOAP faults with HTTP 500: hand the envelope to the SDK, which reads the fault.
          const handOn = (status >= 200 && status < 300) || (req.method === 'POST' && isSoapFault(text));
          if (!handOn) return fail(new TransportFailure('http', url, { status, statusText: res.statusMessage ?? '' }));
          if (declaresDocumentType(text)) return fail(new TransportFailure('dtd', url));
          const shape = implausibleMarkup(text);
          if (shape) return fail(new TransportFailure('implausible', url, { shape }));
          finish(() => resolve(text));
        });
      });
      if (body) request.end(body);
      else request.end();
    });

  return {
    transport,
    useSignal: (next) => {
      currentSignal = next;
    },
    dispose: () => {
      httpAgent.destroy();
      httpsAgent.destroy();
      for (const token of tokens) redactor.forget(token);
      tokens.clear();
    },
  };
}

/**
 * The Campaign session and security tokens the SDK sends (headers and cookie) are as good as the password
 * while the session lives: registered with the redactor before any answer could echo them, forgotten
 * when the session's transport is disposed.
 */
function rememberTokens(headers: Record<string, string>, tokens: Set<string>): void {
  for (const [name, value] of Object.entries(headers)) {
    const key = name.toLowerCase();
    const found =
      key === 'x-session-token' || key === 'x-security-token'
        ? [value]
        : key === 'cookie'
          ? [...value.matchAll(/__sessiontoken=([^;]+)/g)].map((m) => m[1]!)
          : [];
    for (const token of found) {
      if (token.length === 0 || tokens.has(token)) continue;
      tokens.add(token);
      redactor.add(token);
    }
  }
}

const isSoapFault = (text: string): boolean => /<(?:[\w-]+:)?Fault[\s>]/.test(text) && /<(?:[\w-]+:)?Envelope[\s>]/.test(text);
