import { describe, expect, it } from 'vitest';
import { validateConfig, validateConfigText } from '../electron/common/config/validate';
import { DEFAULTS, configSchema, schemaProblem } from '../electron/common/config/schema';
import { render } from '../electron/common/messages/catalogs';
import type { Problem } from '../electron/common/problems';
import { minimalConfig, validConfig } from './helpers/configs';

type Verdict = 'ok' | 'error' | 'warning';
/** The expected message code, and optionally some of its params (compared with toMatchObject). */
type Case = [value: unknown, verdict: Verdict, code?: string, params?: Record<string, unknown>];

const en = (p: Problem) => render('en', p);

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
  it.each(cases)(`${path} = %j → %s %s`, (value, verdict, code, params) => {
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
    if (code) {
      const found = list.find((p) => p.code === code);
      expect(found, `expected ${code} at ${path}, got ${JSON.stringify(list)}`).toBeDefined();
      if (params) expect(found!.params).toMatchObject(params);
    }
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

  it.each(['imsServer', 'clientId', 'callbackServer', 'imsOrgId', 'associationMask', 'tenant'])(
    'reports a missing required %s at its path',
    (field) => {
      const { errors } = check(`account.${field}`, undefined);
      expect(errors).toHaveLength(1);
      expect(errors[0]!.code).toBe('rule.field.required');
      expect(en(errors[0]!)).toMatch(/ is required\.$/);
    },
  );

  it('reports every problem at once, each at its own path', () => {
    const config = validConfig();
    config.account.imsOrgId = 'nope';
    config.account.callbackServer = 'http://campaign.example.com';
    config.account.tenant = '';
    const paths = validateConfig(config)
      .errors.map((e) => e.path)
      .sort();
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
    expect(en(result.errors[0]!)).toMatch(message);
  });

  it('refuses another format', () => {
    const config = { ...validConfig(), format: 'something-else' };
    expect(validateConfig(config).errors).toEqual([
      expect.objectContaining({
        path: 'format',
        code: 'rule.document.formatWrong',
        params: { actual: '"something-else"', expected: 'acc-ims-config' },
      }),
    ]);
  });

  it.each([2, 0, '1', null])('refuses version %j with a message naming the supported version and nothing else', (version) => {
    const config = { ...validConfig(), version };
    const result = validateConfig(config);
    expect(result.valid).toBe(false);
    expect(result.errors).toHaveLength(1);
    expect(result.errors[0]).toMatchObject({ path: 'version' });
    expect(result.errors[0]).toMatchObject({ params: { expected: 1 } });
    expect(en(result.errors[0]!)).toMatch(/reads version 1/);
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
    expect(errors.find((e) => e.path === path)!.code).toMatch(/^rule\.document\.unknown(Top)?Key/);
  });

  it('suggests the nearest known key for a typo', () => {
    const config = validConfig();
    config.account.imsOrgID = config.account.imsOrgId;
    delete config.account.imsOrgId;
    const typo = validateConfig(config).errors.find((e) => e.path === 'account.imsOrgID')!;
    expect(typo).toMatchObject({ code: 'rule.document.unknownKeyNear', params: { key: 'imsOrgID', near: 'imsOrgId', parent: 'account' } });
    expect(en(typo)).toMatch(
      /^Unknown key "imsOrgID" \(did you mean "imsOrgId"\?\)\. Remove it: "account" has only "label", "internalName", .*, and "tenant"\.$/,
    );
  });

  it.each([
    ['instance', 'prod', /must be an object/],
    ['account', [], /must be an object/],
  ])('refuses %s of the wrong type', (key, value, message) => {
    const config = { ...validConfig(), [key]: value };
    expect(en(validateConfig(config).errors.find((e) => e.path === key)!)).toMatch(message);
  });

  it("maps the schema's own findings to codes too (the safety net behind the rules)", () => {
    const input = {
      format: 'acc-ims-config',
      version: 1,
      extra: true,
      account: { ...validConfig().account, clientId: 7, imsServer: undefined },
    };
    const parsed = configSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    const problems = parsed.success ? [] : parsed.error.issues.map((i) => schemaProblem(i, input));
    expect(problems).toContainEqual(
      expect.objectContaining({
        path: 'account.clientId',
        code: 'rule.schema.invalidType',
        params: { expected: { code: 'rule.schema.type.string' }, type: { code: 'rule.schema.type.number' } },
      }),
    );
    expect(problems).toContainEqual(expect.objectContaining({ path: 'account.imsServer', code: 'rule.schema.missing' }));
    expect(problems).toContainEqual(expect.objectContaining({ code: 'rule.schema.unknownKeys', params: { keys: ['"extra"'] } }));
    for (const p of problems) expect(render('en', p)).not.toMatch(/\{\w+\}/);
  });

  it('reads config text: a BOM is fine, broken JSON is a clear error, a huge text is refused before parsing', () => {
    expect(validateConfigText(`\uFEFF${JSON.stringify(validConfig())}`).valid).toBe(true);
    const broken = validateConfigText('{"format": "acc-ims-config",');
    expect(broken.errors[0]!.code).toBe('rule.document.notJson');
    const huge = validateConfigText(`"${'x'.repeat(2 * 1024 * 1024)}"`);
    expect(huge.errors[0]).toMatchObject({ code: 'rule.document.tooLarge', params: { kb: 2048 } });
  });
});

