import { afterEach, describe, expect, it } from 'vitest';
import { CampaignSession } from '../electron/node/campaign/session';
import { startSimulator, type Simulator } from './campaign-sim/server';
import { ADMIN } from './campaign-sim/scenario';

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

describe('CampaignSession through the SDK', () => {
  it('logs on, reads facts, types, accounts, writes and logs off', async () => {
    sim = await startSimulator({ accounts: [{ name: 'Adobe_Marketing_Cloud', type: '18', label: 'MAC', clientSecret: '' }] });
    const s = await CampaignSession.open({
      url: sim.url,
      credentials: { kind: 'password', login: ADMIN.login, password: ADMIN.password },
      timeoutMs: 5000,
    });
    expect(s.facts.installedPackages).toContain('nms:amp');
    expect(s.facts.serverInfo.buildNumber).toBe('9364');
    const types = await s.accountTypes();
    expect(types.find((t) => t.label === 'Adobe Experience Cloud')?.value).toBe(18);
    const attrs = await s.extAccountAttributes();
    expect(attrs).toContain('imsOrgId');
    const rows = await s.queryAccounts('@type = 18', ['id', 'name', 'label'], 'readAccounts');
    expect(rows).toEqual([{ id: '2000', name: 'Adobe_Marketing_Cloud', label: 'MAC' }]);
    const enc = await s.encryptPassword('topsecret');
    expect(sim.cipher.decrypt(enc)).toBe('topsecret');
    await s.writeAccount('Adobe_Marketing_Cloud', { tenant: 'acme', clientSecret: enc });
    expect(sim.accounts()[0]!.tenant).toBe('acme');
    await s.close();
    expect(sim.openSessions()).toBe(0);
  });
});
