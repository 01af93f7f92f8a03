import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteSecret, setSecret } from '../electron/node/keychain/keychain';
import { validConfig } from './helpers/configs';
import { testHandlers } from './helpers/handlers';
import { startImsSim, type ImsSim } from './ims-sim/server';

/**
 * ims.check over the IPC seam (dispatch + the real handler + the real keychain: run through scripts/test.sh).
 * The IMS base URL is not part of the request: only the app's wiring (tests) can point it elsewhere.
 */

let sim: ImsSim | undefined;
const names: string[] = [];
afterEach(async () => {
  await sim?.close();
  sim = undefined;
  for (const n of names.splice(0)) await deleteSecret(n);
});

async function configWithSecret(secret: string) {
  const name = `acc-ims-test/ims-ipc-${randomBytes(6).toString('hex')}`;
  await setSecret(name, secret);
  names.push(name);
  const config = validConfig();
  config.account.clientSecret = { keychain: name };
  return config;
}

describe('ims.check', () => {
  it('answers with the result, reads the secret from the keychain in main, and sends it only to the stand-in the wiring names', async () => {
    sim = await startImsSim({ clients: { Campaign1: 'right-secret-0000' } });
    const { call } = testHandlers({ imsUrlForTests: sim.url });
    const answer = await call('ims.check', { requestId: 'r1', config: await configWithSecret('wrong-secret-1111') });
    expect(answer).toMatchObject({
      ok: true,
      value: { result: 'invalid-client-secret', status: 400, message: { code: 'ims.result.invalidSecret' } },
    });
    expect(sim.requests).toHaveLength(1);
  });

  it('a request cannot carry its own IMS URL: the contract refuses it before any handler runs', async () => {
    sim = await startImsSim();
    const { call } = testHandlers();
    const answer = await call('ims.check', { requestId: 'r2', config: await configWithSecret('x-secret-2222'), imsUrl: sim.url });
    expect(answer).toMatchObject({ ok: false, error: { kind: 'usage' } });
    expect(sim.requests).toHaveLength(0);
  });

  it('without a stored secret it says to store one, and asks nobody', async () => {
    sim = await startImsSim();
    const { call } = testHandlers({ imsUrlForTests: sim.url });
    const config = validConfig();
    config.account.clientSecret = { keychain: `acc-ims-test/none-${randomBytes(6).toString('hex')}` };
    const answer = await call('ims.check', { requestId: 'r3', config });
    expect(answer).toMatchObject({ ok: false, error: { kind: 'keychain', message: { code: 'ims.desktop.noSecret' } } });
    expect(sim.requests).toHaveLength(0);
  });

  it('campaign.cancel stops it like any other network call', async () => {
    sim = await startImsSim({ fault: 'drip' });
    const { call } = testHandlers({ imsUrlForTests: sim.url });
    const pending = call('ims.check', { requestId: 'r4', config: await configWithSecret('right-secret-0000') });
    // The job registers once the secret is read from the keychain (slow on a loaded machine): cancel until it is there.
    const cancel = async () => {
      const r = await call('campaign.cancel', { requestId: 'r4' });
      return r.ok && (r.value as { cancelled: boolean }).cancelled;
    };
    await expect.poll(cancel, { timeout: 15_000, interval: 100 }).toBe(true);
    expect(await pending).toMatchObject({ ok: false, error: { kind: 'cancelled' } });
  });
});
