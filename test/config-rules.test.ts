import { describe, expect, it } from 'vitest';
import { validateConfig, validateConfigText } from '../electron/common/config/validate';
import { DEFAULTS } from '../electron/common/config/schema';
import { minimalConfig, validConfig } from './helpers/configs';

type Verdict = 'ok' | 'error' | 'warning';
type Case = [value: unknown, verdict: Verdict, messagePart?: RegExp];

/** Sets `account.<field>` (or `instance.<field>`) to `value` and returns the problems at that path. */
function check(path: string, value: unknown, base = validConfig()) {
  const [section, field] = path.split('.') as [string, string];
  if (value === undefined) delete base[section][field];
  else base[section][field] = value;
  const result = validateConfig(base);
  return {
    result,
    errors: result.errors.filter((p) => p.path.startsWith(path)),
    warnings: result.warnings.filter((p) => p.path.startsWith(path)),
  };
}

function runCases(path: string, cases: Case[]) {
  it.each(cases)(`${path} = %j → %s`, (value, verdict, messagePart) => {
    const { errors, warnings, result } = check(path, value);
    if (verdict === 'ok') {
      expect(errors).toEqual([]);
      expect(warnings).toEqual([]);
      expect(result.valid).toBe(true);
      return;
    }
    const list = verdict === 'error' ? errors : warnings;
    expect(list.length, `expected a ${verdict} at ${path}, got ${JSON.stringify(result)}`).toBeGreaterThan(0);
    if (verdict === 'error') expect(result.valid).toBe(false);
    else {
      expect(errors).toEqual([]);
      expect(result.valid).toBe(true);
    }
    if (messagePart) expect(list.map((p) => p.message).join(' ')).toMatch(messagePart);
  });
}

describe('a complete config', () => {
  it('is valid with no findings', () => {
    expect(validateConfig(validConfig())).toMatchObject({ valid: true, errors: [], warnings: [] });
  });

  it('needs only the required fields and gets the documented defaults', () => {
    const result = validateConfig(minimalConfig());
    expect(result.errors).toEqual([]);
    expect(result.config?.account).toMatchObject({
      label: DEFAULTS.label,
      internalName: 'Adobe_Marketing_Cloud',
      imsScope: DEFAULTS.imsScope,
      productContext: 'dma_campaign_classic',
      server: 'https://marketing.adobe.com',
    });
    expect(result.config?.instance).toBeUndefined();
  });

  it.each(['imsServer', 'clientId', 'callbackServer', 'imsOrgId', 'associationMask', 'tenant'])('reports a missing required %s at its path', (field) => {
    const { errors } = check(`account.${field}`, undefined);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/required/);
  });

  it('reports every problem at once, each at its own path', () => {
    const config = validConfig();
    config.account.imsOrgId = 'nope';
    config.account.callbackServer = 'http://campaign.example.com';
    config.account.tenant = '';
    const paths = validateConfig(config).errors.map((e) => e.path).sort();
    expect(paths).toEqual(['account.callbackServer', 'account.imsOrgId', 'account.tenant']);
  });
});

describe('document shape', () => {
  it.each([
    [null, /JSON object/],
    [[], /JSON object/],
    ['text', /JSON object/],
    [42, /JSON object/],
  ])('refuses %j as a whole', (input, message) => {
    const result = validateConfig(input);
    expect(result.valid).toBe(false);
    expect(result.errors[0]).toMatchObject({ path: '' });
    expect(result.errors[0]!.message).toMatch(message);
  });

  it('refuses another format', () => {
    const config = { ...validConfig(), format: 'something-else' };
    expect(validateConfig(config).errors).toEqual([expect.objectContaining({ path: 'format', message: expect.stringMatching(/not an acc-ims config/) })]);
  });

  it.each([2, 0, '1', null])('refuses version %j with a message naming the supported version and nothing else', (version) => {
    const config = { ...validConfig(), version };
    const result = validateConfig(config);
    expect(result.valid).toBe(false);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ path: 'version' });
    expect(result.errors[0]!.message).toMatch(/version 1/);
  });

  it.each([
    [['extra'], 'extra'],
    [['instance', 'port'], 'instance.port'],
    [['account', 'tennant'], 'account.tennant'],
    [['account', 'clientSecret', 'value'], 'account.clientSecret.value'],
  ])('refuses the unknown key %j at its own path', (keys, path) => {
    const config = validConfig();
    let target: any = config;
    for (const k of keys.slice(0, -1)) target = target[k];
    target[keys[keys.length - 1]!] = 'x';
    const errors = validateConfig(config).errors;
    expect(errors.map((e) => e.path)).toContain(path);
    expect(errors.find((e) => e.path === path)!.message).toMatch(/Unknown key/);
  });

  it('suggests the nearest known key for a typo', () => {
    const config = validConfig();
    config.account.imsOrgID = config.account.imsOrgId;
    delete config.account.imsOrgId;
    const messages = validateConfig(config).errors.map((e) => e.message).join(' ');
    expect(messages).toMatch(/did you mean "imsOrgId"/);
  });

  it.each([
    ['instance', 'prod', /must be an object/],
    ['account', [], /must be an object/],
  ])('refuses %s of the wrong type', (key, value, message) => {
    const config = { ...validConfig(), [key]: value };
    expect(validateConfig(config).errors.find((e) => e.path === key)?.message).toMatch(message);
  });

  it('reads config text: a BOM is fine, broken JSON is a clear error, a huge text is refused before parsing', () => {
    expect(validateConfigText(`\uFEFF${JSON.stringify(validConfig())}`).valid).toBe(true);
    const broken = validateConfigText('{"format": "acc-ims-config",');
    expect(broken.errors[0]!.message).toMatch(/not valid JSON/);
    const huge = validateConfigText(`"${'x'.repeat(2 * 1024 * 1024)}"`);
    expect(huge.errors[0]!.message).toMatch(/KB; a config is a few KB/);
  });
});

