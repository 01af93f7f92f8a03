import sdk from '@adobe/acc-js-sdk';
import { afterEach, describe, expect, it } from 'vitest';
import { render } from '../electron/common/messages/catalogs';
import { CampaignSession } from '../electron/node/campaign/session';
import { runChecks } from '../electron/node/campaign/run-checks';
import { ADMIN, type Scenario } from './campaign-sim/scenario';
import { start, type Simulator } from './campaign-sim/server';

/**
 * The simulator is as strict as an instance: a field the served schema does not declare is a fault,
 * SOAP is routed by the service and method SOAPAction names, getIfExists answers an empty element.
 * A client that relies on more is caught here, not in front of an admin.
 */

let sim: Simulator | undefined;
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const admin = { kind: 'password' as const, login: ADMIN.login, password: ADMIN.password };
const noProductContext: Partial<Scenario> = { hasProductContext: false };

async function session(scenario: Partial<Scenario>) {
  sim = await start({ scenario });
  return CampaignSession.open({ url: sim.url, timeoutMs: 5000, credentials: admin });
}

describe('the simulator refuses fields its schema does not declare', () => {
  it('a select of an undeclared attribute is a SOAP fault naming it', async () => {
    const s = await session(noProductContext);
    try {
      const error = await s.queryAccounts('@type = 18', ['name', 'productContext'], 'readAccounts').then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ userMessage: { code: 'soap.fault' } });
      expect(render('en', (error as { userMessage: Parameters<typeof render>[1] }).userMessage)).toContain(
        "The field 'productContext' is not defined in schema 'nms:extAccount'",
      );
      // The same select without it is answered.
      await expect(s.queryAccounts('@type = 18', ['name'], 'readAccounts')).resolves.toEqual([]);
    } finally {
      await s.close();
    }
  });

  it('a condition on an undeclared attribute is a fault too', async () => {
    const s = await session(noProductContext);
    try {
      await expect(s.queryAccounts("@productContext = 'dma_campaign'", ['name'], 'readAccounts')).rejects.toMatchObject({
        userMessage: { code: 'soap.fault' },
      });
    } finally {
      await s.close();
    }
  });

  it('a write of an undeclared attribute is a fault, and nothing is stored', async () => {
    const s = await session(noProductContext);
    try {
      await expect(s.writeAccount('Adobe_Marketing_Cloud', { label: 'AEC', productContext: 'dma_campaign_classic' })).rejects.toMatchObject(
        { userMessage: { code: 'soap.fault' } },
      );
      expect(sim!.accounts()).toEqual([]);
      await s.writeAccount('Adobe_Marketing_Cloud', { label: 'AEC' });
      expect(sim!.accounts()).toMatchObject([{ name: 'Adobe_Marketing_Cloud', label: 'AEC' }]);
    } finally {
      await s.close();
    }
  });

  it('the account check on a build without Product context reads only declared attributes, and still passes', async () => {
    sim = await start({ scenario: { ...noProductContext, accounts: [acc()] } });
    const report = await runChecks({
      url: sim.url,
      timeoutMs: 5000,
      credentials: admin,
      console: { consoleBuild: 9364, source: { kind: 'given' } },
      scope: 'full',
    });
    expect(report.checks.find((c) => c.id === 'account')).toMatchObject({ status: 'pass' });
  });
});

describe('SOAP routing by SOAPAction', () => {
  const logonBody = `<?xml version='1.0'?><SOAP-ENV:Envelope xmlns:SOAP-ENV='http://schemas.xmlsoap.org/soap/envelope/'><SOAP-ENV:Body><Logon xmlns='urn:xtk:session'><sessiontoken/><strLogin>${ADMIN.login}</strLogin><strPassword>${ADMIN.password}</strPassword><elemParameters/></Logon></SOAP-ENV:Body></SOAP-ENV:Envelope>`;
  const post = (action: string | undefined) =>
    fetch(`${sim!.url}/nl/jsp/soaprouter.jsp`, {
      method: 'POST',
      headers: { 'Content-Type': 'text/xml', ...(action ? { SOAPAction: action } : {}) },
      body: logonBody,
    });

  it.each([
    ['another service', 'xtk:queryDef#Logon'],
    ['another method than the body', 'xtk:session#Logoff'],
    ['no SOAPAction at all', undefined],
  ])('a call naming %s is answered with a fault, HTTP 500', async (_, action) => {
    sim = await start();
    const answer = await post(action);
    expect(answer.status).toBe(500);
    expect(await answer.text()).toMatch(/<faultstring[^>]*>SOP-330006 /);
    expect(sim.openSessions()).toBe(0);
  });

  it('the service and method SOAPAction names are served', async () => {
    sim = await start();
    const answer = await post('xtk:session#Logon');
    expect(answer.status).toBe(200);
    expect(await answer.text()).toContain('<LogonResponse');
    expect(sim.openSessions()).toBe(1);
  });
});

describe('getIfExists', () => {
  it("answers an empty element when nothing matches, which Adobe's SDK reads as null", async () => {
    sim = await start({ scenario: { accounts: [acc()] } });
    const client = await sdk.init(sdk.ConnectionParameters.ofUserAndPassword(sim.url, ADMIN.login, ADMIN.password));
    await client.logon();
    try {
      const query = (name: string) =>
        client.NLWS.xtkQueryDef
          .create({
            schema: 'nms:extAccount',
            operation: 'getIfExists',
            select: { node: [{ expr: '@name' }] },
            where: { condition: [{ expr: `@name = '${name}'` }] },
          })
          .executeQuery();
      expect(await query('nothing_here')).toBeNull();
      expect(await query('Adobe_Marketing_Cloud')).toMatchObject({ name: 'Adobe_Marketing_Cloud' });
      expect(sim.requests.some((r) => r.soapAction === 'xtk:queryDef#ExecuteQuery')).toBe(true);
    } finally {
      await client.logoff();
    }
  });
});

function acc(): Record<string, string> {
  return {
    name: 'Adobe_Marketing_Cloud',
    label: 'Adobe Experience Cloud',
    type: '18',
    active: '1',
    imsServer: 'https://ims-na1.adobelogin.com',
    userScope: 'openid,AdobeID,read_organizations',
    clientId: 'Campaign1',
    clientSecret: '@c2VjcmV0',
    callbackServer: 'https://127.0.0.1',
    imsOrgId: '0123456789ABCDEF01234567@AdobeOrg',
    imsRightsMask: 'Campaign - acme - (.*)',
    server: 'https://marketing.adobe.com',
    tenant: 'acme',
  };
}