describe('account.imsServer', () => {
  runCases('account.imsServer', [
    ['https://ims-na1.adobelogin.com', 'ok'],
    ['ims-na1.adobelogin.com', 'ok'],
    ['https://adobeid-na1.services.adobe.com', 'ok'],
    ['adobeid-na1.services.adobe.com', 'ok'],
    ['HTTPS://IMS-NA1.ADOBELOGIN.COM', 'ok'],
    ['http://ims-na1.adobelogin.com', 'error', 'rule.imsServer.notHttps', { protocol: 'http' }],
    ['https://ims-na1-stg1.adobelogin.com', 'error', 'rule.imsServer.stage', { host: 'ims-na1-stg1.adobelogin.com' }],
    ['ims-na1-stg1.adobelogin.com', 'error', 'rule.imsServer.stage'],
    ['https://ims-na1.adobelogin.com/ims/authorize/v2', 'error', 'rule.imsServer.hasPath', { path: '/ims/authorize/v2' }],
    ['https://login.example.com', 'error', 'rule.imsServer.notAdobe', { host: 'login.example.com' }],
    ['https://ims-eu1.adobelogin.com', 'warning', 'rule.imsServer.undocumented', { host: 'ims-eu1.adobelogin.com' }],
    ['https://ims-na1.adobelogin.com:8443', 'warning', 'rule.imsServer.port', { port: '8443' }],
    [' https://ims-na1.adobelogin.com', 'error', 'rule.field.spaceAtStart'],
    ['https://', 'error'],
    [42, 'error', 'rule.field.notText', { type: { code: 'rule.schema.type.number' } }],
  ]);
});

