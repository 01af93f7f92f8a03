import { describe, expect, it } from 'vitest';
import { WizardError } from '../electron/common/errors';
import { render } from '../electron/common/messages/catalogs';
import { msg, type Message } from '../electron/common/messages/message';
import { explainFailure, unexpectedAnswer, type FailureContext } from '../electron/node/campaign/failure';
import { TransportFailure, type TransportFailureReason } from '../electron/node/campaign/transport';

// What an admin reads when a call to an instance fails (docs/ARCHITECTURE.md "Messages as data"): the kind
// decides the CLI exit code, the message names the host, the step and the way out. No instance needed.

const URL = 'https://campaign.example.com';
const ctx: FailureContext = { url: URL, step: 'readAccounts' };
const step = msg('soap.step.readAccounts');
const en = (m: Message) => render('en', m);
const transport = (reason: TransportFailureReason, detail: TransportFailure['detail'] = {}, c: FailureContext = ctx) =>
  explainFailure(new TransportFailure(reason, URL, detail), c);

/** An exception as Adobe's SDK raises it. */
const campaign = (fields: Record<string, unknown>) =>
  Object.assign(new Error(String(fields.message ?? '')), { name: 'CampaignException', ...fields });
const soapFault = (fields: Record<string, unknown> = {}) =>
  campaign({ faultCode: 'SOAP-ENV:Server', faultString: 'Query failed', methodCall: { methodName: 'ExecuteQuery' }, ...fields });

