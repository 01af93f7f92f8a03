import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { rootCertificates } from 'node:tls';
import { reasonForCode, type TransportFailureReason } from '../campaign/transport';

/**
 * One form POST to IMS with Node's own http(s), not the SOAP transport (which refuses non-2xx answers
 * and expects XML): an overall deadline (a slow drip cannot hold it), cancel, TLS checked and at least
 * 1.2, a cap on the answer's size, no redirects followed, no connection kept. Errors carry a reason and
 * a code, never the request body.
 */

export type PostFailureReason = TransportFailureReason;

export class PostFailure extends Error {
  override readonly name = 'PostFailure';
  constructor(
    readonly reason: PostFailureReason,
    readonly code?: string,
  ) {
    super(`${reason}${code ? ` ${code}` : ''}`);
  }
}

export interface PostOptions {
  timeoutMs: number;
  signal?: AbortSignal;
  /** Extra trusted CA certificates (PEM), added to the system ones. */
  caPem?: string;
  maxBytes: number;
}

export interface PostAnswer {
  status: number;
  contentType: string;
  body: string;
}

export function postForm(url: string, form: string, options: PostOptions): Promise<PostAnswer> {
  return new Promise<PostAnswer>((resolve, reject) => {
    const { signal } = options;
    if (signal?.aborted) return reject(new PostFailure('aborted'));
    const parsed = new URL(url);
    const isHttps = parsed.protocol === 'https:';
    const body = Buffer.from(form, 'utf8');
    let settled = false;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      fn();
    };
    const fail = (f: PostFailure) => finish(() => reject(f));
    const headers = {
      'Content-Type': 'application/x-www-form-urlencoded',
      'Content-Length': body.length,
      Accept: 'application/json',
      'User-Agent': 'acc-ims-wizard',
      Connection: 'close',
    };
    const req = isHttps
      ? httpsRequest(parsed, {
          method: 'POST',
          headers,
          agent: false,
          rejectUnauthorized: true,
          minVersion: 'TLSv1.2',
          ...(options.caPem ? { ca: [...rootCertificates, options.caPem] } : {}),
        })
      : httpRequest(parsed, { method: 'POST', headers, agent: false });
    const timer = setTimeout(() => {
      fail(new PostFailure('timeout'));
      req.destroy();
    }, options.timeoutMs);
    const onAbort = () => {
      fail(new PostFailure('aborted'));
      req.destroy();
    };
    signal?.addEventListener('abort', onAbort, { once: true });

    req.on('error', (e: NodeJS.ErrnoException) => fail(new PostFailure(reasonForCode(e.code), e.code)));
    req.on('response', (res: IncomingMessage) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        size += c.length;
        if (size > options.maxBytes) {
          fail(new PostFailure('too-large'));
          chunks.length = 0;
          req.destroy();
          return;
        }
        chunks.push(c);
      });
      res.on('error', (e: NodeJS.ErrnoException) =>
        fail(new PostFailure(reasonForCode(e.code) === 'other' ? 'reset' : reasonForCode(e.code), e.code)),
      );
      res.on('aborted', () => fail(new PostFailure('reset', 'ECONNRESET')));
      res.on('end', () => {
        const contentType = String(res.headers['content-type'] ?? '');
        finish(() => resolve({ status: res.statusCode ?? 0, contentType, body: Buffer.concat(chunks).toString('utf8') }));
      });
    });
    req.end(body);
  });
}