describe('account.callbackServer', () => {
  runCases('account.callbackServer', [
    ['https://campaign.example.com', 'ok'],
    ['https://campaign.example.com/', 'ok'],
    ['http://campaign.example.com', 'error', 'rule.callbackServer.notHttps', { fix: 'https://campaign.example.com' }],
    ['campaign.example.com', 'error', 'rule.callbackServer.notUrl', { value: 'campaign.example.com' }],
    ['ftp://campaign.example.com', 'error', 'rule.callbackServer.notHttps', { protocol: 'ftp', fix: 'https://campaign.example.com' }],
    ['https://campaign.example.com/nl/jsp/logon.jsp', 'warning', 'rule.callbackServer.hasPath', { path: '/nl/jsp/logon.jsp' }],
    [
      'https://other.example.com',
      'warning',
      'rule.callbackServer.hostDiffers',
      { host: 'other.example.com', instanceHost: 'campaign.example.com' },
    ],
    ['https://campaign.example.com ', 'error', 'rule.field.spaceAtEnd'],
  ]);

  it('warns when a production instance calls back to a stage URL', () => {
    const config = validConfig();
    config.instance.url = 'https://acme-mkt-stage1.campaign.adobe.com';
    const { warnings } = check('account.callbackServer', 'https://acme-mkt-stage1.campaign.adobe.com', config);
    expect(warnings).toContainEqual(
      expect.objectContaining({
        code: 'rule.callbackServer.stageForProd',
        params: { name: 'prod', host: 'acme-mkt-stage1.campaign.adobe.com' },
      }),
    );
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
    ['0123456789ABCDEF01234567@adobeorg', 'error', 'rule.imsOrgId.suffixCase', { suffix: '@adobeorg' }],
    ['0123456789ABCDEF01234567', 'error', 'rule.imsOrgId.noSuffix'],
    ['0123456789ABCDEF0123456@AdobeOrg', 'error', 'rule.imsOrgId.idLength', { count: 23, expected: 24 }],
    ['0123456789ABCDEF012345678@AdobeOrg', 'error', 'rule.imsOrgId.idLength', { count: 25, expected: 24 }],
    ['0123456789ABCDEF0123456-@AdobeOrg', 'error', 'rule.imsOrgId.idChar', { char: '-', codePoint: 'U+002D', position: 24 }],
    ['0123456789ABCDEF01234567@AdobeOrg ', 'error', 'rule.field.spaceAtEnd'],
    ['', 'error', 'rule.field.required'],
  ]);
});

describe('account.associationMask', () => {
  runCases('account.associationMask', [
    ['Campaign - acme - (.*)', 'ok'],
    ['Campaign (.*)', 'ok'],
    ['CampaignV6 - acme - (.*)', 'ok'],
    // Adobe's documented example names the tenant "tenant": valid, but not this account's tenant (acme).
    ['CampaignV6 - tenant - (.*)', 'warning', 'rule.associationMask.otherTenant', { found: 'tenant', tenant: 'acme' }],
    ['Campaign – acme – (.*)', 'error', 'mask.lookalikeDash', { char: '–', codePoint: 'U+2013', position: 10 }],
    ['Campaign - acme — (.*)', 'error', 'mask.lookalikeDash', { char: '—', codePoint: 'U+2014', position: 17 }],
    ['Campaign \u2212 acme - (.*)', 'error', 'mask.lookalikeDash', { codePoint: 'U+2212' }],
    ['Campaign\u00a0- acme - (.*)', 'error', 'mask.lookalikeSpace', { codePoint: 'U+00A0', position: 9 }],
    ['Campaign - acme - \u200b(.*)', 'error', 'mask.invisible', { codePoint: 'U+200B', position: 19 }],
    ['Campaign - acme -\n(.*)', 'error', 'mask.control', { codePoint: 'U+000A', position: 18 }],
    [`Campaign - acme - ${'x'.repeat(178)}(.*)`, 'ok'],
    [`Campaign - acme - ${'x'.repeat(179)}(.*)`, 'error', 'mask.tooLong', { length: 201, max: 200 }],
    ['Campaign - acme - ([a-z_]+)', 'ok'],
    ['Campaign - (?:acme|beta) - (.*)', 'ok'],
    [' Campaign - acme - (.*)', 'error', 'rule.associationMask.spaceAtStart'],
    ['Campaign - acme - (.*) ', 'error', 'rule.associationMask.spaceAtEnd'],
    ['Campaign - acme - .*', 'error', 'mask.noCapture'],
    ['Campaign - (acme) - (.*)', 'error', 'mask.manyCaptures', { count: 2 }],
    ['Campaign - acme - (.*', 'error', 'mask.grammar.unclosedGroup', { construct: '(', position: 19 }],
    ['Campaign - acme - [(.*)', 'error', 'mask.grammar.unclosedClass', { position: 19 }],
    ['Campaign - ((a+)+) - (.*)', 'error', 'mask.manyCaptures', { count: 3 }],
    ['Campaign - (a+) - x', 'error', 'mask.grammar.captureBody', { construct: '(a+)', position: 12 }],
    ['Campaign - (?:a+)+ - (.*)', 'error', 'mask.grammar.choiceText', { construct: '+', position: 16 }],
    ['Campaign - (?:x|xx)* - (.*)', 'error', 'mask.grammar.quantifier', { construct: '*', position: 20 }],
    ['Campaign - \\1 - (.*)', 'error', 'mask.grammar.backreference', { construct: '\\1', position: 12 }],
    ['Campaign.acme - (.*)', 'error', 'mask.grammar.dot', { construct: '.', position: 9 }],
    ['^Campaign - acme - (.+)$', 'ok'],
    ['(.*)', 'warning', 'mask.matchesAll', { mask: '(.*)' }],
    ['Campaign - tenant_id - (.*)', 'warning', 'mask.placeholder', { placeholder: 'tenant_id' }],
    ['Campaign  - acme - (.*)', 'warning', 'mask.doubleSpace'],
    ['', 'error', 'rule.field.required'],
  ]);
});

