import { afterEach, describe, expect, it } from 'vitest';
import { validateConfig } from '../electron/common/config/validate';
import type { AccImsConfig } from '../electron/common/config/schema';
import { createCampaignService } from '../electron/node/campaign/desktop-campaign';
import type { CampaignService } from '../electron/main/handler-deps';
import { render } from '../electron/common/messages/catalogs';
import type { Message } from '../electron/common/messages/message';
import { validConfig } from './helpers/configs';

const en = (m: Message | undefined) => (m ? render('en', m) : '');
import { ADMIN, type Scenario } from './campaign-sim/scenario';
import { start, type Simulator } from './campaign-sim/server';

/** The desktop's CampaignService (what the IPC handlers call) over the same runners as the CLI. */

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const service: CampaignService = createCampaignService({ timeoutMs: 5000 });

function context() {
  const controller = new AbortController();
  const stages: { stage: string; fraction?: number }[] = [];
  return {
    controller,
    stages,
    ctx: {
      signal: controller.signal,
      progress: (stage: string, fraction?: number) => stages.push({ stage, ...(fraction !== undefined ? { fraction } : {}) }),
    },
  };
}

async function connection(scenario: Partial<Scenario> = {}) {
  sim = await start({ scenario });
  return { url: `${sim.url}/`, user: ADMIN.login, password: ADMIN.password, consoleBuild: 9364 };
}

const config = (): AccImsConfig => validateConfig(validConfig()).config!;

