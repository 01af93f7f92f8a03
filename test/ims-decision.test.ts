import { describe, expect, it } from 'vitest';
import { decideImsAnswer, exitCodeFor } from '../electron/common/ims/answer';
import { imsCheckInputs } from '../electron/common/ims/inputs';
import { NOT_A_CODE, resolveImsTarget, tokenRequestBody } from '../electron/common/ims/target';
import { render } from '../electron/common/messages/catalogs';
import { validConfig } from './helpers/configs';

/** The pure part of the IMS check: what an answer means, where the request goes, what it carries. */

const ctx = { host: 'ims-na1.adobelogin.com', clientId: 'Campaign1' };
const jsonAnswer = (status: number, body: object) => ({
  status,
  contentType: 'application/json;charset=UTF-8',
  body: JSON.stringify(body),
});

describe('decideImsAnswer', () => {
  it('only the two invalid_client answers prove a bad credential', () => {
    const secret = decideImsAnswer(jsonAnswer(400, { error: 'invalid_client', error_description: 'invalid client_secret parameter' }), ctx);
    expect(secret.result).toBe('invalid-client-secret');
    expect(render('en', secret.message)).toContain('rejected the client secret of client id "Campaign1"');
    const id = decideImsAnswer(jsonAnswer(400, { error: 'invalid_client', error_description: 'invalid client_id parameter' }), ctx);
    expect(id.result).toBe('invalid-client-id');
    expect(exitCodeFor(secret.result)).toBe(1);
    expect(exitCodeFor(id.result)).toBe(1);
  });

  it('any other OAuth error is "not rejected", worded as exactly that and never as verified', () => {
    for (const body of [
      { error: 'invalid_grant' },
      { error: 'invalid_client', error_description: 'client disabled' },
      { error: 'unauthorized_client' },
    ]) {
      const v = decideImsAnswer(jsonAnswer(400, body), ctx);
      expect(v.result).toBe('not-rejected');
      const text = render('en', v.message);
      expect(text).toContain('Adobe IMS did not reject the client id and secret; only a sign-in proves them');
      expect(text.toLowerCase()).not.toMatch(/verified|valid\b|correct/);
      expect(exitCodeFor(v.result)).toBe(0);
    }
  });

  it('what is not an OAuth answer decides nothing: 5xx, HTML, plain text, redirects, JSON without an error', () => {
    const cases = [
      {
        status: 503,
        contentType: 'application/json',
        body: JSON.stringify({ error: 'invalid_client', error_description: 'invalid client_secret parameter' }),
      },
      { status: 403, contentType: 'text/html', body: '<html><body>Access denied</body></html>' },
      { status: 400, contentType: 'text/plain', body: 'Bad Request' },
      { status: 302, contentType: '', body: '' },
      jsonAnswer(400, { message: 'nope' }),
      jsonAnswer(200, {}),
      { status: 400, contentType: 'application/json', body: '[1,2]' },
    ];
    for (const answer of cases) {
      const v = decideImsAnswer(answer, ctx);
      expect(v.result, answer.body).toBe('unexpected-answer');
      expect(exitCodeFor(v.result)).toBe(2);
    }
  });

  it("shows IMS's error name without control characters and not endlessly", () => {
    const v = decideImsAnswer(jsonAnswer(400, { error: `weird\u001b[31m${'x'.repeat(500)}` }), ctx);
    expect(v.oauthError).not.toContain('\u001b');
    expect(v.oauthError!.length).toBeLessThanOrEqual(61);
  });
});

describe('resolveImsTarget', () => {
  it("the config's IMS server, bare host or https origin, gets /ims/token/v3", () => {
    expect(resolveImsTarget('ims-na1.adobelogin.com')).toMatchObject({
      ok: true,
      target: { url: 'https://ims-na1.adobelogin.com/ims/token/v3', overridden: false },
    });
    expect(resolveImsTarget('https://ims-na1.adobelogin.com')).toMatchObject({
      ok: true,
      target: { url: 'https://ims-na1.adobelogin.com/ims/token/v3' },
    });
    expect(resolveImsTarget('http://ims-na1.adobelogin.com').ok).toBe(false);
  });

  it('an override: https anywhere with a warning that names the host, http only to loopback, nothing hidden in it', () => {
    const proxied = resolveImsTarget('ims-na1.adobelogin.com', 'https://ims-proxy.example.com/adobe/');
    expect(proxied).toMatchObject({
      ok: true,
      target: { url: 'https://ims-proxy.example.com/adobe/ims/token/v3', host: 'ims-proxy.example.com', overridden: true },
    });
    expect(proxied.ok && render('en', proxied.warnings[0]!)).toContain(
      'go to ims-proxy.example.com (--ims-url), not to the configured Adobe IMS ims-na1.adobelogin.com',
    );
    for (const ok of ['http://127.0.0.1:4000', 'http://localhost:4000', 'http://[::1]:4000', 'http://127.3.2.1'])
      expect(resolveImsTarget('ims-na1.adobelogin.com', ok).ok, ok).toBe(true);
    for (const bad of [
      'http://10.0.0.5',
      'http://ims.example.com',
      'http://127.0.0.1.nip.io',
      'ftp://127.0.0.1',
      'https://u:p@proxy.example.com',
      'https://proxy.example.com/?a=1',
      'not a url',
    ]) {
      expect(resolveImsTarget('ims-na1.adobelogin.com', bad).ok, bad).toBe(false);
    }
  });
});

describe('the request', () => {
  it('is form-encoded with a code that cannot be valid, the client id and the secret (special characters kept exact)', () => {
    const form = new URLSearchParams(tokenRequestBody('Campaign1', 'p@ss&word=+ %/é'));
    expect(form.get('grant_type')).toBe('authorization_code');
    expect(form.get('code')).toBe(NOT_A_CODE);
    expect(form.get('client_id')).toBe('Campaign1');
    expect(form.get('client_secret')).toBe('p@ss&word=+ %/é');
  });
});

describe('imsCheckInputs', () => {
  it('needs only the IMS server and the client id to be right (the rest of the form may be in progress)', () => {
    const config = validConfig() as { account: Record<string, unknown> };
    const partial = { ...config, account: { ...config.account, imsOrgId: 'not yet', associationMask: '' } };
    const ok = imsCheckInputs(partial);
    expect(ok).toMatchObject({ ok: true, inputs: { imsServer: 'https://ims-na1.adobelogin.com', clientId: 'Campaign1' } });
    const bad = imsCheckInputs({ ...config, account: { ...config.account, imsServer: 'http://evil.example.com' } });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.problems.map((p) => p.path)).toEqual(['account.imsServer']);
  });
});
