import { afterEach, describe, expect, it } from 'vitest';
import { render } from '../electron/common/messages/catalogs';
import { checkImsClient, type ImsCheckRequest } from '../electron/node/ims/check-client';
import { startImsSim, type ImsFault, type ImsSim } from './ims-sim/server';
import { closedUrl } from './helpers/closed-port';

/** The node function behind `acc-ims ims-check` and the desktop button, against a stand-in IMS on 127.0.0.1. */

let sim: ImsSim | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const SECRET = 'right-secret-0000';

async function ask(over: Partial<ImsCheckRequest> = {}, simOptions: { fault?: ImsFault; tls?: boolean } = {}) {
  sim = await startImsSim(simOptions);
  const outcome = await checkImsClient({
    imsServer: 'https://ims-na1.adobelogin.com',
    clientId: 'Campaign1',
    secret: SECRET,
    imsUrl: sim.url,
    timeoutMs: 3000,
    ...(sim.pki ? { caPem: sim.pki.caPem } : {}),
    ...over,
  });
  return { outcome, text: render('en', outcome.message) };
}

describe('checkImsClient', () => {
  it('one POST to /ims/token/v3, form-encoded, id and secret only in the body', async () => {
    const { outcome, text } = await ask();
    expect(outcome).toMatchObject({ result: 'not-rejected', status: 400, oauthError: 'invalid_grant' });
    expect(text).toMatch(/^Adobe IMS did not reject the client id and secret; only a sign-in proves them\./);
    expect(sim!.requests).toHaveLength(1);
    const [req] = sim!.requests;
    expect(req!.method).toBe('POST');
    expect(req!.url).toBe('/ims/token/v3');
    expect(req!.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(new URLSearchParams(req!.body).get('client_secret')).toBe(SECRET);
    expect(JSON.stringify(req!.headers)).not.toContain(SECRET);
    expect(render('en', outcome.warnings[0]!)).toContain(`go to ${sim!.url.replace('http://', '')} (--ims-url)`);
  });

  it("a wrong secret and an unknown client id are told apart by IMS's answer", async () => {
    expect((await ask({ secret: 'wrong-secret-1111' })).outcome).toMatchObject({ result: 'invalid-client-secret', status: 400 });
    await sim!.close();
    const unknown = await ask({ clientId: 'Campaign9' });
    expect(unknown.outcome).toMatchObject({ result: 'invalid-client-id', status: 400 });
    expect(unknown.text).toContain('does not know the client id "Campaign9"');
  });

  it('over https with a private CA given explicitly; without it the certificate is refused, never accepted blindly', async () => {
    expect((await ask({}, { tls: true })).outcome.result).toBe('not-rejected');
    const untrusted = await checkImsClient({
      imsServer: 'ims-na1.adobelogin.com',
      clientId: 'Campaign1',
      secret: SECRET,
      imsUrl: sim!.url,
      timeoutMs: 3000,
    });
    expect(untrusted.result).toBe('unreachable');
    expect(render('en', untrusted.message)).toContain('NODE_EXTRA_CA_CERTS');
    expect(sim!.requests).toHaveLength(1);
  });

  it.each<[ImsFault, string, RegExp]>([
    ['5xx', 'unexpected-answer', /HTTP 503 with a server error/],
    ['html', 'unexpected-answer', /HTTP 403 with an HTML page/],
    ['not-json', 'unexpected-answer', /HTTP 400 with a body that is not JSON/],
    ['redirect', 'unexpected-answer', /a redirect \(not followed/],
    ['huge', 'unexpected-answer', /more than 64 KB/],
    ['reset', 'unreachable', /cut before the answer was complete/],
    ['drip', 'unreachable', /no complete answer within 1 s/],
  ])('fault %s: %s, explained', async (fault, result, words) => {
    const started = Date.now();
    const { outcome, text } = await ask({ timeoutMs: 1000 }, { fault });
    expect(outcome.result).toBe(result);
    expect(text).toMatch(words);
    expect(text).not.toContain(SECRET);
    expect(Date.now() - started).toBeLessThan(2500);
  });

  it('nothing listening is "cannot reach", and refused http to a non-loopback host sends nothing', async () => {
    const { outcome } = await ask({ imsUrl: (await closedUrl()).url });
    expect(outcome.result).toBe('unreachable');
    await expect(
      checkImsClient({ imsServer: 'ims-na1.adobelogin.com', clientId: 'Campaign1', secret: SECRET, imsUrl: 'http://ims.example.com' }),
    ).rejects.toMatchObject({ kind: 'usage' });
  });

  it('cancel aborts at once', async () => {
    const controller = new AbortController();
    sim = await startImsSim({ fault: 'drip' });
    const pending = checkImsClient({
      imsServer: 'ims-na1.adobelogin.com',
      clientId: 'Campaign1',
      secret: SECRET,
      imsUrl: sim.url,
      timeoutMs: 10_000,
      signal: controller.signal,
    });
    setTimeout(() => controller.abort(), 100);
    await expect(pending).rejects.toMatchObject({ kind: 'cancelled' });
  });
});