describe('desktop CampaignService', () => {
  it('testConnection runs reachable, server-build and logon only, with progress in order', async () => {
    const { ctx, stages } = context();
    const report = await service.testConnection(await connection(), ctx);
    expect(report.checks.map((c) => c.id)).toEqual(['reachable', 'server-build', 'logon']);
    expect(report).toMatchObject({ ok: true, server: { build: 9364, instanceName: 'acme_mkt_prod1' } });
    expect(stages.map((s) => s.stage)).toEqual(['reachable', 'logon', 'logoff']);
    expect(stages.every((s) => s.fraction! >= 0 && s.fraction! <= 1)).toBe(true);
  });

  it('check reports the package list and the matched id for the review', async () => {
    const { ctx } = context();
    const report = await service.check(await connection(), ctx);
    expect(report.packages).toMatchObject({ installed: ['nms:amp', 'nms:campaign', 'nms:core', 'nms:interaction'], matched: ['nms:amp'] });
    expect(report.checks.find((c) => c.id === 'console-build')?.status).toBe('pass');
  });

  it('plan writes nothing; push writes, then a second plan shows no change', async () => {
    const conn = await connection();
    const planned = await service.plan(conn, config(), context().ctx);
    expect(planned).toMatchObject({ ok: true, dryRun: true, verified: null, exists: false, accountName: 'Adobe_Marketing_Cloud' });
    expect(sim!.accounts()).toEqual([]);
    const pushed = await service.push(conn, config(), 'desktop-secret', context().ctx);
    expect(pushed).toMatchObject({ ok: true, verified: true });
    expect(sim!.cipher.decrypt(sim!.accounts()[0]!.clientSecret!)).toBe('desktop-secret');
    const again = await service.plan(conn, config(), context().ctx);
    expect(again.changes).toEqual([]);
  });

  it('a refusal comes back as a refused error the UI can show as is', async () => {
    const conn = await connection({
      accounts: [
        { name: 'A', type: '18' },
        { name: 'B', type: '18' },
      ],
    });
    const refusal = await service.plan(conn, config(), context().ctx).catch((e: { kind: string; userMessage: Message }) => e);
    expect(refusal).toMatchObject({ kind: 'refused', userMessage: { code: 'push.refused.duplicates' } });
    expect(en((refusal as { userMessage: Message }).userMessage)).toContain('there must be exactly one');
  });

  it('keeps the instance secret unless the admin asks to replace it, naming the Review control, not a CLI flag', async () => {
    const previous = { name: 'Adobe_Marketing_Cloud', label: 'Adobe Experience Cloud', type: '18', clientSecret: '@old==' };
    const conn = await connection({ accounts: [previous] });
    const kept = await service.push(conn, config(), 'rotated-secret', context().ctx);
    expect(kept.warnings).toContainEqual({
      code: 'push.note.secretKept',
      params: { replaceSecret: { code: 'wording.desktop.replaceSecret' } },
    });
    expect(kept.warnings.map(en).join(' ')).toContain('tick "Replace the client secret on the instance"');
    expect(kept.warnings.map(en).join(' ')).not.toContain('--');
    expect(kept.warnings.map((w) => render('zh-Hant', w)).join('')).toContain('在「檢閱」步驟勾選「取代執行個體上的用戶端密碼」');
    expect(sim!.accounts()[0]!.clientSecret).toBe('@old==');

    const planned = await service.plan(conn, config(), context().ctx, { replaceSecret: true, updateExisting: false });
    expect(planned.changes).toContainEqual(expect.objectContaining({ field: 'clientSecret' }));
    const replaced = await service.push(conn, config(), 'rotated-secret', context().ctx, { replaceSecret: true, updateExisting: false });
    expect(replaced).toMatchObject({ ok: true, verified: true });
    expect(sim!.cipher.decrypt(sim!.accounts()[0]!.clientSecret!)).toBe('rotated-secret');
  });

  it('updates an account under another internal name only when the admin chooses to', async () => {
    const conn = await connection({ accounts: [{ name: 'Adobe_Experience_Cloud', label: 'Adobe Experience Cloud', type: '18' }] });
    await expect(service.plan(conn, config(), context().ctx)).rejects.toMatchObject({
      kind: 'refused',
      userMessage: { code: 'push.refused.otherName', params: { updateExisting: { code: 'wording.desktop.updateExisting' } } },
    });
    const pushed = await service.push(conn, config(), 'desktop-secret', context().ctx, { replaceSecret: false, updateExisting: true });
    expect(pushed).toMatchObject({ ok: true, verified: true, accountName: 'Adobe_Experience_Cloud' });
    expect(sim!.accounts().map((a) => a.name)).toEqual(['Adobe_Experience_Cloud']);
  });

  it('tells the admin what to do in the wizard, never with a CLI flag', async () => {
    const full = await service.check(await connection(), context().ctx);
    expect(en(full.checks.find((c) => c.id === 'account')?.message)).toContain('exists yet. The push in the Output step creates it');
    await sim!.close();

    const anonymous = await service.testConnection({ url: (await connection()).url }, context().ctx);
    const logon = anonymous.checks.find((c) => c.id === 'logon');
    expect(logon).toMatchObject({
      status: 'skip',
      message: { code: 'check.logon.notAttempted', params: { logOn: { code: 'wording.desktop.logOn' } } },
    });
    await sim!.close();

    const tls = await connection({ tls: true });
    const report = await service.testConnection({ url: tls.url }, context().ctx);
    const reachable = report.checks.find((c) => c.id === 'reachable')!;
    expect(reachable.status).toBe('fail');
    expect(en(reachable.message)).toContain('NODE_EXTRA_CA_CERTS');
    for (const check of [...full.checks, ...anonymous.checks, ...report.checks]) {
      for (const locale of ['en', 'zh-Hant'] as const) expect(render(locale, check.message)).not.toMatch(/ --[a-z]|acc-ims /);
    }
  });

  it('plan and push need an operator; a user without password is asked for it', async () => {
    const conn = await connection();
    await expect(service.plan({ url: conn.url }, config(), context().ctx)).rejects.toMatchObject({ kind: 'usage' });
    const asked = await service
      .check({ url: conn.url, user: 'admin' }, context().ctx)
      .catch((e: { kind: string; userMessage: Message }) => e);
    expect(asked).toMatchObject({ kind: 'usage', userMessage: { code: 'connection.needPassword', params: { login: 'admin' } } });
    expect(en((asked as { userMessage: Message }).userMessage)).toBe('Enter the password of the operator "admin".');
  });

  it('cancel (the abort signal campaign.cancel fires) stops a slow check', async () => {
    const { ctx, controller, stages } = context();
    const conn = await connection({ slowMethods: { GetEntityIfMoreRecent: 4000 } });
    // Cancel from the progress event of the slow step, not from a timer a loaded machine may outrun.
    const running = service.check(conn, {
      ...ctx,
      progress: (stage: string, fraction?: number) => {
        ctx.progress(stage, fraction);
        if (stage === 'read-account-type') controller.abort();
      },
    });
    await expect(running).rejects.toMatchObject({ kind: 'cancelled' });
    expect(stages.map((s) => s.stage)).toContain('read-account-type');
    expect(sim!.soapMethods()).toContain('Logoff');
    expect(sim!.openSessions()).toBe(0);
  });
});