describe('account.imsServer', () => {
  runCases('account.imsServer', [
    ['https://ims-na1.adobelogin.com', 'ok'],
    ['ims-na1.adobelogin.com', 'ok'],
    ['https://adobeid-na1.services.adobe.com', 'ok'],
    ['adobeid-na1.services.adobe.com', 'ok'],
    ['HTTPS://IMS-NA1.ADOBELOGIN.COM', 'ok'],
    ['http://ims-na1.adobelogin.com', 'error', /https/],
    ['https://ims-na1-stg1.adobelogin.com', 'error', /stage IMS/],
    ['ims-na1-stg1.adobelogin.com', 'error', /stage IMS/],
    ['https://ims-na1.adobelogin.com/ims/authorize/v2', 'error', /without a path/],
    ['https://login.example.com', 'error', /not an Adobe IMS server/],
    ['https://ims-eu1.adobelogin.com', 'warning', /not one of Adobe's documented IMS servers/],
    ['https://ims-na1.adobelogin.com:8443', 'warning', /port/],
    [' https://ims-na1.adobelogin.com', 'error', /space at the start/],
    ['https://', 'error'],
    [42, 'error', /must be text/],
  ]);
});

describe('account.callbackServer', () => {
  runCases('account.callbackServer', [
    ['https://campaign.example.com', 'ok'],
    ['https://campaign.example.com/', 'ok'],
    ['http://campaign.example.com', 'error', /https/],
    ['campaign.example.com', 'error', /not a URL/],
    ['ftp://campaign.example.com', 'error', /not a URL/],
    ['https://campaign.example.com/nl/jsp/logon.jsp', 'warning', /without a path/],
    ['https://other.example.com', 'warning', /differs from the instance URL host/],
    ['https://campaign.example.com ', 'error', /space at the end/],
  ]);

  it('warns when a production instance calls back to a stage URL', () => {
    const config = validConfig();
    config.instance.url = 'https://acme-mkt-stage1.campaign.adobe.com';
    const { warnings } = check('account.callbackServer', 'https://acme-mkt-stage1.campaign.adobe.com', config);
    expect(warnings.map((w) => w.message).join(' ')).toMatch(/production URL/);
  });

  it('does not compare hosts when there is no instance section (offline preparation)', () => {
    const config = minimalConfig();
    config.account.callbackServer = 'https://anything.example.net';
    expect(validateConfig(config)).toMatchObject({ valid: true, warnings: [] });
  });
});

describe('account.imsOrgId', () => {
  runCases('account.imsOrgId', [
    ['0123456789ABCDEF01234567@AdobeOrg', 'ok'],
    ['abcdefabcdefabcdefabcdef@AdobeOrg', 'ok'],
    ['0123456789ABCDEF01234567@adobeorg', 'error', /capitalization/],
    ['0123456789ABCDEF01234567', 'error', /must end with "@AdobeOrg"/],
    ['0123456789ABCDEF0123456@AdobeOrg', 'error', /has 23/],
    ['0123456789ABCDEF012345678@AdobeOrg', 'error', /has 25/],
    ['0123456789ABCDEF0123456-@AdobeOrg', 'error', /other characters/],
    ['0123456789ABCDEF01234567@AdobeOrg ', 'error', /space at the end/],
    ['', 'error', /required/],
  ]);
});

describe('account.associationMask', () => {
  runCases('account.associationMask', [
    ['Campaign - acme - (.*)', 'ok'],
    ['Campaign (.*)', 'ok'],
    ['CampaignV6 - tenant - (.*)', 'ok'],
    ['Campaign - acme - ([a-z_]+)', 'ok'],
    ['Campaign - (?:acme|beta) - (.*)', 'ok'],
    [' Campaign - acme - (.*)', 'error', /starts with a space/],
    ['Campaign - acme - (.*) ', 'error', /ends with a space/],
    ['Campaign - acme - .*', 'error', /no capture group/],
    ['Campaign - (acme) - (.*)', 'error', /2 capture groups/],
    ['Campaign - acme - (.*', 'error', /not a valid regular expression/],
    ['Campaign - acme - [(.*)', 'error', /not a valid regular expression/],
    ['Campaign - ((a+)+) - (.*)', 'error', /capture groups|hang/],
    ['Campaign - (?:a+)+ - (.*)', 'error', /hang/],
    ['Campaign - (?:x|xx)* - (.*)', 'error', /hang/],
    ['Campaign - \\1 - (.*)', 'error'],
    ['(.*)', 'warning', /matches every/],
    ['Campaign - tenant_id - (.*)', 'warning', /placeholder/],
    ['Campaign  - acme - (.*)', 'warning', /two spaces/],
    ['', 'error', /required/],
  ]);
});

describe('account.imsScope', () => {
  runCases('account.imsScope', [
    ['openid,avatar,audiencemanager_api,read_organizations,session,additional_info.projectedProductContext,AdobeID', 'ok'],
    ['openid,AdobeID,update_profile.*,additional_info.job_function,dam-read', 'ok'],
    ['openid, AdobeID', 'error', /without spaces/],
    ['openid,,AdobeID', 'error', /empty entry/],
    ['openid,AdobeID,', 'error', /empty entry/],
    ['openid,AdobeID,bad/scope', 'error', /characters/],
    ['read_organizations,session', 'warning', /openid and AdobeID/],
    ['openid,AdobeID,openid', 'warning', /twice/],
  ]);

  it('defaults to the documented scope when absent', () => {
    expect(check('account.imsScope', undefined).result.config?.account.imsScope).toBe(DEFAULTS.imsScope);
  });
});

describe('account.clientId', () => {
  runCases('account.clientId', [
    ['Campaign1', 'ok'],
    ['Campaign1-Demo', 'ok'],
    ['Campaign 1', 'error', /space/],
    ['Campaign#1', 'warning', /unusual characters/],
    ['', 'error', /required/],
  ]);
});

describe('account.clientSecret', () => {
  runCases('account.clientSecret', [
    [{ keychain: 'acc-ims-wizard/prod' }, 'ok'],
    [undefined, 'ok'],
    ['s3cr3t-value', 'error', /must not be written in the config file.*keychain/],
    [{ keychain: '' }, 'error', /required/],
    [{ keychain: 42 }, 'error', /must be text/],
    [42, 'error', /keychain reference/],
    [{ keychain: 'x'.repeat(201) }, 'error', /longer than 200/],
  ]);

  it('never repeats a plaintext secret in its messages', () => {
    const secret = 'canary-7f3a9b2e-secret';
    const result = check('account.clientSecret', secret).result;
    expect(JSON.stringify(result)).not.toContain(secret);
  });
});

describe('account.productContext, server, tenant, label, internalName', () => {
  runCases('account.productContext', [
    ['dma_campaign_classic', 'ok'],
    ['dma_campaign', 'ok'],
    ['dma_campaign_standard', 'warning', /must match the Experience Cloud side/],
  ]);
  runCases('account.server', [
    ['https://marketing.adobe.com', 'ok'],
    ['http://marketing.adobe.com', 'warning', /https/],
    ['marketing.adobe.com', 'error', /not a URL/],
  ]);
  runCases('account.tenant', [
    ['acme', 'ok'],
    ['acme-emea', 'ok'],
    ['acme emea', 'error', /no spaces/],
    ['acme!', 'warning', /unusual/],
    ['', 'error', /required/],
  ]);
  runCases('account.label', [
    ['MAC', 'ok'],
    ['Adobe Experience Cloud ', 'error', /space at the end/],
  ]);
  runCases('account.internalName', [
    ['Adobe_Marketing_Cloud', 'ok'],
    ['Adobe_Experience_Cloud', 'ok'],
    ['My_IMS', 'warning', /usually Adobe_Marketing_Cloud/],
    ['Adobe Marketing Cloud', 'error', /not valid in Campaign/],
    ['1abc', 'error', /not valid in Campaign/],
  ]);
});

describe('instance', () => {
  runCases('instance.url', [
    ['https://campaign.example.com', 'ok'],
    ['http://campaign.example.com', 'warning', /plain http/],
    ['campaign.example.com', 'error', /not an http\(s\) URL/],
    ['https://admin:pw@campaign.example.com', 'error', /user name or password/],
  ]);
  runCases('instance.name', [
    ['prod', 'ok'],
    ['stage-eu.1', 'ok'],
    ['prod/eu', 'error', /letters, digits/],
  ]);
  runCases('instance.consoleBuild', [
    [9364, 'ok'],
    [9830, 'ok'],
    [0, 'error', /positive whole number/],
    [-3, 'error', /positive whole number/],
    [9364.5, 'error', /positive whole number/],
    ['9364', 'error', /positive whole number/],
    [12345, 'warning', /not in the table/],
    [9277, 'error', /too old for IMS/],
    [9032, 'warning', /Gold Standard 11/],
  ]);

  it('is optional as a whole', () => {
    const config = validConfig();
    delete config.instance;
    expect(validateConfig(config).valid).toBe(true);
  });
});