describe('account.imsScope', () => {
  runCases('account.imsScope', [
    ['openid,avatar,audiencemanager_api,read_organizations,session,additional_info.projectedProductContext,AdobeID', 'ok'],
    ['openid,AdobeID,update_profile.*,additional_info.job_function,dam-read', 'ok'],
    ['openid, AdobeID', 'error', 'rule.imsScope.spaces'],
    ['openid,,AdobeID', 'error', 'rule.imsScope.emptyEntry'],
    ['openid,AdobeID,', 'error', 'rule.imsScope.emptyEntry'],
    ['openid,AdobeID,bad/scope', 'error', 'rule.imsScope.badEntry', { entry: 'bad/scope' }],
    ['read_organizations,session', 'warning', 'rule.imsScope.missing', { scopes: ['openid', 'AdobeID'], add: 'openid,AdobeID', count: 2 }],
    ['openid,AdobeID,openid', 'warning', 'rule.imsScope.duplicate', { entry: 'openid' }],
  ]);

  it('defaults to the documented scope when absent', () => {
    expect(check('account.imsScope', undefined).result.config?.account.imsScope).toBe(DEFAULTS.imsScope);
  });
});

describe('account.clientId', () => {
  runCases('account.clientId', [
    ['Campaign1', 'ok'],
    ['Campaign1-Demo', 'ok'],
    ['Campaign 1', 'error', 'rule.clientId.space'],
    ['Campaign#1', 'warning', 'rule.clientId.unusual', { value: 'Campaign#1' }],
    ['', 'error', 'rule.field.required'],
  ]);
});

describe('account.clientSecret', () => {
  runCases('account.clientSecret', [
    [{ keychain: 'acc-ims-wizard/prod' }, 'ok'],
    [undefined, 'ok'],
    ['s3cr3t-value', 'error', 'rule.clientSecret.inFile'],
    [{ keychain: '' }, 'error', 'rule.field.required'],
    [{ keychain: 42 }, 'error', 'rule.field.notText', { field: { code: 'rule.subject.keychain' } }],
    [42, 'error', 'rule.clientSecret.notReference', { type: { code: 'rule.schema.type.number' } }],
    [{ keychain: 'x'.repeat(200) }, 'ok'],
    [{ keychain: 'x'.repeat(201) }, 'error', 'rule.clientSecret.keychainTooLong', { max: 200 }],
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
    ['dma_campaign_standard', 'warning', 'rule.productContext.unusual', { value: 'dma_campaign_standard' }],
  ]);
  runCases('account.server', [
    ['https://marketing.adobe.com', 'ok'],
    ['http://marketing.adobe.com', 'warning', 'rule.server.notHttps', { host: 'marketing.adobe.com' }],
    ['marketing.adobe.com', 'error', 'rule.server.notUrl', { value: 'marketing.adobe.com' }],
  ]);
  runCases('account.tenant', [
    ['acme', 'ok'],
    ['acme-emea', 'ok'],
    ['acme emea', 'error', 'rule.tenant.space'],
    ['acme!', 'warning', 'rule.tenant.unusual', { value: 'acme!' }],
    ['', 'error', 'rule.field.required'],
  ]);
  runCases('account.label', [
    ['MAC', 'ok'],
    ['Adobe Experience Cloud ', 'error', 'rule.field.spaceAtEnd', { field: { code: 'rule.subject.label' } }],
  ]);
  runCases('account.internalName', [
    ['Adobe_Marketing_Cloud', 'ok'],
    ['Adobe_Experience_Cloud', 'ok'],
    ['My_IMS', 'warning', 'rule.internalName.unusual'],
    ['Adobe Marketing Cloud', 'error', 'rule.internalName.invalid', { value: 'Adobe Marketing Cloud' }],
    ['1abc', 'error', 'rule.internalName.invalid', { value: '1abc' }],
  ]);
});