describe('transport failures', () => {
  it('name the host, the step and the cause', () => {
    expect(transport('dns', { code: 'EAI_AGAIN' })).toMatchObject({
      kind: 'connection',
      userMessage: { code: 'connection.dns', params: { host: 'campaign.example.com', code: 'EAI_AGAIN' } },
    });
    expect(transport('dns').userMessage.params).toMatchObject({ code: msg('connection.unknownCode') });
    expect(transport('unreachable', { code: 'EHOSTUNREACH' }).userMessage).toEqual(
      msg('connection.unreachable', { host: 'campaign.example.com', code: 'EHOSTUNREACH' }),
    );
    expect(transport('reset').userMessage).toEqual(msg('connection.reset', { host: 'campaign.example.com', step }));
    expect(transport('too-large').userMessage).toEqual(msg('connection.tooLarge', { host: 'campaign.example.com', step }));
    expect(transport('dtd').userMessage).toEqual(msg('soap.dtd', { host: 'campaign.example.com', step }));
    expect(transport('other', { code: 'EPROTO' }).userMessage).toEqual(
      msg('connection.other', { host: 'campaign.example.com', step, code: 'EPROTO' }),
    );
  });

  it('say which shape made an answer implausible', () => {
    const shape = msg('soap.shape.depth', { count: 256 });
    expect(transport('implausible', { shape }).userMessage).toEqual(msg('soap.implausible', { host: 'campaign.example.com', shape, step }));
    expect(transport('implausible').userMessage.params).toMatchObject({ shape: msg('connection.unknownCode') });
  });

  it('give host and port for a refused connection, the default port by scheme', () => {
    expect(transport('refused').userMessage).toEqual(msg('connection.refused', { hostPort: 'campaign.example.com:443' }));
    const http = explainFailure(new TransportFailure('refused', 'http://lab.local'), { url: 'http://lab.local', step: 'probe' });
    expect(http.userMessage.params).toEqual({ hostPort: 'lab.local:80' });
    const port = explainFailure(new TransportFailure('refused', 'x'), { url: 'https://lab.local:8443', step: 'probe' });
    expect(port.userMessage.params).toEqual({ hostPort: 'lab.local:8443' });
  });

  it('keep a URL that does not parse as it is', () => {
    expect(explainFailure(new TransportFailure('refused', 'x'), { url: 'not a url', step: 'probe' }).userMessage.params).toEqual({
      hostPort: 'not a url',
    });
    expect(explainFailure(new TransportFailure('reset', 'x'), { url: 'not a url', step: 'probe' }).userMessage.params).toMatchObject({
      host: 'not a url',
    });
  });

  it('word a timeout in ms below a second and in rounded seconds above, and say how to allow more time', () => {
    expect(transport('timeout', { timeoutMs: 999 }).userMessage.params).toMatchObject({ time: msg('connection.ms', { count: 999 }) });
    expect(transport('timeout', { timeoutMs: 1000 }).userMessage.params).toMatchObject({ time: msg('connection.seconds', { count: 1 }) });
    expect(transport('timeout', { timeoutMs: 2500 }).userMessage.params).toMatchObject({ time: msg('connection.seconds', { count: 3 }) });
    expect(transport('timeout').userMessage.params).toMatchObject({
      time: msg('connection.ms', { count: 0 }),
      moreTime: msg('wording.cli.moreTime'),
    });
    expect(transport('timeout', {}, { ...ctx, wording: 'desktop' }).userMessage.params).toMatchObject({
      moreTime: msg('wording.desktop.moreTime'),
    });
  });

  it('tell each certificate problem apart, with how to trust a private CA where it helps', () => {
    const tls = (code?: string) => transport('tls', code ? { code } : {}).userMessage;
    expect(tls('CERT_NOT_YET_VALID')).toEqual(msg('connection.tls.notYetValid', { host: 'campaign.example.com' }));
    expect(tls('CERT_HAS_EXPIRED')).toEqual(msg('connection.tls.expired', { host: 'campaign.example.com' }));
    expect(tls('ERR_TLS_CERT_ALTNAME_INVALID')).toEqual(msg('connection.tls.wrongHost', { host: 'campaign.example.com' }));
    for (const code of [
      'DEPTH_ZERO_SELF_SIGNED_CERT',
      'SELF_SIGNED_CERT_IN_CHAIN',
      'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
      'UNABLE_TO_GET_ISSUER_CERT',
      'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
    ]) {
      expect(tls(code), code).toEqual(
        msg('connection.tls.untrusted', { host: 'campaign.example.com', code, trustCa: msg('wording.cli.trustCa') }),
      );
    }
    expect(tls('ERR_SSL_WRONG_VERSION')).toEqual(
      msg('connection.tls.other', { host: 'campaign.example.com', code: 'ERR_SSL_WRONG_VERSION', trustCa: msg('wording.cli.trustCa') }),
    );
    expect(tls().params).toMatchObject({ code: 'TLS' });
  });

  it('sort HTTP answers: denied is refused, the rest a connection problem', () => {
    const http = (status: number, statusText = '') => transport('http', { status, statusText });
    expect(http(401)).toMatchObject({ kind: 'refused', userMessage: { code: 'connection.http.denied', params: { status: '401' } } });
    expect(http(403, 'Forbidden')).toMatchObject({ kind: 'refused', userMessage: { params: { status: '403 Forbidden', step } } });
    expect(http(404)).toMatchObject({ kind: 'connection', userMessage: { code: 'connection.http.notFound' } });
    expect(http(500)).toMatchObject({ kind: 'connection', userMessage: { code: 'connection.http.serverError' } });
    expect(http(503)).toMatchObject({ kind: 'connection', userMessage: { code: 'connection.http.serverError' } });
    expect(http(499)).toMatchObject({ kind: 'connection', userMessage: { code: 'connection.http.other' } });
    expect(http(302, 'Found\n  elsewhere')).toMatchObject({
      userMessage: { code: 'connection.http.other', params: { status: '302 Found elsewhere' } },
    });
    expect(transport('http').userMessage.params).toMatchObject({ status: '0' });
  });

  it('are found inside the exception the SDK wraps them in', () => {
    const wrapped = campaign({ cause: new TransportFailure('dns', URL, { code: 'ENOTFOUND' }) });
    expect(explainFailure(wrapped, ctx).userMessage.code).toBe('connection.dns');
  });
});

