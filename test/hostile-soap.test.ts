import { DOMParser, XMLSerializer, type Element } from '@xmldom/xmldom';
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { validateConfig } from '../electron/common/config/validate';
import { isWizardError, type WizardError } from '../electron/common/errors';
import { render } from '../electron/common/messages/catalogs';
import type { Message } from '../electron/common/messages/message';
import { ANSWER_LIMITS, implausibleMarkup } from '../electron/node/campaign/answer-shape';
import { runChecks } from '../electron/node/campaign/run-checks';
import { runPush, type PushOutcome, type PushRequest } from '../electron/node/campaign/run-push';
import { makeCanary } from './helpers/canary';
import { validConfig } from './helpers/configs';
import type { RawAnswer, Scenario, SimAnswer } from './campaign-sim/scenario';
import { start, type Simulator } from './campaign-sim/server';

/**
 * Hostile SOAP: every answer the client reads during a check or a push, replaced by something
 * a broken proxy, a portal page or a hostile server could send. The outcome is a verdict or one clear
 * WizardError; never a crash, a hang, a stack, a leaked password or secret, or memory out of bounds.
 */

const PASSWORD = makeCanary('password');
const SECRET = makeCanary('client-secret');
const OPERATOR = { login: 'admin', password: PASSWORD, rights: ['admin'] };
const TIMEOUT_MS = 2000;

/** What the client names when a call fails: one of the steps of session.ts, run-checks.ts and run-push.ts. */
const WIZARD_STEP_IDS =
  /asking for \/r\/test|logging on|refused the logon|reading the external account schema|reading the external accounts|encrypting the client secret|writing the external account|reading the account back/i;

const en = (m: Message) => render('en', m);
/** The English text of a failure, as the admin reads it. */
const said = (error: unknown) => en((error as WizardError).userMessage);

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => process.on('unhandledRejection', onUnhandled));
afterAll(() => process.off('unhandledRejection', onUnhandled));

const config = () => validateConfig(validConfig()).config!;

async function pushAgainst(
  scenario: Partial<Scenario>,
  extra: Partial<PushRequest> = {},
): Promise<{ outcome?: PushOutcome; error?: unknown; sim: Simulator }> {
  const s = await start({ scenario: { users: [OPERATOR], ...scenario } });
  sim = s;
  try {
    const outcome = await runPush({
      url: s.url,
      timeoutMs: TIMEOUT_MS,
      credentials: { kind: 'password', login: OPERATOR.login, password: PASSWORD },
      config: config(),
      secret: SECRET,
      dryRun: false,
      replaceSecret: false,
      updateExisting: false,
      ...extra,
    });
    return { outcome, sim: s };
  } catch (error) {
    return { error, sim: s };
  }
}

/** One line, says what was being done and on which host, no stack, no canary: what an admin can act on. */
function expectClearMessage(message: string, host: string): void {
  expect(message).not.toContain('\n');
  expect(message).not.toMatch(/\bat .+:\d+:\d+/);
  expect(message).not.toContain(PASSWORD);
  expect(message).not.toContain(SECRET);
  expect(message.length).toBeLessThan(1200);
  expect(message).toMatch(/\.$/);
  expect(message).toContain(host);
}

function expectClearFailure(error: unknown, host: string): void {
  expect(isWizardError(error), `not a WizardError: ${String(error)}`).toBe(true);
  const e = error as WizardError;
  expect(['connection', 'refused']).toContain(e.kind);
  expectClearMessage(en(e.userMessage), host);
  expectClearMessage(render('zh-Hant', e.userMessage).replace(/。$/, '.'), host);
  expect(en(e.userMessage)).toMatch(WIZARD_STEP_IDS);
}

// ---- Hostile answers ----------------------------------------------------------------------------------

const STATUSES = [200, 302, 401, 403, 404, 500, 502, 503] as const;
const CONTENT_TYPES = [undefined, 'text/xml;charset=utf-8', 'text/html', 'application/json', 'application/octet-stream'] as const;
const ENVELOPE =
  "<SOAP-ENV:Envelope xmlns:SOAP-ENV='http://schemas.xmlsoap.org/soap/envelope/' xmlns:xsi='http://www.w3.org/2001/XMLSchema-instance'>";

