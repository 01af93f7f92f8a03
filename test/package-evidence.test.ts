import { afterEach, describe, expect, it } from 'vitest';
import { decidePackage } from '../electron/common/checks/package';
import type { CheckId } from '../electron/common/checks/types';
import { render } from '../electron/common/messages/catalogs';
import { msg } from '../electron/common/messages/message';
import { packageFound } from '../electron/common/wizard/steps';
import { runChecks, type CheckRequest } from '../electron/node/campaign/run-checks';
import { ADMIN, type Scenario } from './campaign-sim/scenario';
import { start, type Simulator } from './campaign-sim/server';
import { packageShapes } from './campaign-sim/workflows';

/**
 * The package check rests on evidence: the integration's workflows (xtk:workflow importSharedAudience /
 * exportSharedAudience) prove it; a candidate id such as nms:amp only makes it likely.
 */

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const admin = { kind: 'password' as const, login: ADMIN.login, password: ADMIN.password };

async function check(scenario: Partial<Scenario>, extra: Partial<CheckRequest> = {}) {
  sim = await start({ scenario });
  const report = await runChecks({
    url: sim.url,
    timeoutMs: 5000,
    credentials: admin,
    console: { consoleBuild: sim.scenario.build, source: { kind: 'given' } },
    scope: 'full',
    ...extra,
  });
  const byId = (id: CheckId) => report.checks.find((c) => c.id === id)!;
  const pkg = byId('package');
  return { report, pkg, text: render('en', pkg.message), zh: render('zh-Hant', pkg.message) };
}

describe('package check against simulated instances', () => {
  it('an instance with only the AMP package (nms:amp, no integration workflows) no longer passes: likely, confirm in the console', async () => {
    const { report, pkg, text } = await check(packageShapes.ampOnly());
    expect(pkg.status).toBe('warn');
    expect(report.ok).toBe(true);
    expect(report.packages).toMatchObject({ evidence: 'package-id', matched: ['nms:amp'], workflows: [] });
    expect(text).toContain('likely installed, but confirm it in the console');
    expect(text).toContain('Tools > Advanced > Import package');
    expect(text).toContain('greyed out');
    expect(text).toContain('importSharedAudience and exportSharedAudience) were not found');
    expect(text).toContain('nms:amp');
    // The desktop does not take the candidate id as found: the admin confirms by hand.
    expect(packageFound({ ok: true, checks: [], packages: report.packages! })).toBe(false);
  });

  it.each(['nms:aecIntegration', 'cus:experienceCloud'])(
    'the integration workflows pass whatever package id it is installed under (%s)',
    async (id) => {
      const { report, pkg, text } = await check(packageShapes.integrationInstalled(id));
      expect(pkg.status).toBe('pass');
      expect(report.packages).toMatchObject({
        evidence: 'workflows',
        matched: [],
        workflows: ['importSharedAudience', 'exportSharedAudience'],
      });
      expect(text).toContain('is installed: its workflows importSharedAudience and exportSharedAudience exist on the instance');
      expect(text).toContain(id);
      expect(packageFound({ ok: true, checks: [], packages: report.packages! })).toBe(true);
      expect(sim!.requests.some((r) => r.body.includes('schema="xtk:workflow"'))).toBe(true);
    },
  );

  it('with an IMS bearer-token logon (no package list) the workflows decide', async () => {
    const token = 'ims-token-canary-pk91';
    const v85 = { bearerTokens: { [token]: 'admin' }, build: 9830, version: { major: 8, minor: 9, servicePack: 2 }, testHasVersion: true };
    const bearer = { credentials: { kind: 'bearer' as const, token }, console: { consoleBuild: 9830, source: { kind: 'given' as const } } };
    const found = await check({ ...v85, ...packageShapes.integrationInstalled(), packages: [] }, bearer);
    expect(found.pkg.status).toBe('pass');
    expect(found.report.packages).toMatchObject({ evidence: 'workflows', packageListRead: false });
    expect(found.text).toContain('not reported with an IMS bearer-token logon');
    await sim!.close();
    sim = undefined;
    const missing = await check({ ...v85, ...packageShapes.neither(), packages: [] }, bearer);
    expect(missing.pkg.status).toBe('fail');
    expect(missing.report.packages).toMatchObject({ evidence: 'none', packageListRead: false });
  });

  it('neither workflows nor a candidate id fails and lists the installed packages, in both languages', async () => {
    const { report, pkg, text, zh } = await check(packageShapes.neither());
    expect(pkg.status).toBe('fail');
    expect(report.ok).toBe(false);
    expect(report.packages).toMatchObject({ evidence: 'none', installed: ['nms:campaign', 'nms:core', 'nms:interaction'] });
    expect(text).toContain('is not installed');
    expect(text).toContain('Installed packages: nms:campaign, nms:core, and nms:interaction.');
    expect(text).toContain('Installation of packages successful');
    expect(zh).toContain('已安裝的套件：nms:campaign、nms:core和nms:interaction');
  });
});

describe('decidePackage', () => {
  it('without a logon it skips and records nothing', () => {
    expect(decidePackage(null)).toMatchObject({ status: 'skip', packages: null });
  });

  it('workflows that could not be read leave the candidate id as "likely", with the reason', () => {
    const result = decidePackage({ installed: ['nms:amp'], workflows: null, workflowsError: msg('check.package.workflowsUnknown') });
    expect(result.status).toBe('warn');
    expect(render('en', result.message)).toContain('workflows could not be read (no answer)');
  });

  it('one of the two workflows is evidence enough (an admin may have deleted the other)', () => {
    const result = decidePackage({ installed: [], workflows: ['exportSharedAudience'] });
    expect(result.status).toBe('pass');
    expect(result.packages?.workflows).toEqual(['exportSharedAudience']);
  });
});