describe('cancelled', () => {
  it('is its own kind, naming the step', () => {
    expect(transport('aborted')).toMatchObject({ kind: 'cancelled', userMessage: msg('connection.cancelled', { step }) });
    const abort = Object.assign(new Error('stop'), { name: 'AbortError' });
    expect(explainFailure(abort, ctx)).toMatchObject({ kind: 'cancelled', userMessage: { code: 'connection.cancelled' } });
    expect(explainFailure(campaign({ message: 'SDK-000016 Request was aborted' }), ctx)).toMatchObject({ kind: 'cancelled' });
  });

  it('during a write, says it may still land and how to look', () => {
    const write: FailureContext = { url: URL, step: 'writeAccount', wording: 'desktop' };
    expect(explainFailure(new TransportFailure('aborted', URL), write)).toMatchObject({
      kind: 'cancelled',
      userMessage: msg('connection.cancelledWrite', {
        step: msg('soap.step.writeAccount'),
        compareAgain: msg('wording.desktop.compareAgain'),
      }),
    });
  });
});

describe('a write whose answer was lost', () => {
  it('adds that the write may have landed to a connection failure, and only to one', () => {
    const write: FailureContext = { url: URL, step: 'writeAccount' };
    const lost = explainFailure(new TransportFailure('reset', URL), write);
    expect(lost.kind).toBe('connection');
    expect(lost.userMessage).toMatchObject({ code: 'connection.mayHaveLanded', params: { compareAgain: msg('wording.cli.compareAgain') } });
    expect(explainFailure(new TransportFailure('reset', URL), { ...write, step: 'readBack' }).userMessage.code).toBe('connection.reset');
    expect(explainFailure(soapFault(), write).userMessage.code).toBe('soap.fault');
  });
});