/** Pieces of real SOAP and of what breaks parsers, glued at random. */
const XML_PIECES = [
  "<?xml version='1.0'?>",
  ENVELOPE,
  '<SOAP-ENV:Body>',
  '</SOAP-ENV:Body>',
  '</SOAP-ENV:Envelope>',
  '<SOAP-ENV:Fault>',
  '</SOAP-ENV:Fault>',
  '<faultcode>SOAP-ENV:Server</faultcode>',
  '<faultstring>',
  '</faultstring>',
  '<detail>',
  'XSV-350008',
  'SOP-330011 Error',
  '<LogonResponse>',
  '<pstrSessionToken>',
  '<pdomOutput>',
  '<extAccount name="x" type="18"/>',
  '<schema name="extAccount">',
  '<enumeration name="type">',
  '<value value="abc"/>',
  '<redir build="x"/>',
  '<',
  '>',
  '/>',
  '</',
  '"',
  "'",
  '=',
  '&amp;',
  '&bogus;',
  '&#0;',
  '<![CDATA[',
  ']]>',
  '<!--',
  '-->',
  '<!DOCTYPE x [<!ENTITY a "aaaa">]>',
  '&a;',
  '\u0000',
  '😀',
  'text',
  ' ',
];

const xmlish = fc.array(fc.constantFrom(...XML_PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

/** A fault as real instances and proxies send it, sometimes incomplete, sometimes echoing what the client sent. */
const fault = fc
  .record({
    code: fc.option(fc.constantFrom('SOAP-ENV:Client', 'SOAP-ENV:Server', '', 'weird'), { nil: undefined }),
    text: fc.constantFrom(
      'XSV-350022 Unable to log on.',
      `Invalid password '${PASSWORD}'.`,
      `Secret ${SECRET} refused`,
      '',
      'SOP-330011 Error while executing the method.',
      'XSV-350000 first line\n  second line',
      `${'. '.repeat(20_000)}x`,
    ),
    detail: fc.option(fc.constantFrom('The query failed.', `secret=${SECRET}`, 'SCR-160012 first line\n\tsecond line\r\nthird'), {
      nil: undefined,
    }),
  })
  .map(
    ({ code, text, detail }) =>
      `${ENVELOPE}<SOAP-ENV:Body><SOAP-ENV:Fault>${code === undefined ? '' : `<faultcode>${code}</faultcode>`}<faultstring>${escape(text)}</faultstring>${detail === undefined ? '' : `<detail>${escape(detail)}</detail>`}</SOAP-ENV:Fault></SOAP-ENV:Body></SOAP-ENV:Envelope>`,
  );

const body = fc.oneof(
  fc.constant(''),
  fc.string({ maxLength: 200 }),
  xmlish,
  fault,
  fc.constant('<html><head><title>Sign in</title></head><body>Portal</body></html>'),
  fc.constant('{"error":"bad gateway"}'),
);

const raw: fc.Arbitrary<SimAnswer> = fc
  .record({
    status: fc.constantFrom(...STATUSES),
    statusText: fc.option(fc.constantFrom('Bad Gateway', `Denied ${PASSWORD}`, ''), { nil: undefined }),
    type: fc.constantFrom(...CONTENT_TYPES),
    body,
  })
  .map(({ status, statusText, type, body: text }) => ({
    kind: 'raw' as const,
    answer: {
      status,
      ...(statusText !== undefined ? { statusText } : {}),
      headers: type ? { 'Content-Type': type } : ({} as Record<string, string>),
      body: text,
    },
  }));

type Edit =
  | { op: 'remove' | 'attributes-as-children' | 'nest-text'; index: number }
  | { op: 'rename'; index: number; name: string }
  | { op: 'text'; index: number; text: string }
  | { op: 'attribute-values'; index: number; value: string }
  | { op: 'truncate'; fraction: number }
  | { op: 'status'; status: number }
  | { op: 'content-type'; type: string | undefined };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ op: fc.constantFrom('remove' as const, 'attributes-as-children' as const, 'nest-text' as const), index: fc.nat() }),
  fc.record({
    op: fc.constant('rename' as const),
    index: fc.nat(),
    name: fc.constantFrom('x', 'SOAP-ENV:Fault', 'pstrSessionToken', 'sessionInfo', 'LogonResponse'),
  }),
  // Wrong types: words where numbers are, numbers where words are, nothing where something is.
  fc.record({
    op: fc.constant('text' as const),
    index: fc.nat(),
    text: fc.constantFrom('', 'abc', '-1', '1e309', 'NaN', '9'.repeat(40), ' '),
  }),
  fc.record({
    op: fc.constant('attribute-values' as const),
    index: fc.nat(),
    value: fc.constantFrom('', 'abc', '-1', 'NaN', '<&>', '18.5'),
  }),
  fc.record({ op: fc.constant('truncate' as const), fraction: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ op: fc.constant('status' as const), status: fc.constantFrom(...STATUSES) }),
  fc.record({ op: fc.constant('content-type' as const), type: fc.constantFrom(...CONTENT_TYPES) }),
);

