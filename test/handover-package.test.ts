import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXT_ACCOUNT_FIELDS } from '../electron/common/campaign/ext-account-fields';
import type { AccImsConfig } from '../electron/common/config/schema';
import { validateConfig } from '../electron/common/config/validate';
import { WizardError } from '../electron/common/errors';
import { buildAccountPackage, configFromPackage, parseAccountPackage } from '../electron/common/handover/package-xml';
import { validConfig } from './helpers/configs';

const valid = (raw: unknown): AccImsConfig => {
  const result = validateConfig(raw);
  if (!result.config) throw new Error(`test config invalid: ${JSON.stringify(result.errors)}`);
  return result.config;
};

/** Strict parse: any warning or error of the parser fails the test. */
function strictParse(xml: string) {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(xml, 'application/xml');
}

// XML 1.0 Char production, whole text: a package with anything else is refused by the console's parser.
const ONLY_XML_CHARS = /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;

describe('Campaign data package', () => {
  it('is a package of one nms:extAccount record that updates the account by internal name', () => {
    const xml = buildAccountPackage(valid(validConfig()), { now: new Date('2026-11-24T12:00:00Z') });
    expect(xml.startsWith("<?xml version='1.0' encoding='UTF-8'?>\n")).toBe(true);
    const doc = strictParse(xml);
    const pkg = doc.documentElement!;
    expect(pkg.nodeName).toBe('package');
    expect(pkg.getAttribute('buildNumber')).toBe('9364');
    const entities = Array.from(pkg.getElementsByTagName('entities'));
    expect(entities.map((e) => e.getAttribute('schema'))).toEqual(['nms:extAccount']);
    const records = Array.from(entities[0]!.getElementsByTagName('extAccount'));
    expect(records).toHaveLength(1);
    const record = records[0]!;
    expect(record.getAttribute('_key')).toBe('@name');
    expect(record.getAttribute('_operation')).toBe('update');
    expect(record.getAttribute('name')).toBe('Adobe_Marketing_Cloud');
    expect(record.getAttribute('imsRightsMask')).toBe('Campaign - acme - (.*)');
    expect(record.getAttribute('imsOrgId')).toBe('0123456789ABCDEF01234567@AdobeOrg');
  });

  it('writes every non-secret field of the mapping table and never the secret or its keychain name', () => {
    const config = valid(validConfig());
    const xml = buildAccountPackage(config);
    const record = strictParse(xml).getElementsByTagName('extAccount')[0]!;
    for (const { field, attribute, secret } of EXT_ACCOUNT_FIELDS) {
      if (secret) expect(record.hasAttribute(attribute)).toBe(false);
      else expect(record.getAttribute(attribute)).toBe(config.account[field]);
    }
    expect(xml).not.toContain('clientSecret');
    expect(xml).not.toContain('acc-ims-wizard/prod');
  });

  it('says in a comment that the secret is missing and gives the manual step and the restart', () => {
    const xml = buildAccountPackage(valid(validConfig()));
    const { comments } = parseAccountPackage(xml);
    const text = comments.join('\n');
    expect(text).toContain('DOES NOT CONTAIN THE IMS CLIENT SECRET');
    expect(text).toMatch(/type the secret in\s+"IMS client secret"/);
    expect(text).toContain('restart the Campaign server');
    expect(text).toContain('Tools > Advanced > Import package');
  });

  it('escapes hostile values exactly: quotes, <, >, &, ]]>, non-ASCII, tab, newline, CR and Unicode line breaks survive a parse', () => {
    const raw = validConfig();
    raw.account.label = `Acme "prod" <IMS> & 'co' ]]> -- 漢字 é 😀 \t line1\nline2\r\nend \u0085 \u2028 \u2029`;
    raw.account.associationMask = 'Campaign "<&>" \u00e9 - (.*)';
    raw.account.tenant = 'ten\'&<ant>"';
    raw.account.productContext = 'dma_campaign_classic';
    const config = raw as AccImsConfig; // the builder must be safe on its own, not only behind validation
    const xml = buildAccountPackage(config);
    expect(xml).toMatch(ONLY_XML_CHARS);
    const parsed = parseAccountPackage(xml);
    expect(parsed.account.label).toBe(raw.account.label);
    expect(parsed.account.associationMask).toBe(raw.account.associationMask);
    expect(parsed.account.tenant).toBe(raw.account.tenant);
    // Literal markup from a value never becomes structure.
    const doc = strictParse(xml);
    expect(doc.getElementsByTagName('IMS')).toHaveLength(0);
    expect(doc.getElementsByTagName('extAccount')).toHaveLength(1);
  });

  it('round-trips any text XML can carry (property)', () => {
    const xmlText = fc.string({ unit: 'binary', maxLength: 60 }).filter((s) => ONLY_XML_CHARS.test(s));
    fc.assert(
      fc.property(xmlText, xmlText, (label, tenant) => {
        const raw = validConfig();
        raw.account.label = label;
        raw.account.tenant = tenant;
        const xml = buildAccountPackage(raw as AccImsConfig);
        expect(xml).toMatch(ONLY_XML_CHARS);
        const parsed = parseAccountPackage(xml);
        expect(parsed.account.label).toBe(label);
        expect(parsed.account.tenant).toBe(tenant);
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ['a C0 control character', 'Acme\u0001', '0001'],
    ['U+FFFE', 'Acme\ufffe', 'FFFE'],
    ['a lone high surrogate', 'Acme\ud800', 'D800'],
    ['a lone low surrogate', '\udc00Acme', 'DC00'],
  ])('refuses %s with a message naming the field and the character', (_what, label, code) => {
    const raw = validConfig();
    raw.account.label = label;
    let caught: unknown;
    try {
      buildAccountPackage(raw as AccImsConfig);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(WizardError);
    expect((caught as WizardError).kind).toBe('invalid');
    expect((caught as WizardError).userMessage).toEqual({
      code: 'handover.package.badXmlChar',
      params: { path: 'account.label', char: code },
    });
  });

  it('leaves an odd internal name out of the comment so it cannot break it', () => {
    const raw = validConfig();
    raw.account.internalName = 'x-->y';
    const xml = buildAccountPackage(raw as AccImsConfig);
    expect(strictParse(xml).getElementsByTagName('extAccount')[0]!.getAttribute('name')).toBe('x-->y');
    expect(parseAccountPackage(xml).comments.join('')).not.toContain('x-->y');
  });

  it('reads back a package exported by the console: mapped fields, other attributes, an encrypted secret', () => {
    const consoleExport = `<?xml version='1.0'?>
<package author="Administrator (admin)" buildNumber="9364" buildVersion="6.7" img="" label="" name="" namespace="" vendor="">
 <desc></desc>
 <version buildDate="2026-11-01 10:30:18.954Z"/>
 <entities schema="nms:extAccount">
  <extAccount active="1" callbackServer="https://acme.campaign.adobe.com" clientId="Campaign1" clientSecret="@Zm9vYmFy" imsOrgId="ABCDEF0123456789ABCDEF01@AdobeOrg" imsRightsMask="Campaign (.*)" imsServer="https://ims-na1.adobelogin.com" label="MAC" name="Adobe_Experience_Cloud" productContext="dma_campaign_classic" server="https://marketing.adobe.com" tenant="acme" type="12" userScope="openid,AdobeID"/>
 </entities>
</package>`;
    const parsed = parseAccountPackage(consoleExport);
    expect(parsed.hadSecret).toBe(true);
    expect(parsed.otherAttributes).toEqual({ active: '1', type: '12' });
    const result = validateConfig(configFromPackage(parsed));
    expect(result.errors).toEqual([]);
    expect(result.config?.account.internalName).toBe('Adobe_Experience_Cloud');
    expect(result.config?.account.associationMask).toBe('Campaign (.*)');
    expect(JSON.stringify(result.config)).not.toContain('Zm9vYmFy');
  });

  it.each([
    ['not XML', 'hello', 'handover.package.notWellFormed'],
    ['broken XML', '<package><entities schema="nms:extAccount"><extAccount name="a"></package>', 'handover.package.notWellFormed'],
    ['another root', '<root/>', 'handover.package.notPackage'],
    ['no account', '<package><entities schema="nms:extAccount"></entities></package>', 'handover.package.noAccount'],
    [
      'two accounts',
      '<package><entities schema="nms:extAccount"><extAccount name="a"/><extAccount name="b"/></entities></package>',
      'handover.package.severalAccounts',
    ],
  ])('refuses %s as a package with a clear invalid error', (_what, xml, code) => {
    expect(() => parseAccountPackage(xml, 'acc.xml')).toThrowError(WizardError);
    try {
      parseAccountPackage(xml, 'acc.xml');
    } catch (e) {
      expect((e as WizardError).kind).toBe('invalid');
      expect((e as WizardError).userMessage).toMatchObject({ code, params: { file: 'acc.xml' } });
    }
  });
});
