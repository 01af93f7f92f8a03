// The two sides of the push figure, bundled by the bench: the wizard's full push (plan, encrypt, write,
// read back) and the least a script driving Adobe's SDK directly must do (logon, encrypt, write, logoff).
import { runPush } from '../../electron/node/campaign/run-push';
import { createCampaignService } from '../../electron/node/campaign/desktop-campaign';
import { validateConfig } from '../../electron/common/config/validate';
import { ADMIN } from '../../test/campaign-sim/scenario';
import { startSimulator, type Simulator } from '../../test/campaign-sim/server';

export { startSimulator };
export type { Simulator };

const CONFIG = validateConfig({
  format: 'acc-ims-config',
  version: 1,
  account: {
    imsServer: 'https://ims-na1.adobelogin.com',
    clientId: 'Campaign1',
    callbackServer: 'https://campaign.example.com',
    imsOrgId: '0123456789ABCDEF01234567@AdobeOrg',
    associationMask: 'Campaign - acme - (.*)',
    tenant: 'acme',
  },
}).config!;

export async function wizardPush(url: string, secret: string): Promise<void> {
  const outcome = await runPush({
    url,
    timeoutMs: 30_000,
    credentials: { kind: 'password', login: ADMIN.login, password: ADMIN.password },
    config: CONFIG,
    secret,
    dryRun: false,
    replaceSecret: true,
    updateExisting: false,
  });
  if (!outcome.ok || outcome.verified !== true)
    throw new Error(`the wizard's push failed: ${outcome.refused ?? outcome.warnings.join(' ')}`);
}

/** The desktop's service: it keeps its session and caches schemas, so a second push is cheaper than the first. */
export function desktopPusher(url: string, cacheDir: string): (secret: string) => Promise<void> {
  const service = createCampaignService({ cacheDir });
  const connection = { url, user: ADMIN.login, password: ADMIN.password };
  const ctx = { signal: new AbortController().signal, progress: () => undefined };
  return async (secret) => {
    const report = await service.push(connection, CONFIG, secret, ctx, { replaceSecret: true, updateExisting: false });
    if (!report.ok || report.verified !== true) throw new Error("the desktop's push failed");
  };
}

export async function directScript(url: string, secret: string, accountType: number): Promise<void> {
  const sdk = (await import('@adobe/acc-js-sdk')).default as any;
  const client = await sdk.init(
    sdk.ConnectionParameters.ofUserAndPassword(url, ADMIN.login, ADMIN.password, { representation: 'xml', noStorage: true }),
  );
  await client.logon();
  const encrypted = await client.NLWS.xml.xtkSession.encryptPassword(secret);
  const a = CONFIG.account;
  const xml = `<extAccount xtkschema="nms:extAccount" _operation="insertOrUpdate" _key="@name" name="${a.internalName}" label="${a.label}" type="${accountType}" imsServer="${a.imsServer}" clientId="${a.clientId}" clientSecret="${encrypted}" />`;
  await client.NLWS.xml.xtkSession.write(sdk.DomUtil.parse(xml).documentElement);
  await client.logoff();
}