describe('answers from the instance', () => {
  it('a SOAP fault names the method and the fault, as a sentence', () => {
    const failure = explainFailure(soapFault({ errorCode: 'XSV-350008', faultString: 'Table missing...  ' }), ctx);
    expect(failure).toMatchObject({
      kind: 'refused',
      userMessage: msg('soap.fault', { host: 'campaign.example.com', step, method: 'ExecuteQuery', fault: 'XSV-350008 Table missing.' }),
    });
  });

  it('a fault about rights says so, whether the fault text or its detail says it', () => {
    expect(explainFailure(soapFault({ faultString: 'Permission refused' }), ctx).userMessage.code).toBe('soap.faultRights');
    expect(explainFailure(soapFault({ faultString: 'Failed', detail: 'You are not allowed to read' }), ctx).userMessage.code).toBe(
      'soap.faultRights',
    );
    expect(explainFailure(soapFault({ faultString: 'Access DENIED' }), ctx).userMessage.code).toBe('soap.faultRights');
    expect(explainFailure(soapFault({ faultString: 'Missing rights' }), ctx).userMessage.code).toBe('soap.faultRights');
  });

  it('adds the detail unless the fault already says it, and falls back to the fault code', () => {
    expect(explainFailure(soapFault({ faultString: 'Failed', detail: 'on line 3' }), ctx).userMessage.params).toMatchObject({
      fault: 'Failed (on line 3).',
    });
    expect(explainFailure(soapFault({ faultString: 'Failed on line 3', detail: 'line 3' }), ctx).userMessage.params).toMatchObject({
      fault: 'Failed on line 3.',
    });
    expect(explainFailure(soapFault({ faultString: '', faultCode: 'SOAP-ENV:Client' }), ctx).userMessage.params).toMatchObject({
      fault: 'SOAP-ENV:Client.',
    });
    expect(explainFailure(soapFault({ methodCall: undefined }), ctx).userMessage.params).toMatchObject({ method: '?' });
  });

  it('a refused logon names the login when there is one, and the reason or that none was given', () => {
    const logon = (fields: Record<string, unknown>) => soapFault({ methodCall: { methodName: 'xtk:session#Logon' }, ...fields });
    expect(explainFailure(logon({ faultString: 'Bad password' }), { url: URL, step: 'logon', login: 'admin' })).toMatchObject({
      kind: 'refused',
      userMessage: msg('soap.logonRefusedAs', { host: 'campaign.example.com', login: 'admin', fault: 'Bad password.' }),
    });
    expect(explainFailure(logon({ faultString: 'Bad password' }), { url: URL, step: 'logon' }).userMessage).toEqual(
      msg('soap.logonRefused', { host: 'campaign.example.com', fault: 'Bad password.' }),
    );
    expect(explainFailure(logon({ faultString: '' }), { url: URL, step: 'logon' }).userMessage.params).toMatchObject({
      fault: msg('soap.noReason'),
    });
    expect(explainFailure(logon({ faultString: '', detail: 'locked' }), { url: URL, step: 'logon' }).userMessage.params).toMatchObject({
      fault: '(locked).',
    });
  });

  it('an expired session is refused, asking to log on again', () => {
    expect(explainFailure(campaign({ message: 'SDK-000012 session expired' }), ctx)).toMatchObject({
      kind: 'refused',
      userMessage: msg('soap.sessionExpired', { host: 'campaign.example.com', step }),
    });
  });

  it('what is not a SOAP fault is not Campaign talking: its text, or a question mark', () => {
    for (const faultCode of [undefined, 'Sender', 'SOAP-ENV:Serverless']) {
      const e = campaign({ faultCode, faultString: 'Unexpected <html>', methodCall: { methodName: 'ExecuteQuery' } });
      expect(explainFailure(e, ctx), String(faultCode)).toMatchObject({ kind: 'connection', userMessage: { code: 'soap.notCampaign' } });
    }
    expect(explainFailure(campaign({ message: 'no body' }), ctx).userMessage.params).toMatchObject({ text: 'no body' });
    expect(explainFailure(campaign({ detail: 'x' }), ctx).userMessage.params).toMatchObject({ text: '? (x)' });
    for (const faultCode of ['Client', 'SOAP-ENV:Server.Busy', 'VersionMismatch', 'env:MustUnderstand']) {
      expect(explainFailure(soapFault({ faultCode }), ctx).userMessage.code, faultCode).toBe('soap.fault');
    }
  });

  it('an answer the SDK trips over is one that lacks what every Campaign answer has', () => {
    const expected = msg('soap.unexpected', { host: 'campaign.example.com', step, what: msg('soap.unexpected.missingParts') });
    expect(explainFailure(new TypeError("Cannot read properties of null (reading 'x')"), ctx).userMessage).toEqual(expected);
    expect(explainFailure(new RangeError('bad'), ctx).userMessage).toEqual(expected);
    expect(explainFailure(campaign({ cause: new TypeError('x') }), ctx).userMessage).toEqual(expected);
    expect(unexpectedAnswer(ctx, msg('soap.unexpected.notEncrypted'))).toMatchObject({
      kind: 'connection',
      userMessage: { code: 'soap.unexpected' },
    });
  });

  it('anything else is a connection failure with its text on one line', () => {
    expect(explainFailure(new Error('socket\n  hang up'), ctx).userMessage).toEqual(
      msg('connection.failed', { host: 'campaign.example.com', step, text: 'socket hang up' }),
    );
    expect(explainFailure('plain', ctx).userMessage.params).toMatchObject({ text: 'plain' });
  });

  it('a WizardError passes through, and a step from another area is named as given', () => {
    const own = new WizardError('keychain', msg('check.none'));
    expect(explainFailure(own, ctx)).toMatchObject({ kind: 'keychain', userMessage: msg('check.none') });
    const other = msg('check.none');
    expect(explainFailure(new TransportFailure('reset', URL), { url: URL, step: other }).userMessage.params).toMatchObject({ step: other });
  });

  it('cuts server text to 400 characters', () => {
    const long = explainFailure(new Error('x'.repeat(1000)), ctx);
    expect(long.userMessage.params).toMatchObject({ text: 'x'.repeat(400) });
    expect(en(long.userMessage)).not.toContain('x'.repeat(401));
  });
});