/** The instance's real answer (the call is carried out) with structural edits. */
const rewrite: fc.Arbitrary<SimAnswer> = fc
  .array(edit, { minLength: 1, maxLength: 3 })
  // The edits ride along so that a counterexample shows them, not just a function.
  .map((edits) => Object.assign({ kind: 'rewrite' as const, change: (real: RawAnswer) => edits.reduce(applyEdit, real) }, { edits }));

const hostile: fc.Arbitrary<SimAnswer> = fc.oneof(
  { weight: 3, arbitrary: rewrite },
  { weight: 3, arbitrary: raw },
  { weight: 1, arbitrary: fc.nat({ max: 2000 }).map((afterBytes) => ({ kind: 'reset' as const, afterBytes })) },
  { weight: 1, arbitrary: fc.constant<SimAnswer>({ kind: 'invalid-xml' }) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom(200 as const, 500 as const)
      .map((httpStatus): SimAnswer => ({ kind: 'fault', code: 'XSV-350123', text: `Rejected ${SECRET}`, httpStatus })),
  },
);

function applyEdit(answer: RawAnswer, e: Edit): RawAnswer {
  switch (e.op) {
    case 'truncate':
      return { ...answer, body: answer.body.slice(0, Math.floor(answer.body.length * e.fraction)) };
    case 'status':
      return { ...answer, status: e.status };
    case 'content-type':
      return { ...answer, headers: e.type ? { ...answer.headers, 'Content-Type': e.type } : {} };
    default:
      return { ...answer, body: editElement(answer.body, e) };
  }
}

function editElement(text: string, e: Extract<Edit, { index: number }>): string {
  const doc = new DOMParser({ onError: () => undefined }).parseFromString(text, 'text/xml');
  const all: Element[] = [];
  const walk = (el: Element) => {
    all.push(el);
    for (let c = el.firstChild; c; c = c.nextSibling) if (c.nodeType === 1) walk(c as Element);
  };
  if (doc.documentElement) walk(doc.documentElement as Element);
  const el = all[e.index % Math.max(all.length, 1)];
  if (!el) return text;
  switch (e.op) {
    case 'remove':
      el.parentNode?.removeChild(el);
      break;
    case 'rename': {
      const renamed = doc.createElement(e.name);
      while (el.firstChild) renamed.appendChild(el.firstChild);
      for (let i = 0; i < el.attributes.length; i++) renamed.setAttribute(el.attributes.item(i)!.name, el.attributes.item(i)!.value);
      el.parentNode?.replaceChild(renamed, el);
      break;
    }
    case 'text':
      el.textContent = e.text;
      break;
    case 'nest-text': {
      const inner = doc.createElement('nested');
      while (el.firstChild) inner.appendChild(el.firstChild);
      el.appendChild(inner);
      break;
    }
    case 'attributes-as-children':
      for (const a of Array.from({ length: el.attributes.length }, (_, i) => el.attributes.item(i)!)) {
        const child = doc.createElement(a.name.replace(/^.*:/, ''));
        child.textContent = a.value;
        el.appendChild(child);
        el.removeAttribute(a.name);
      }
      break;
    case 'attribute-values':
      for (let i = 0; i < el.attributes.length; i++) el.setAttribute(el.attributes.item(i)!.name, e.value);
      break;
  }
  return new XMLSerializer().serializeToString(doc);
}

