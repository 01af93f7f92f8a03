import { randomBytes, randomUUID } from 'node:crypto';
import {
  createServer as createHttpServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { Socket } from 'node:net';
import type { Element } from '@xmldom/xmldom';
import { InstanceCipher } from './instance-crypto';
import { executeQuery, QueryError, unknownField } from './query';
import { DIRECTORY_SCHEMAS, DirectoryQueryError, executeDirectoryQuery } from './operators';
import { executeWorkflowQuery, WorkflowQueryError } from './workflows';
import { defaultScenario, type RawAnswer, type Scenario, type SimAccount, type SimAnswer, type SimUser } from './scenario';
import { extAccountAttributes, schemaXml } from './schemas';
import { createTestPki, type TestPki } from './tls';
import { attributes, childElements, firstChild, localName, parseXml, xmlAttr } from './xml';

/**
 * A Campaign Classic instance as seen from the network: the web front's /r/test and the SOAP router
 * (/nl/jsp/soaprouter.jsp) with sessions, security tokens, schema fetches, queries, EncryptPassword and
 * Write, faults answered with HTTP 500 as real instances do. Every request is recorded verbatim so
 * tests can prove what went over the wire.
 */

export interface RecordedRequest {
  method: string;
  path: string;
  /** SOAPAction header, e.g. "xtk:session#Logon" (SOAP requests only). */
  soapAction?: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface Simulator {
  url: string;
  scenario: Scenario;
  requests: RecordedRequest[];
  /** SOAP method names in call order ("Logon", "GetEntityIfMoreRecent", …). */
  soapMethods(): string[];
  accounts(): SimAccount[];
  cipher: InstanceCipher;
  pki?: TestPki;
  /** Sessions still open (a client that logs off leaves none). */
  openSessions(): number;
  /** Forgets every session, as an instance does when they time out: the next call with one is refused. */
  expireSessions(): void;
  close(): Promise<void>;
}

const NS = `xmlns:xsd='http://www.w3.org/2001/XMLSchema' xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance' xmlns:SOAP-ENV='http://schemas.xmlsoap.org/soap/envelope/'`;
const SOAP_ENC = `SOAP-ENV:encodingStyle='http://schemas.xmlsoap.org/soap/encoding/'`;
const LITERAL_XML = `SOAP-ENV:encodingStyle='http://xml.apache.org/xml-soap/literalxml'`;

class Fault extends Error {
  constructor(
    readonly code: string,
    readonly text: string,
    readonly faultcode = 'SOAP-ENV:Client',
    readonly detail = '',
  ) {
    super(`${code} ${text}`);
  }
}

interface Session {
  login: string;
  securityToken: string;
}

export async function startSimulator(overrides: Partial<Scenario> = {}): Promise<Simulator> {
  const scenario = defaultScenario(overrides);
  const requests: RecordedRequest[] = [];
  const sessions = new Map<string, Session>();
  const accounts: SimAccount[] = scenario.accounts.map((a, i) => ({ id: String(2000 + i), active: '1', ...a }));
  const cipher = new InstanceCipher();
  const pki = scenario.tls ? await createTestPki() : undefined;
  const sockets = new Set<Socket>();
  let nextId = 5000;

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const path = (req.url ?? '/').split('?')[0]!;
      const soapAction = typeof req.headers.soapaction === 'string' ? req.headers.soapaction : undefined;
      requests.push({ method: req.method ?? 'GET', path, soapAction, headers: req.headers, body });
      void answer(req, res, path, body).catch(() => res.destroy());
    });
  };

  async function answer(req: IncomingMessage, res: ServerResponse, path: string, body: string) {
    if (path === '/r/test') {
      await delay(scenario.latencyMs);
      if (scenario.drop.includes('/r/test')) return req.socket.destroy();
      const replaced = scenario.answers['/r/test'];
      if (replaced && !basedOnReal(replaced)) return sendReplaced(res, replaced);
      const real = scenario.testServed
        ? rawAnswer(200, 'text/xml', redir(req))
        : rawAnswer(404, 'text/html', '<html><body>404 Not Found</body></html>');
      return replaced ? sendBasedOnReal(req, res, replaced, real) : sendRaw(res, real);
    }
    if (path === '/nl/jsp/soaprouter.jsp' && req.method === 'POST') {
      const envelope = parseXml(body);
      const bodyEl = envelope && firstChild(envelope, 'Body');
      const call = bodyEl && childElements(bodyEl)[0];
      const method = call ? localName(call) : '';
      await delay(scenario.latencyMs + (scenario.slowMethods[method] ?? 0));
      if (scenario.drop.includes(method)) return req.socket.destroy();
      const replaced = scenario.answers[method];
      if (replaced && !basedOnReal(replaced)) return sendReplaced(res, replaced);
      const real = call
        ? realSoapAnswer(method, call, req, soapActionOf(req))
        : rawAnswer(500, 'text/xml', faultXml(new Fault('SOP-330001', 'Malformed SOAP request.')));
      return replaced ? sendBasedOnReal(req, res, replaced, real) : sendRaw(res, real);
    }
    return send(res, 404, 'text/html', '<html><body>404 Not Found</body></html>');
  }

  function realSoapAnswer(method: string, call: Element, req: IncomingMessage, action: string | undefined): RawAnswer {
    try {
      dispatchable(action, method);
      return rawAnswer(200, 'text/xml', soap(method, call, req));
    } catch (e) {
      // Real instances answer SOAP faults with HTTP 500 (acc-js-sdk issue #112).
      if (e instanceof Fault) return rawAnswer(500, 'text/xml', faultXml(e));
      throw e;
    }
  }

  function redir(req: IncomingMessage): string {
    const v = scenario.version;
    const attrs: [string, string][] = [
      ['status', 'OK'],
      ['date', new Date().toISOString().replace('T', ' ').replace('Z', '-00')],
      ...(scenario.testHasBuild ? ([['build', String(scenario.build)]] as [string, string][]) : []),
      ['sha1', 'cc45440'],
      ['instance', scenario.instanceName],
      ['sourceIP', req.socket.remoteAddress ?? ''],
      ['host', req.headers.host ?? ''],
      ['localHost', `${scenario.instanceName}-1`],
      ...(scenario.testHasVersion ? ([['version', `${v.major}.${v.minor}.${v.servicePack}`]] as [string, string][]) : []),
    ];
    return `<redir ${attrs.map(([k, val]) => `${k}='${xmlAttr(val)}'`).join(' ')}/>`;
  }

  function soap(method: string, call: Element, req: IncomingMessage): string {
    if (method === 'Logon') return logon(call);
    const login = authenticate(call, req);
    const user = scenario.users.find((u) => u.login === login);
    switch (method) {
      case 'Logoff': {
        const token = sessionTokenOf(call, req);
        if (token) sessions.delete(token);
        return response('xtk:session', 'Logoff', '');
      }
      case 'GetEntityIfMoreRecent': {
        const pk = param(call, 0);
        const [entityType, id] = pk.split('|');
        const xml = entityType === 'xtk:schema' && id ? schemaXml(id, scenario) : null;
        return response('wpp:default', 'GetEntityIfMoreRecent', `<pdomDoc xsi:type='ns:Element' ${LITERAL_XML}>${xml ?? ''}</pdomDoc>`);
      }
      case 'GetUserInfo':
        return response('xtk:session', 'GetUserInfo', `<pUserInfo xsi:type='ns:Element' ${LITERAL_XML}>${userInfoXml(user!)}</pUserInfo>`);
      case 'GetOption': {
        const name = param(call, 0);
        const value = name === 'NmsServer_LastPostUpgrade' ? String(scenario.build) : '';
        return response(
          'xtk:session',
          'GetOption',
          `<pstrValue xsi:type='xsd:string'>${value}</pstrValue><pbtType xsi:type='xsd:byte'>${value ? 6 : 0}</pbtType>`,
        );
      }
      case 'EncryptPassword':
        return response(
          'xtk:session',
          'EncryptPassword',
          `<pstrEncrypted xsi:type='xsd:string'>${xmlAttr(cipher.encrypt(param(call, 0)))}</pstrEncrypted>`,
        );
      case 'ExecuteQuery': {
        const queryDef = documentParam(call, 'document');
        if (!queryDef)
          throw new Fault(
            'SOP-330011',
            "Error while executing the method 'ExecuteQuery' of service 'xtk:queryDef'.",
            'SOAP-ENV:Client',
            'The query document is missing.',
          );
        if (DIRECTORY_SCHEMAS.has(queryDef.getAttribute('schema') ?? '')) return directoryQuery(queryDef);
        if (queryDef.getAttribute('schema') === 'xtk:workflow') return workflowQuery(queryDef);
        try {
          return response(
            'xtk:queryDef',
            'ExecuteQuery',
            `<pdomOutput xsi:type='ns:Element' ${LITERAL_XML}>${executeQuery(queryDef, accounts, new Set(extAccountAttributes(scenario)))}</pdomOutput>`,
          );
        } catch (e) {
          if (e instanceof QueryError)
            throw new Fault(
              'SOP-330011',
              "Error while executing the method 'ExecuteQuery' of service 'xtk:queryDef'.",
              'SOAP-ENV:Client',
              e.message,
            );
          throw e;
        }
      }
      case 'Write':
        write(call, user!);
        return response('wpp:default', 'Write', '');
      default:
        throw new Fault('SOP-330006', `The method '${method}' is not defined in SOAP service.`);
    }
  }

  function workflowQuery(queryDef: Element): string {
    try {
      return response(
        'xtk:queryDef',
        'ExecuteQuery',
        `<pdomOutput xsi:type='ns:Element' ${LITERAL_XML}>${executeWorkflowQuery(queryDef, scenario.workflows)}</pdomOutput>`,
      );
    } catch (e) {
      if (e instanceof WorkflowQueryError)
        throw new Fault(
          'SOP-330011',
          "Error while executing the method 'ExecuteQuery' of service 'xtk:queryDef'.",
          'SOAP-ENV:Client',
          e.message,
        );
      throw e;
    }
  }

  function directoryQuery(queryDef: Element): string {
    try {
      return response(
        'xtk:queryDef',
        'ExecuteQuery',
        `<pdomOutput xsi:type='ns:Element' ${LITERAL_XML}>${executeDirectoryQuery(queryDef, scenario.directory)}</pdomOutput>`,
      );
    } catch (e) {
      if (e instanceof DirectoryQueryError)
        throw new Fault(
          'SOP-330011',
          "Error while executing the method 'ExecuteQuery' of service 'xtk:queryDef'.",
          'SOAP-ENV:Client',
          e.message,
        );
      throw e;
    }
  }

  function logon(call: Element): string {
    const login = param(call, 0, 'login');
    const password = param(call, 1, 'password');
    const user = scenario.users.find((u) => u.login === login);
    if (!user || user.password !== password) {
      // The code is illustrative: clients must not depend on it, only on which call failed.
      throw new Fault('XSV-350022', `Unable to log on: invalid login or password for '${login}'.`);
    }
    const sessionToken = `___${randomUUID().toUpperCase()}`;
    const securityToken = `@${randomBytes(48).toString('base64url')}==`;
    sessions.set(sessionToken, { login, securityToken });
    return response(
      'xtk:session',
      'Logon',
      `<pstrSessionToken xsi:type='xsd:string'>${sessionToken}</pstrSessionToken>` +
        `<pSessionInfo xsi:type='ns:Element' ${LITERAL_XML}><sessionInfo>${serverInfoXml()}${userInfoXml(user)}</sessionInfo></pSessionInfo>` +
        `<pstrSecurityToken xsi:type='xsd:string'>${securityToken}</pstrSecurityToken>`,
    );
  }

  function authenticate(call: Element, req: IncomingMessage): string {
    const bearer = /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1];
    if (bearer) {
      const login = scenario.bearerTokens[bearer];
      if (login) return login;
      throw new Fault('XSV-350008', 'Session has expired or is invalid. Please reconnect.');
    }
    const token = sessionTokenOf(call, req);
    const session = token ? sessions.get(token) : undefined;
    if (!session || req.headers['x-security-token'] !== session.securityToken) {
      throw new Fault('XSV-350008', 'Session has expired or is invalid. Please reconnect.');
    }
    return session.login;
  }

  function write(call: Element, user: SimUser) {
    if (scenario.writeFault) throw new Fault(scenario.writeFault.code, scenario.writeFault.text, 'SOAP-ENV:Server');
    if (!user.rights.includes('admin')) {
      throw new Fault(
        'SOP-330011',
        "Error while executing the method 'Write' of service 'xtk:persist|xtk:session'.",
        'SOAP-ENV:Client',
        `XSV-350040 The operator '${user.login}' does not have the right to modify external accounts.`,
      );
    }
    const doc = documentParam(call, 'doc');
    if (!doc || doc.getAttribute('xtkschema') !== 'nms:extAccount') {
      throw new Fault(
        'SOP-330011',
        "Error while executing the method 'Write' of service 'xtk:persist|xtk:session'.",
        'SOAP-ENV:Client',
        'Only nms:extAccount documents are supported by this instance.',
      );
    }
    const { xtkschema: _schema, _operation: operation = 'insertOrUpdate', _key: key = '@id', ...values } = attributes(doc);
    const declared = new Set(extAccountAttributes(scenario));
    const unknown = Object.keys(values).find((a) => !declared.has(a));
    if (unknown)
      throw new Fault(
        'SOP-330011',
        "Error while executing the method 'Write' of service 'xtk:persist|xtk:session'.",
        'SOAP-ENV:Client',
        unknownField(`@${unknown}`),
      );
    const keyAttrs = key.split(',').map((k) => k.trim().replace(/^@/, ''));
    if (keyAttrs.some((k) => !values[k])) throw new Fault('XSV-350004', `The key '${key}' of the document is empty.`);
    const existing = accounts.find((a) => keyAttrs.every((k) => a[k] === values[k]));
    if (scenario.writeIgnored) return;
    if (existing) {
      if (operation === 'insert') throw new Fault('ODB-240000', `Unique index violation on nms:extAccount (${key}).`);
      Object.assign(existing, values);
    } else {
      if (operation === 'update') throw new Fault('XSV-350004', 'The record to update was not found.');
      accounts.push({ id: String(nextId++), active: '1', ...values });
    }
  }

  function serverInfoXml(): string {
    const v = scenario.version;
    return `<serverInfo advisedClientBuildNumber="0" allowSQL="false" buildNumber="${scenario.build}" commitId="f5f3ec3" databaseId="u${randomBytes(8).toString('hex').toUpperCase()}" defaultNameSpace="cus" fohVersion="2" instanceName="${xmlAttr(scenario.instanceName)}" majNumber="${v.major}" minClientBuildNumber="${scenario.build}" minNumber="${v.minor}" minNumberTechnical="0" releaseName="${xmlAttr(scenario.releaseName)}" securityTimeOut="86400" serverDate="${new Date().toISOString()}" servicePack="${v.servicePack}" sessionTimeOut="86400" useVault="false"/>`;
  }

  function userInfoXml(user: SimUser): string {
    const rights = user.rights.map((r) => `<login-right right="${xmlAttr(r)}"/>`).join('');
    const packages = scenario.packages
      .map((p) => {
        const [namespace, name] = p.split(':');
        return `<installed-package name="${xmlAttr(name ?? '')}" namespace="${xmlAttr(namespace ?? '')}"/>`;
      })
      .join('');
    return `<userInfo datakitInDatabase="true" homeDir="" instanceLocale="en" locale="en" login="${xmlAttr(user.login)}" loginCS="${xmlAttr(user.login)}" loginId="1059" noConsoleCnx="false" orgUnitId="0" theme="" timezone="Europe/Paris"><login-group id="1060"/>${rights}${packages}</userInfo>`;
  }

  const server: Server = pki ? createHttpsServer({ cert: pki.certPem, key: pki.keyPem }, handler) : createHttpServer(handler);
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  server.on('secureConnection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;

  return {
    url: `${pki ? 'https' : 'http'}://127.0.0.1:${port}`,
    scenario,
    requests,
    soapMethods: () => requests.filter((r) => r.soapAction).map((r) => r.soapAction!.replace(/^.*#/, '')),
    accounts: () => accounts,
    cipher,
    pki,
    openSessions: () => sessions.size,
    expireSessions: () => sessions.clear(),
    close: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pki?.dispose();
    },
  };
}

/** The API tests and benchmarks drive: start({ scenario }) → { url, close(), requests, … }. */
export const start = ({ scenario = {} }: { scenario?: Partial<Scenario> } = {}): Promise<Simulator> => startSimulator(scenario);

/** The services that answer each method, as `urn#method` in SOAPAction; Write and schema fetches are xtk:persist methods that xtk:session implements. */
const SERVICES: Record<string, readonly string[]> = {
  Logon: ['xtk:session'],
  Logoff: ['xtk:session'],
  GetUserInfo: ['xtk:session'],
  GetOption: ['xtk:session'],
  EncryptPassword: ['xtk:session'],
  GetEntityIfMoreRecent: ['xtk:persist', 'xtk:session'],
  // The SDK names the interface and its implementing schema, as Campaign's own clients do.
  Write: ['xtk:persist|xtk:session', 'xtk:persist', 'xtk:session'],
  ExecuteQuery: ['xtk:queryDef'],
};

/** SOAPAction header, or the soapAction query parameter the SDK also sends. */
function soapActionOf(req: IncomingMessage): string | undefined {
  const header = req.headers.soapaction;
  if (typeof header === 'string' && header !== '') return header.replace(/^"(.*)"$/, '$1');
  return new URL(req.url ?? '/', 'http://sim').searchParams.get('soapAction') ?? undefined;
}

/** The router dispatches by the service and method SOAPAction names; the body element must be that method. */
function dispatchable(action: string | undefined, method: string) {
  const [urn = '', named = ''] = (action ?? '').split('#');
  if (!action || named !== method || !(SERVICES[named] ?? []).includes(urn)) {
    throw new Fault('SOP-330006', `The method '${named || method}' is not defined in SOAP service '${urn}'.`);
  }
}

/** The nth parameter of a SOAP call after the session token, or the one with that element name. */
function param(call: Element, index: number, name?: string): string {
  const params = childElements(call).filter((p) => localName(p) !== 'sessiontoken');
  const el = (name ? params.find((p) => localName(p) === name) : undefined) ?? params[index];
  return el?.textContent ?? '';
}

function documentParam(call: Element, name: string): Element | undefined {
  const holder = childElements(call).find((p) => localName(p) === name);
  return holder ? childElements(holder)[0] : undefined;
}

function sessionTokenOf(call: Element, req: IncomingMessage): string | undefined {
  const fromBody = childElements(call).find((p) => localName(p) === 'sessiontoken')?.textContent;
  if (fromBody) return fromBody;
  return /__sessiontoken=([^;]+)/.exec(String(req.headers.cookie ?? ''))?.[1];
}

function response(urn: string, method: string, inner: string): string {
  return `<?xml version='1.0'?><SOAP-ENV:Envelope ${NS} xmlns:ns='urn:${urn}'><SOAP-ENV:Body><${method}Response xmlns='urn:${urn}' ${SOAP_ENC}>${inner}</${method}Response></SOAP-ENV:Body></SOAP-ENV:Envelope>`;
}

function faultXml(f: Fault): string {
  const detail = f.detail ? `<detail xsi:type='xsd:string'>${xmlAttr(f.detail)}</detail>` : '';
  return `<?xml version='1.0'?><SOAP-ENV:Envelope ${NS}><SOAP-ENV:Body><SOAP-ENV:Fault><faultcode>${f.faultcode}</faultcode><faultstring xsi:type='xsd:string'>${xmlAttr(`${f.code} ${f.text}`)}</faultstring>${detail}</SOAP-ENV:Fault></SOAP-ENV:Body></SOAP-ENV:Envelope>`;
}

function sendReplaced(res: ServerResponse, answer: SimAnswer) {
  switch (answer.kind) {
    case 'fault':
      return send(res, answer.httpStatus ?? 500, 'text/xml', faultXml(new Fault(answer.code, answer.text)));
    case 'http':
      return send(res, answer.status, answer.contentType ?? 'text/html', answer.body ?? `<html><body>${answer.status}</body></html>`);
    case 'invalid-xml':
      return send(res, 200, 'text/xml', "<?xml version='1.0'?><SOAP-ENV:Envelope><SOAP-ENV:Body><unclosed>");
    case 'huge':
      return send(res, 200, 'text/xml', 'x'.repeat(answer.bytes));
    case 'raw':
      return sendRaw(res, answer.answer);
    case 'stream':
      return sendStream(res, answer.bytes);
    default:
      throw new Error(`${answer.kind} is sent from the real answer`);
  }
}

/** Kinds that carry the call out on the instance first (so a Write lands) and then spoil its answer. */
const basedOnReal = (answer: SimAnswer): answer is Extract<SimAnswer, { kind: 'rewrite' | 'drip' | 'reset' }> =>
  answer.kind === 'rewrite' || answer.kind === 'drip' || answer.kind === 'reset';

async function sendBasedOnReal(
  req: IncomingMessage,
  res: ServerResponse,
  answer: Extract<SimAnswer, { kind: 'rewrite' | 'drip' | 'reset' }>,
  real: RawAnswer,
) {
  const bytes = Buffer.from(real.body, 'utf8');
  const head = { ...real.headers, 'Content-Length': String(bytes.length) };
  switch (answer.kind) {
    case 'rewrite':
      return sendRaw(res, answer.change(real));
    case 'drip':
      res.writeHead(real.status, head);
      for (let at = 0; at < bytes.length && !res.destroyed; at += answer.bytesPerTick) {
        res.write(bytes.subarray(at, at + answer.bytesPerTick));
        await delay(answer.intervalMs);
      }
      return res.end();
    case 'reset':
      res.writeHead(real.status, head);
      // The bytes must leave before the reset, or the client sees a plain refused answer.
      res.write(bytes.subarray(0, answer.afterBytes), () => req.socket.resetAndDestroy());
  }
}

const rawAnswer = (status: number, type: string, body: string): RawAnswer => ({
  status,
  headers: { 'Content-Type': `${type};charset=utf-8` },
  body,
});

function sendRaw(res: ServerResponse, answer: RawAnswer) {
  if (res.destroyed) return;
  if (answer.statusText !== undefined) res.writeHead(answer.status, answer.statusText, answer.headers);
  else res.writeHead(answer.status, answer.headers);
  res.end(answer.body);
}

/** A never-ending-looking SOAP body: one small chunk written again and again, honouring back-pressure. */
async function sendStream(res: ServerResponse, bytes: number) {
  const chunk = Buffer.from('<a b="1"/>'.repeat(6554));
  res.writeHead(200, { 'Content-Type': 'text/xml;charset=utf-8' });
  res.write("<?xml version='1.0'?><SOAP-ENV:Envelope xmlns:SOAP-ENV='http://schemas.xmlsoap.org/soap/envelope/'><SOAP-ENV:Body>");
  for (let sent = 0; sent < bytes && !res.destroyed; sent += chunk.length) {
    if (!res.write(chunk)) await drainedOrClosed(res);
  }
  res.end('</SOAP-ENV:Body></SOAP-ENV:Envelope>');
}

function send(res: ServerResponse, status: number, type: string, text: string) {
  if (res.destroyed) return;
  res.writeHead(status, { 'Content-Type': `${type};charset=utf-8` });
  res.end(text);
}

function drainedOrClosed(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

const delay = (ms: number) => (ms > 0 ? new Promise((r) => setTimeout(r, ms)) : Promise.resolve());