describe('instance', () => {
  runCases('instance.url', [
    ['https://campaign.example.com', 'ok'],
    ['http://campaign.example.com', 'warning', 'rule.instanceUrl.plainHttp'],
    ['campaign.example.com', 'error', 'rule.instanceUrl.notUrl', { value: 'campaign.example.com' }],
    ['https://admin:pw@campaign.example.com', 'error', 'rule.instanceUrl.credentials'],
  ]);
  runCases('instance.name', [
    ['prod', 'ok'],
    ['stage-eu.1', 'ok'],
    ['prod/eu', 'error', 'rule.instanceName.invalid', { value: 'prod/eu' }],
    ['p'.repeat(64), 'ok'],
    ['p'.repeat(65), 'error', 'rule.instanceName.tooLong', { length: 65, max: 64 }],
  ]);
  runCases('instance.consoleBuild', [
    [9364, 'ok'],
    [9400, 'ok'],
    [
      9830,
      'warning',
      'rule.consoleBuild.ims',
      { verdict: { code: 'build.ims.v8', params: { build: { code: 'build.nameReleaseV8', params: { build: 9830, version: '8.9.2' } } } } },
    ],
    [0, 'error', 'rule.consoleBuild.invalid'],
    [-3, 'error', 'rule.consoleBuild.invalid'],
    [9364.5, 'error', 'rule.consoleBuild.invalid'],
    ['9364', 'error', 'rule.consoleBuild.quoted', { value: '9364', build: '9364' }],
    [12345, 'warning', 'rule.consoleBuild.unknown', { build: 12345 }],
    // Older than every IMS-capable release (Gold Standard 11 = 9032): an error like 9282, known or not.
    [8800, 'error', 'rule.consoleBuild.ims', { verdict: { code: 'build.ims.olderThanAll', params: { oldest: 9032 } } }],
    [100, 'error', 'rule.consoleBuild.ims', { verdict: { code: 'build.ims.olderThanAll' } }],
    [9031, 'error', 'rule.consoleBuild.ims', { verdict: { code: 'build.ims.olderThanAll' } }],
    [9033, 'warning', 'rule.consoleBuild.unknown', { build: 9033 }],
    [9188, 'ok'],
    [9282, 'error', 'rule.consoleBuild.ims', { verdict: { code: 'build.ims.tooOld' } }],
    [9329, 'warning', 'rule.consoleBuild.unknown'],
    [9330, 'ok'],
    [9277, 'error', 'rule.consoleBuild.ims', { verdict: { code: 'build.ims.tooOld' } }],
    [9032, 'warning', 'rule.consoleBuild.ims', { verdict: { code: 'build.ims.goldStandard' } }],
  ]);

  it('is optional as a whole', () => {
    const config = validConfig();
    delete config.instance;
    expect(validateConfig(config).valid).toBe(true);
  });
});

/**
 * Near misses: a value one keystroke away from right. The message must name what is actually there (the
 * suffix as typed, the real length, the odd character and its code point), never contradict it.
 */
