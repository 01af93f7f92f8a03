import { describe, expect, it } from 'vitest';
import { RELEASES, evaluateConsoleBuild, evaluateImsSupport } from '../electron/common/builds';
import { analyzeMask, testMask } from '../electron/common/mask';
import { checkForm } from '../electron/common/wizard/form-check';
import en from '../renderer/locales/en.json';
import { localizeMessage, recognize } from '../renderer/lib/problem-shapes';
import { minimalConfig } from './helpers/configs';

/**
 * Every message Adobe's rules can show in the wizard is recognised, re-told in English word for word
 * from the catalog (so the shapes capture the right values), and told in Traditional Chinese.
 */
const BAD: Record<string, unknown[]> = {
  'account.label': [' x', 'x ', 'a\tb'],
  'account.internalName': ['1bad', 'Other_Name'],
  'account.imsServer': ['', 'http://ims-na1.adobelogin.com', 'https://ims-na1.adobelogin.com/ims', 'ims-na1-stg1.adobelogin.com', 'https://ims-na1.adobelogin.com:8443', 'ims-eu1.adobelogin.com', 'example.com', 'https://'],
  'account.imsScope': ['openid, AdobeID', 'openid,,AdobeID', 'openid,Adobe$ID', 'read_organizations', 'openid', 'openid,AdobeID,openid'],
  'account.clientId': ['', 'Campaign 1', 'Campaign#1'],
  'account.callbackServer': ['', 'campaign', 'http://campaign.example.com', 'https://campaign.example.com/nl', 'https://other.example.com', 'https://acme-stage.campaign.adobe.com'],
  'account.imsOrgId': ['', 'ABC', 'x@adobeorg', '0123@AdobeOrg', '01234-6789@AdobeOrg'],
  'account.associationMask': ['', ' Campaign (.*)', 'Campaign (.*) ', `${'x'.repeat(201)}(.*)`, 'Campaign (', 'Campaign .*', 'Campaign (.*) (.*)', '(.*)\\1', '(?:a+)+(.*)', '(.*)a*b*c*', 'Campaign  (.*)', 'Campaign - tenant_id - (.*)', '(.*)'],
  'account.productContext': ['dma_x'],
  'account.server': ['marketing', 'http://marketing.adobe.com'],
  'account.tenant': ['', 'acme corp', 'acme!'],
  'instance.name': ['bad name'],
  'instance.url': ['ftp://x', 'http://campaign.example.com', 'https://u:p@campaign.example.com', 'https://campaign.example.com/x'],
  'instance.consoleBuild': ['abc', 1, 9032, 9277, 9364, 9829],
};

function ruleMessages(): string[] {
  const out = new Set<string>();
  for (const [path, values] of Object.entries(BAD)) {
    const [group, field] = path.split('.') as ['account' | 'instance', string];
    for (const value of values) {
      const config = minimalConfig();
      config.instance = { name: 'prod', url: 'https://campaign.example.com' };
      (config[group] as Record<string, unknown>)[field] = value;
      const { errors, warnings } = checkForm(config);
      for (const p of [...errors, ...warnings]) out.add(p.message);
    }
  }
  for (const r of testMask('Campaign - acme - (.*)', ['Campaign - acme - admin', 'campaign - acme - x', 'Campaign -  acme - x', 'Other', 'Campaign - acme - ', 'Campaign - acme - 1x', 'x'.repeat(300)])) {
    if (r.group === null) out.add(r.reason);
    else if ('warning' in r && r.warning) out.add(r.warning);
  }
  for (const mask of [' x(.*)', 'x(.*) ', '']) {
    const a = analyzeMask(mask);
    if (!a.ok) out.add(a.error);
  }
  const builds = [...new Set([...RELEASES.flatMap((r) => r.builds), 9000, 9365, 9999])];
  for (const b of builds) out.add(evaluateImsSupport(b).message);
  for (const server of builds) for (const consoleBuild of [server, server - 1, server + 1, 9364, 9383, 9829, 9000]) {
    const v = evaluateConsoleBuild({ serverBuild: server, consoleBuild });
    if (v.status !== 'skip') out.add(v.message);
  }
  return [...out];
}

const messages = ruleMessages();

describe('rule messages in both languages', () => {
  it('the corpus reaches every shape in the catalogs (no dead shape, no untested one)', () => {
    const used = new Set<string>();
    const visit = (text: string) => {
      const found = recognize(text.trim());
      if (!found) return;
      used.add(found.key);
      for (const value of Object.values(found.params)) if (value) visit(value);
    };
    messages.forEach(visit);
    const shapeKeys = Object.keys(en).filter((k) => /^(problem|build|rule)\./.test(k) && k !== 'build.webview');
    expect(shapeKeys.filter((k) => !used.has(k))).toEqual([]);
  });

  it('shows a message it does not know as it is', () => {
    expect(localizeMessage('Something new happened.', 'zh-Hant')).toBe('Something new happened.');
  });

  it.each(messages)('%s', (message) => {
    const found = recognize(message);
    expect(found, 'no shape recognises this message: add it to renderer/lib/problem-shapes.ts and both catalogs').not.toBeNull();
    expect(localizeMessage(message, 'en')).toBe(message);
    const zh = localizeMessage(message, 'zh-Hant');
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(zh).not.toMatch(/\{\w+\}/);
  });
});
