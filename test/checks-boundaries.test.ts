import { describe, expect, it } from 'vitest';
import { decideAccount } from '../electron/common/checks/account';
import { MAX_CONFIG_BYTES, validateConfigText } from '../electron/common/config/validate';
import { render } from '../electron/common/messages/catalogs';

/** Numeric thresholds of the checks and the config reader, each at its limit and one either side. */

const lookup = { found: true as const, value: 18, label: 'Adobe Experience Cloud', source: 'instance' as const };
const healthy = {
  name: 'Adobe_Marketing_Cloud',
  label: 'Adobe Experience Cloud',
  type: '18',
  active: '1',
  imsServer: 'https://ims-na1.adobelogin.com',
  userScope: 'openid,AdobeID,read_organizations',
  clientId: 'Campaign1',
  clientSecret: '@c2VjcmV0',
  callbackServer: 'https://campaign.example.com',
  imsOrgId: '0123456789ABCDEF01234567@AdobeOrg',
  imsRightsMask: 'Campaign - acme - (.*)',
  server: 'https://marketing.adobe.com',
  tenant: 'acme',
};
// Each breaks one field with an error; the first n are used.
const breakages: Record<string, string>[] = [
  { clientId: 'Campaign 1' },
  { imsOrgId: '123@AdobeOrg' },
  { tenant: 'acme corp' },
  { server: 'marketing.adobe.com' },
];

describe('the account check lists at most 3 problems, then how many more', () => {
  it.each([
    [3, false],
    [4, true],
  ])('%i problems: "more" shown = %s', (n, more) => {
    const record = Object.assign({}, healthy, ...breakages.slice(0, n));
    const result = decideAccount({ lookup, accounts: [record], instanceUrl: 'https://campaign.example.com' });
    expect(result).toMatchObject({ status: 'fail', message: { code: 'check.account.broken' } });
    const text = render('en', result.message);
    if (more) expect(text).toContain('(and 1 more)');
    else expect(text).not.toMatch(/and \d+ more/);
  });
});

describe('a config text is refused unread above MAX_CONFIG_BYTES', () => {
  const text = (length: number) => `"${'x'.repeat(length - 2)}"`;
  it.each([
    [MAX_CONFIG_BYTES - 1, false],
    [MAX_CONFIG_BYTES, false],
    [MAX_CONFIG_BYTES + 1, true],
  ])('%i characters: tooLarge = %s', (length, refused) => {
    expect(text(length)).toHaveLength(length);
    const codes = validateConfigText(text(length)).errors.map((e) => e.code);
    expect(codes.includes('rule.document.tooLarge')).toBe(refused);
    expect(codes.length).toBeGreaterThan(0);
  });
});