describe('near misses: every message agrees with the value it quotes', () => {
  const id = '0123456789ABCDEF01234567';
  it.each([
    ['account.imsOrgId', `${id}@AdobeOrgg`, 'rule.imsOrgId.wrongSuffix', { suffix: '@AdobeOrgg' }, /ends with "@AdobeOrgg"/],
    ['account.imsOrgId', `${id}@AdobeOr`, 'rule.imsOrgId.wrongSuffix', { suffix: '@AdobeOr' }, /ends with "@AdobeOr";/],
    ['account.imsOrgId', `${id}@AdobeOrg.com`, 'rule.imsOrgId.wrongSuffix', { suffix: '@AdobeOrg.com' }, /ends with "@AdobeOrg\.com"/],
    ['account.imsOrgId', `${id}@@AdobeOrg`, 'rule.imsOrgId.manyAts', { count: 2 }, /has 2 "@" characters/],
    ['account.imsOrgId', `${id}@adobeorg`, 'rule.imsOrgId.suffixCase', { suffix: '@adobeorg' }, /ends with "@adobeorg"/],
    ['account.imsOrgId', `${id}AdobeOrg`, 'rule.imsOrgId.missingAt', {}, /lacks the "@"/],
    [
      'account.imsOrgId',
      `${id}@AdobeOrg\u200b`,
      'rule.field.invisible',
      { codePoint: 'U+200B', position: 34, length: 34 },
      /invisible character, U\+200B, at position 34 of 34/,
    ],
    ['account.imsOrgId', `${id}@AdobeOrg\u00a0`, 'rule.field.invisible', { codePoint: 'U+00A0', position: 34 }, /U\+00A0/],
    ['account.imsOrgId', `${id.slice(1)}@AdobeOrg`, 'rule.imsOrgId.idLength', { count: 23 }, /has 23 characters; it must have exactly 24/],
    ['account.imsOrgId', `${id}8@AdobeOrg`, 'rule.imsOrgId.idLength', { count: 25 }, /has 25 characters/],
    [
      'account.imsOrgId',
      `0123456789ABCDEF0123456_@AdobeOrg`,
      'rule.imsOrgId.idChar',
      { char: '_', codePoint: 'U+005F', position: 24 },
      /"_" \(U\+005F\) at position 24/,
    ],
    ['account.imsOrgId', `0123456789ABCDEF0123456é@AdobeOrg`, 'rule.imsOrgId.idChar', { char: 'é', position: 24 }, /"é"/],
    [
      'account.imsServer',
      'https://stage.example.com',
      'rule.imsServer.notAdobe',
      { host: 'stage.example.com' },
      /is not an Adobe IMS server/,
    ],
    ['account.imsServer', 'ftp://ims-na1.adobelogin.com', 'rule.imsServer.notHttps', { protocol: 'ftp' }, /not ftp/],
    ['account.imsScope', 'openid,AdobeID,read organizations', 'rule.imsScope.spaces', {}, /without spaces/],
    [
      'account.imsScope',
      'openid,AdobeID,bad!',
      'rule.imsScope.badEntry',
      { entry: 'bad!', char: '!', codePoint: 'U+0021' },
      /"bad!" has the character "!"/,
    ],
    [
      'account.imsScope',
      'openid,adobeid',
      'rule.imsScope.missing',
      { scopes: ['AdobeID'], count: 1 },
      /lacks the required scope AdobeID; without it/,
    ],
    [
      'account.clientId',
      'Campaign1\t',
      'rule.field.control',
      { codePoint: 'U+0009', position: 10, length: 10 },
      /control character U\+0009/,
    ],
    ['account.clientId', 'Campaign/1', 'rule.clientId.unusual', { value: 'Campaign/1', char: '/' }, /unusual character "\/"/],
    [
      'account.clientSecret',
      { keychain: 'acc-ims-wizard/prod ' },
      'rule.field.spaceAtEnd',
      { field: { code: 'rule.subject.keychain' } },
      /keychain entry name has a space at the end/,
    ],
    [
      'account.callbackServer',
      'http://campaign.example.com/nl',
      'rule.callbackServer.notHttps',
      { protocol: 'http', fix: 'https://campaign.example.com/nl' },
      /Change it to https:\/\/campaign\.example\.com\/nl\./,
    ],
    ['account.callbackServer', 'https://campaign.example.com?x=1', 'rule.callbackServer.hasPath', { path: '/?x=1' }, /\("\/\?x=1"\)/],
    ['account.associationMask', 'Campaign - acme - (.*)\u00a0', 'mask.lookalikeSpace', { codePoint: 'U+00A0', position: 23 }, /U\+00A0/],
    [
      'account.productContext',
      'dma_campaign_classic2',
      'rule.productContext.unusual',
      { value: 'dma_campaign_classic2' },
      /"dma_campaign_classic2" must match/,
    ],
    ['account.server', 'ftp://marketing.adobe.com', 'rule.server.notWeb', { protocol: 'ftp', host: 'marketing.adobe.com' }, /uses ftp/],
    ['account.tenant', 'acme.emea', 'rule.tenant.unusual', { value: 'acme.emea', char: '.' }, /unusual character "\."/],
    ['account.tenant', '-acme', 'rule.tenant.unusual', { value: '-acme', char: '-' }, /"-"/],
    [
      'account.internalName',
      'Adobe-Marketing-Cloud',
      'rule.internalName.invalid',
      { value: 'Adobe-Marketing-Cloud' },
      /"Adobe-Marketing-Cloud" is not valid/,
    ],
    ['account.label', 'Adobe\u200bExperience Cloud', 'rule.field.invisible', { codePoint: 'U+200B', position: 6 }, /position 6 of 22/],
    ['instance.name', 'p'.repeat(65), 'rule.instanceName.tooLong', { length: 65, max: 64 }, /65 characters long; keep it to 64/],
    ['instance.url', 'https://campaign.example.com/nl/jsp', 'rule.instanceUrl.hasPath', { path: '/nl/jsp' }, /"\/nl\/jsp"/],
    ['instance.consoleBuild', ' 9364', 'rule.consoleBuild.quoted', { value: ' 9364', build: '9364' }, /as a number without quotes: 9364\./],
    ['instance.consoleBuild', 9364.5, 'rule.consoleBuild.invalid', { value: 9364.5 }, /not 9364\.5/],
    ['instance.consoleBuild', true, 'rule.consoleBuild.notNumber', { type: { code: 'rule.schema.type.boolean' } }, /not a boolean/],
  ] as const)('%s = %j → %s', (path, value, code, params, english) => {
    const { errors, warnings } = check(path, value);
    const found = [...errors, ...warnings].find((p) => p.code === code);
    expect(found, JSON.stringify([...errors, ...warnings])).toBeDefined();
    expect(found!.params ?? {}).toMatchObject(params);
    expect(en(found!)).toMatch(english);
    expect(render('zh-Hant', found!)).not.toMatch(/\{\w+\}/);
  });
});