function escape(v: string): string {
  return v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

// ---- 1. Property: every call, every kind of hostile answer ----------------------------------------------

const PUSH_METHODS = ['Logon', 'GetEntityIfMoreRecent', 'ExecuteQuery', 'EncryptPassword', 'Write', 'Logoff'] as const;
const CHECK_TARGETS = ['/r/test', 'Logon', 'GetEntityIfMoreRecent', 'ExecuteQuery', 'Logoff'] as const;
// Enough runs per call to hit every generator branch; bounded so the file stays well under a minute on 2 cores.
const RUNS = Number(process.env.HOSTILE_RUNS ?? 14);

describe('hostile SOAP answers, fuzzed (fast-check)', () => {
  it.each(PUSH_METHODS)(
    'push: whatever %s answers, the outcome is a verdict or one clear WizardError',
    async (method) => {
      await fc.assert(
        fc.asyncProperty(hostile, async (answer) => {
          const { outcome, error, sim: s } = await pushAgainst({ answers: { [method]: answer } });
          const host = new URL(s.url).host;
          if (error !== undefined) {
            expectClearFailure(error, host);
          } else {
            for (const line of [...(outcome!.refused ? [outcome!.refused] : []), ...outcome!.warnings].map(en))
              expect(line).not.toMatch(new RegExp(`\\n|${PASSWORD}|${SECRET}`));
            // Success is only claimed for what really is on the instance, with the secret it can decrypt.
            if (outcome!.ok) {
              const stored = s.accounts().find((a) => a.name === 'Adobe_Marketing_Cloud');
              expect(stored).toMatchObject({ clientId: 'Campaign1', imsOrgId: '0123456789ABCDEF01234567@AdobeOrg', tenant: 'acme' });
              expect(s.cipher.decrypt(stored!.clientSecret!)).toBe(SECRET);
            }
          }
          expect(unhandled).toEqual([]);
          await s.close();
          sim = undefined;
        }),
        { numRuns: RUNS },
      );
    },
    60_000,
  );

  it.each(CHECK_TARGETS)(
    'check: whatever %s answers, every check says what happened on one line',
    async (target) => {
      await fc.assert(
        fc.asyncProperty(hostile, async (answer) => {
          const s = await start({ scenario: { users: [OPERATOR], answers: { [target]: answer } } });
          sim = s;
          const report = await runChecks({
            url: s.url,
            timeoutMs: TIMEOUT_MS,
            credentials: { kind: 'password', login: OPERATOR.login, password: PASSWORD },
            scope: 'full',
          }).catch((e: unknown) => e);
          expect(report, 'a check reports problems as failed checks, it does not throw them').not.toBeInstanceOf(Error);
          const { checks } = report as Awaited<ReturnType<typeof runChecks>>;
          expect(checks.map((c) => c.id)).toEqual(['reachable', 'server-build', 'console-build', 'logon', 'package', 'account']);
          for (const c of checks) {
            const text = en(c.message);
            expect(text).not.toContain('\n');
            expect(text).not.toMatch(/\bat .+:\d+:\d+/);
            expect(text).not.toContain(PASSWORD);
            expect(text).not.toContain(SECRET);
          }
          expect(unhandled).toEqual([]);
          await s.close();
          sim = undefined;
        }),
        { numRuns: RUNS },
      );
    },
    60_000,
  );
});

describe('fault texts', () => {
  it('a fault whose text spans lines and runs for a megabyte still makes one short line', async () => {
    const text = `Database error: first line\n\tsecond line ${'. '.repeat(500_000)}`;
    const answer: SimAnswer = {
      kind: 'raw',
      answer: {
        status: 500,
        headers: { 'Content-Type': 'text/xml' },
        body: `${ENVELOPE}<SOAP-ENV:Body><SOAP-ENV:Fault><faultcode>SOAP-ENV:Server</faultcode><faultstring>${text}</faultstring></SOAP-ENV:Fault></SOAP-ENV:Body></SOAP-ENV:Envelope>`,
      },
    };
    const { error, sim: s } = await pushAgainst({ answers: { ExecuteQuery: answer } });
    expectClearFailure(error, new URL(s.url).host);
    expect(said(error)).toContain('while reading the external accounts (ExecuteQuery): Database error: first line second line.');
    expect(said(error)).toContain('look them up in the server logs');
  });
});

describe('the markup check counts only markup', () => {
  it('angle brackets in CDATA, comments and quoted values are not elements; a legitimately large answer passes', () => {
    const many = '<a/>'.repeat(60_000);
    expect(implausibleMarkup(`<r><![CDATA[${many}]]><!--${many}--><v x="${many.replace(/"/g, '')}"/></r>`)).toBeNull();
    expect(implausibleMarkup(`<r>${'<e a="1" b="2"/>'.repeat(ANSWER_LIMITS.elements - 1)}</r>`)).toBeNull();
    expect(implausibleMarkup(`<r>${'<e/>'.repeat(ANSWER_LIMITS.elements)}</r>`)).toEqual({
      code: 'soap.shape.elements',
      params: { count: ANSWER_LIMITS.elements },
    });
  });
});

// ---- 2. Huge and dense answers: cut off or refused before they cost memory ------------------------------

const MB = 1024 * 1024;
const envelope = (inner: string): SimAnswer => ({
  kind: 'raw',
  answer: {
    status: 200,
    headers: { 'Content-Type': 'text/xml' },
    body: `${ENVELOPE}<SOAP-ENV:Body>${inner}</SOAP-ENV:Body></SOAP-ENV:Envelope>`,
  },
});

/** Resident memory grown by `work`, measured after one ordinary push so the SDK and jsdom are already loaded. */
async function rssGrowth<T>(work: () => Promise<T>): Promise<{ result: T; grownMb: number }> {
  await pushAgainst({});
  await sim?.close();
  sim = undefined;
  const before = process.memoryUsage().rss;
  const result = await work();
  return { result, grownMb: (process.memoryUsage().rss - before) / MB };
}

describe('huge and dense answers', () => {
  it('a 200 MB streamed answer is cut off at the size cap with a clear message; memory stays bounded and the session is closed', async () => {
    const { result, grownMb } = await rssGrowth(() => pushAgainst({ answers: { ExecuteQuery: { kind: 'stream', bytes: 200 * MB } } }));
    const { error, sim: s } = result;
    expectClearFailure(error, new URL(s.url).host);
    expect(said(error)).toContain('sent an answer over 32 MB while reading the external accounts');
    expect(grownMb).toBeLessThan(100);
    expect(s.soapMethods()).not.toContain('Write');
    expect(s.soapMethods().at(-1)).toBe('Logoff');
    expect(s.openSessions()).toBe(0);
  });

  it('/r/test streaming 50 MB: the reachable check fails with the size cap, memory stays bounded', async () => {
    const { result: report, grownMb } = await rssGrowth(async () => {
      sim = await start({ scenario: { answers: { '/r/test': { kind: 'stream', bytes: 50 * MB } } } });
      return runChecks({ url: sim.url, timeoutMs: 10_000, scope: 'connection' });
    });
    expect(report.checks[0]).toMatchObject({ id: 'reachable', status: 'fail' });
    expect(en(report.checks[0]!.message)).toContain('over 32 MB while asking for /r/test');
    expect(grownMb).toBeLessThan(100);
  });

  // Each would cost jsdom gigabytes or tens of seconds (measured: 8 MB of elements 1.9 GB and 14 s; 20,000 levels 16 s).
  it.each([
    ['4 MB of small elements', envelope('<a b="1"/>'.repeat((4 * MB) / 10)), 'more than 50000 elements'],
    ['20,000 nested elements', envelope('<a>'.repeat(20_000) + '</a>'.repeat(20_000)), 'elements nested more than 256 deep'],
    [
      'one element with 20,000 attributes',
      envelope(`<a ${Array.from({ length: 20_000 }, (_, i) => `a${i}="1"`).join(' ')}/>`),
      'an element with more than 1000 attributes',
    ],
  ])('%s under the size cap is refused before parsing, memory bounded', async (_name, answer, shape) => {
    const { result, grownMb } = await rssGrowth(() => pushAgainst({ answers: { GetEntityIfMoreRecent: answer } }));
    const { error, sim: s } = result;
    expectClearFailure(error, new URL(s.url).host);
    expect(said(error)).toContain(`sent an answer with ${shape} while reading the external account schema`);
    expect(grownMb).toBeLessThan(100);
    expect(s.openSessions()).toBe(0);
  });
});

describe('document type declarations', () => {
  // 100 KB entity referenced 10,000 times: a 130 KB answer that a parser expanding it would grow to 1 GB.
  const entity = 'a'.repeat(100_000);
  const amplified = `<?xml version='1.0'?><!DOCTYPE SOAP-ENV:Envelope [<!ENTITY big "${entity}">]>${ENVELOPE}<SOAP-ENV:Body><GetEntityIfMoreRecentResponse xmlns='urn:xtk:persist|xtk:session'><pdomDoc xsi:type='ns:Element'><schema name="extAccount" namespace="nms" label="${'&big;'.repeat(10_000)}"/></pdomDoc></GetEntityIfMoreRecentResponse></SOAP-ENV:Body></SOAP-ENV:Envelope>`;

  it('an answer declaring entities (billion laughs) is refused unparsed, with memory bounded', async () => {
    const answer: SimAnswer = { kind: 'raw', answer: { status: 200, headers: { 'Content-Type': 'text/xml' }, body: amplified } };
    const { result, grownMb } = await rssGrowth(() => pushAgainst({ answers: { GetEntityIfMoreRecent: answer } }));
    const { error, sim: s } = result;
    expectClearFailure(error, new URL(s.url).host);
    expect((error as WizardError).userMessage).toEqual({
      code: 'soap.dtd',
      params: { host: new URL(s.url).host, step: { code: 'soap.step.readSchema' } },
    });
    expect(grownMb).toBeLessThan(100);
    expect(s.soapMethods()).not.toContain('Write');
    expect(s.openSessions()).toBe(0);
  });

  it('/r/test with a DOCTYPE fails the reachable check with the same refusal', async () => {
    sim = await start({
      scenario: {
        answers: {
          '/r/test': {
            kind: 'raw',
            answer: {
              status: 200,
              headers: { 'Content-Type': 'text/xml' },
              body: `<!DOCTYPE redir [<!ENTITY big "${entity}">]><redir status='&big;&big;&big;'/>`,
            },
          },
        },
      },
    });
    const report = await runChecks({ url: sim.url, timeoutMs: TIMEOUT_MS, scope: 'connection' });
    expect(report.checks[0]).toMatchObject({ id: 'reachable', status: 'fail', message: { code: 'soap.dtd' } });
    expect(report.connectionFailed).toBe(true);
  });
});

// ---- 3. Slow drip and reset mid-response: explained, logged off, nothing half-written -----------------

const EXISTING = {
  name: 'Adobe_Marketing_Cloud',
  label: 'Adobe Experience Cloud',
  type: '18',
  clientId: 'Campaign1',
  clientSecret: '@alreadyEncrypted==',
  imsOrgId: 'AAAAAAAAAAAAAAAAAAAAAAAA@AdobeOrg',
  tenant: 'acme',
};

describe('slow drip and reset mid-response', () => {
  it('an answer dripping in slower than the deadline times out (bytes keep coming, the deadline still holds); logged off, the account untouched', async () => {
    const { error, sim: s } = await pushAgainst(
      { accounts: [EXISTING], answers: { ExecuteQuery: { kind: 'drip', bytesPerTick: 16, intervalMs: 50 } } },
      { timeoutMs: 600 },
    );
    expectClearFailure(error, new URL(s.url).host);
    expect(said(error)).toContain('did not answer within 600 ms while reading the external accounts');
    expect(said(error)).toContain('--timeout SECONDS');
    expect(s.soapMethods()).not.toContain('Write');
    expect(s.soapMethods().at(-1)).toBe('Logoff');
    expect(s.openSessions()).toBe(0);
    expect(s.accounts()).toEqual([{ id: '2000', active: '1', ...EXISTING }]);
  });

  it.each([
    ['Logon', 'closed the connection while logging on'],
    ['ExecuteQuery', 'closed the connection while reading the external accounts'],
    ['EncryptPassword', 'closed the connection while encrypting the client secret'],
  ])('a reset in the middle of the %s answer is explained; nothing is written', async (method, says) => {
    const { error, sim: s } = await pushAgainst(
      { accounts: [EXISTING], answers: { [method]: { kind: 'reset', afterBytes: 120 } } },
      { replaceSecret: true },
    );
    expectClearFailure(error, new URL(s.url).host);
    expect(said(error)).toContain(says);
    expect(s.soapMethods()).not.toContain('Write');
    expect(s.accounts()).toEqual([{ id: '2000', active: '1', ...EXISTING }]);
    // After a logon the session is closed; a logon whose answer was lost left no token to close it with.
    if (method !== 'Logon') expect(s.openSessions()).toBe(0);
  });

  it.each([
    ['a reset', { kind: 'reset', afterBytes: 60 } as SimAnswer],
    ['a slow drip', { kind: 'drip', bytesPerTick: 8, intervalMs: 50 } as SimAnswer],
  ])(
    '%s after the instance stored the account: the message says the write may have landed, and the dry run it suggests shows where things stand',
    async (_name, answer) => {
      const { error, sim: s } = await pushAgainst({ answers: { Write: answer } }, { timeoutMs: 800 });
      expectClearFailure(error, new URL(s.url).host);
      expect(said(error)).toContain('while writing the external account');
      expect(said(error)).toContain('The write may have reached the instance: compare again (push --dry-run)');
      expect(s.openSessions()).toBe(0);
      s.scenario.answers = {};
      const compare = await runPush({
        url: s.url,
        timeoutMs: TIMEOUT_MS,
        credentials: { kind: 'password', login: OPERATOR.login, password: PASSWORD },
        config: config(),
        secretExpected: true,
        dryRun: true,
        replaceSecret: false,
        updateExisting: false,
      });
      expect(compare).toMatchObject({ ok: true, dryRun: true, exists: true, changes: [] });
    },
  );
});
