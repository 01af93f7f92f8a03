import { afterEach, describe, expect, it } from 'vitest';
import { createCampaignService } from '../electron/node/campaign/desktop-campaign';
import { runPush } from '../electron/node/campaign/run-push';
import { createSessionKeeper } from '../electron/node/campaign/session-keeper';
import { validateConfig } from '../electron/common/config/validate';
import type { NetworkContext } from '../electron/common/campaign/service';
import { validConfig } from './helpers/configs';
import { ADMIN } from './campaign-sim/scenario';
import { start, type Simulator } from './campaign-sim/server';

/** The desktop keeps one logged-on session between its calls: fewer round trips, expiry and cancel handled. */

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const config = () => {
  const raw = validConfig();
  delete raw.instance;
  return validateConfig(raw).config!;
};
const connection = (password = ADMIN.password) => ({ url: sim!.url, user: ADMIN.login, password });
const ctx = (signal = new AbortController().signal): NetworkContext => ({ signal, progress: () => undefined });
const KEEP = { replaceSecret: true, updateExisting: false };
const logons = () => sim!.soapMethods().filter((m) => m === 'Logon').length;
/** HTTP requests one job makes. */
async function counted<T>(job: () => Promise<T>): Promise<{ result: T; requests: number }> {
  const before = sim!.requests.length;
  const result = await job();
  return { result, requests: sim!.requests.length - before };
}

describe('the desktop keeps its Campaign session', () => {
  it('compare, push and a second push log on once; the second push makes at most 6 round trips', async () => {
    sim = await start();
    const service = createCampaignService({ timeoutMs: 10_000 });
    await service.plan(connection(), config(), ctx(), KEEP);
    const first = await counted(() => service.push(connection(), config(), 'client-secret-1', ctx(), KEEP));
    expect(first.result).toMatchObject({ ok: true, verified: true });
    const second = await counted(() => service.push(connection(), config(), 'client-secret-2', ctx(), KEEP));
    expect(second.result).toMatchObject({ ok: true, verified: true });
    expect(logons()).toBe(1);
    expect(second.requests).toBeLessThanOrEqual(6);
    expect(sim.openSessions()).toBe(1);
  });

  it('a check always logs on anew (it reports what is installed now) and leaves its session to the push', async () => {
    sim = await start();
    const service = createCampaignService({ timeoutMs: 10_000 });
    await service.check(connection(), ctx());
    await service.check(connection(), ctx());
    expect(logons()).toBe(2);
    await service.push(connection(), config(), 'client-secret', ctx(), KEEP);
    expect(logons()).toBe(2);
    expect(sim.openSessions()).toBe(1);
  });

  it('a session the instance expired meanwhile logs on again and the push goes through', async () => {
    sim = await start();
    const service = createCampaignService({ timeoutMs: 10_000 });
    await service.plan(connection(), config(), ctx(), KEEP);
    sim.expireSessions();
    const pushed = await service.push(connection(), config(), 'client-secret', ctx(), KEEP);
    expect(pushed).toMatchObject({ ok: true, verified: true });
    expect(logons()).toBe(2);
  });

  it('another password logs on anew; a cancelled job cancels on the kept session and the next job logs on again', async () => {
    sim = await start({ scenario: { slowMethods: { Write: 2_000 } } });
    const service = createCampaignService({ timeoutMs: 10_000 });
    await service.plan(connection(), config(), ctx(), KEEP);
    await expect(service.plan(connection('wrong password'), config(), ctx(), KEEP)).rejects.toMatchObject({ kind: 'refused' });
    expect(logons()).toBe(2);

    await service.plan(connection(), config(), ctx(), KEEP);
    expect(logons()).toBe(3);
    const controller = new AbortController();
    const stages: string[] = [];
    const cancelled = service.push(
      connection(),
      config(),
      'client-secret',
      {
        signal: controller.signal,
        progress: (stage) => {
          stages.push(stage);
          if (stage === 'write-account') controller.abort();
        },
      },
      KEEP,
    );
    await expect(cancelled).rejects.toMatchObject({ kind: 'cancelled' });
    await service.plan(connection(), config(), ctx(), KEEP);
    expect(logons()).toBe(4);
  });

  it('an idle kept session is logged off', async () => {
    sim = await start();
    const sessions = createSessionKeeper(50);
    const request = {
      url: sim.url,
      timeoutMs: 10_000,
      credentials: { kind: 'password' as const, login: ADMIN.login, password: ADMIN.password },
    };
    await runPush({ ...request, config: config(), dryRun: true, replaceSecret: false, updateExisting: false, sessions });
    expect(sim.openSessions()).toBe(1);
    await expect.poll(() => sim!.openSessions(), { timeout: 5_000 }).toBe(0);
  });
});