describe("the association mask names the account's tenant", () => {
  it.each([
    ['Campaign - acme - (.*)', 'globex', 'acme'],
    ['Campaign-acme-(.*)', 'globex', 'acme'],
    ['CampaignV6 - acme - eu - (.*)', 'globex', 'acme'],
  ])('mask %j with tenant %j warns that it names %j', (mask, tenant, found) => {
    const config = validConfig();
    config.account.tenant = tenant;
    const { warnings, result } = check('account.associationMask', mask, config);
    expect(result.valid).toBe(true);
    const w = warnings.find((p) => p.code === 'rule.associationMask.otherTenant')!;
    expect(w.params).toEqual({ found, tenant });
    expect(en(w)).toMatch(new RegExp(`names "${found}", but the tenant is "${tenant}"`));
  });

  it.each([
    ['Campaign - acme - (.*)', 'acme'],
    ['Campaign - ACME - (.*)', 'acme'],
    ['Campaign - acme-emea - (.*)', 'acme-emea'],
    ['Campaign (.*)', 'globex'],
    ['Campaign - (?:acme|globex) - (.*)', 'globex'],
  ])('mask %j with tenant %j raises no tenant warning', (mask, tenant) => {
    const config = validConfig();
    config.account.tenant = tenant;
    expect(check('account.associationMask', mask, config).warnings.map((w) => w.code)).not.toContain('rule.associationMask.otherTenant');
  });
});
