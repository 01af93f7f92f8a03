import {
  createServer as createHttpServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { Socket } from 'node:net';
import { createTestPki, type TestPki } from '../campaign-sim/tls';

/**
 * A stand-in Adobe IMS token endpoint on 127.0.0.1 (http, or https with a private CA): POST
 * /ims/token/v3 answers with the bodies Adobe's IMS sends (invalid_client for an unknown client id or a
 * wrong secret), and with faults a network or a proxy produces. Every request is recorded verbatim.
 */

export type ImsFault =
  /** The real answer. */
  | 'none'
  /** 503 from an overloaded front. */
  | '5xx'
  /** 403 with a proxy's or WAF's HTML page. */
  | 'html'
  /** The real answer, one byte every 200 ms. */
  | 'drip'
  /** Headers and a few bytes, then a TCP reset. */
  | 'reset'
  /** 400 with a plain-text body. */
  | 'not-json'
  /** 200 with megabytes of JSON-looking text. */
  | 'huge'
  /** 302 to another host. */
  | 'redirect';

export interface ImsRequest {
  method: string;
  /** The request target as sent (path and query). */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface ImsSim {
  /** Base URL, e.g. http://127.0.0.1:40123 (what --ims-url takes). */
  url: string;
  requests: ImsRequest[];
  fault: ImsFault;
  pki?: TestPki;
  close(): Promise<void>;
}

/** What IMS answers (asset-compute-client's oauthservertoserver.js shows the two invalid_client bodies). */
export const IMS_BODIES = {
  badSecret: { error: 'invalid_client', error_description: 'invalid client_secret parameter' },
  badClientId: { error: 'invalid_client', error_description: 'invalid client_id parameter' },
  // UNCONFIRMED (docs/DOMAIN.md): what a correct id and secret get for a made-up code; RFC 6749 prescribes invalid_grant.
  badCode: { error: 'invalid_grant', error_description: 'Invalid authorization code' },
};

export async function startImsSim(options: { clients?: Record<string, string>; fault?: ImsFault; tls?: boolean } = {}): Promise<ImsSim> {
  const clients = options.clients ?? { Campaign1: 'right-secret-0000' };
  const requests: ImsRequest[] = [];
  const sockets = new Set<Socket>();
  const pki = options.tls ? await createTestPki() : undefined;

  const sim: ImsSim = {
    url: '',
    requests,
    fault: options.fault ?? 'none',
    ...(pki ? { pki } : {}),
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pki?.dispose();
    },
  };

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      requests.push({ method: req.method ?? 'GET', url: req.url ?? '/', headers: req.headers, body });
      void answer(req, res, body).catch(() => res.destroy());
    });
  };

  async function answer(req: IncomingMessage, res: ServerResponse, body: string) {
    if (req.url !== '/ims/token/v3' || req.method !== 'POST') return json(res, 404, { error: 'not_found' });
    switch (sim.fault) {
      case '5xx':
        res.writeHead(503, { 'Content-Type': 'text/plain' });
        return res.end('Service Unavailable');
      case 'html':
        res.writeHead(403, { 'Content-Type': 'text/html' });
        return res.end(
          '<!DOCTYPE html><html><head><title>Access denied</title></head><body><h1>Access denied by proxy policy</h1></body></html>',
        );
      case 'not-json':
        res.writeHead(400, { 'Content-Type': 'text/plain' });
        return res.end('Bad Request');
      case 'redirect':
        res.writeHead(302, { Location: 'https://login.example.net/ims/token/v3' });
        return res.end();
      case 'huge':
        return sendHuge(res);
      default:
    }
    const [status, answerBody] = realAnswer(new URLSearchParams(body));
    const bytes = Buffer.from(JSON.stringify(answerBody));
    if (sim.fault === 'reset') {
      res.writeHead(status, { 'Content-Type': 'application/json;charset=UTF-8', 'Content-Length': String(bytes.length) });
      res.write(bytes.subarray(0, 5), () => req.socket.resetAndDestroy());
      return;
    }
    if (sim.fault === 'drip') {
      res.writeHead(status, { 'Content-Type': 'application/json;charset=UTF-8', 'Content-Length': String(bytes.length) });
      for (let i = 0; i < bytes.length && !res.destroyed; i++) {
        res.write(bytes.subarray(i, i + 1));
        await new Promise((r) => setTimeout(r, 200));
      }
      return res.end();
    }
    return json(res, status, answerBody);
  }

  function realAnswer(form: URLSearchParams): [number, object] {
    const id = form.get('client_id') ?? '';
    if (!Object.hasOwn(clients, id)) return [400, IMS_BODIES.badClientId];
    if (clients[id] !== form.get('client_secret')) return [400, IMS_BODIES.badSecret];
    return [400, IMS_BODIES.badCode];
  }

  const server: Server = pki ? createHttpsServer({ cert: pki.certPem, key: pki.keyPem }, handler) : createHttpServer(handler);
  const track = (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  };
  server.on('connection', track);
  server.on('secureConnection', track);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  sim.url = `${pki ? 'https' : 'http'}://127.0.0.1:${(server.address() as { port: number }).port}`;
  return sim;
}

function json(res: ServerResponse, status: number, body: object) {
  res.writeHead(status, { 'Content-Type': 'application/json;charset=UTF-8' });
  res.end(JSON.stringify(body));
}

async function sendHuge(res: ServerResponse) {
  res.writeHead(200, { 'Content-Type': 'application/json' });
  const chunk = Buffer.from(`"${'x'.repeat(65_534)}",`);
  res.write('[');
  for (let sent = 0; sent < 8 * 1024 * 1024 && !res.destroyed; sent += chunk.length) {
    if (!res.write(chunk)) await new Promise((r) => res.once('drain', r).once('close', r));
  }
  res.end('""]');
}
