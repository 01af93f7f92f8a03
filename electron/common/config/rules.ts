import { analyzeMask, literalPrefix } from '../mask';
import { evaluateImsSupport, releaseOfBuild } from '../builds';
import { msg, type Message } from '../messages/message';
import { error, warning, type Problem } from '../problems';
import { codePointOf, findControl, findInvisible } from './chars';
import { hasPathOrQuery, parseUrl } from './urls';

/**
 * Adobe's rules for the "Adobe Experience Cloud" external account (docs/DOMAIN.md "Rules a correct
 * configuration follows"), one function per field. Each takes the raw value (possibly not a string yet,
 * as typed in the wizard) and the whole raw config for cross-field rules.
 */
export type RawConfig = { instance?: Record<string, unknown>; account?: Record<string, unknown> };
type FieldRule = (value: unknown, config: RawConfig, path: string) => Problem[];

/** Production IMS hosts; both stage and production Campaign instances must use one of these. */
export const IMS_HOSTS = ['ims-na1.adobelogin.com', 'adobeid-na1.services.adobe.com'] as const;
export const PRODUCT_CONTEXTS = ['dma_campaign_classic', 'dma_campaign'] as const;
const SCOPE_TOKEN = /^[A-Za-z0-9_.*:-]+$/;
const REQUIRED_SCOPES = ['openid', 'AdobeID'];
const ORG_ID = /^[A-Za-z0-9]{24}@AdobeOrg$/;
export const ORG_ID_LENGTH = 24;
const ORG_SUFFIX = 'AdobeOrg';
const INTERNAL_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const USUAL_INTERNAL_NAMES = ['Adobe_Marketing_Cloud', 'Adobe_Experience_Cloud'];
const INSTANCE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/; // MAX_INSTANCE_NAME_LENGTH
const STAGE_HINT = /(^|[.-])(stage|stg|staging|dev|test|qa|uat)\d*([.-]|$)/i;

/** The field names the shared messages start with (a nested message keeps each language's grammar). */
const SUBJECTS = {
  label: msg('rule.subject.label'),
  internalName: msg('rule.subject.internalName'),
  imsServer: msg('rule.subject.imsServer'),
  imsScope: msg('rule.subject.imsScope'),
  clientId: msg('rule.subject.clientId'),
  keychain: msg('rule.subject.keychain'),
  callbackServer: msg('rule.subject.callbackServer'),
  imsOrgId: msg('rule.subject.imsOrgId'),
  associationMask: msg('rule.subject.associationMask'),
  productContext: msg('rule.subject.productContext'),
  server: msg('rule.subject.server'),
  tenant: msg('rule.subject.tenant'),
  instanceName: msg('rule.subject.instanceName'),
  instanceUrl: msg('rule.subject.instanceUrl'),
} as const;
type Subject = keyof typeof SUBJECTS;

/**
 * Common guard: present, a string, no control or invisible character (named by code point), no space at
 * either end. Returns the string or the problems. `chars: false` leaves the characters to the caller.
 */
function text(value: unknown, path: string, subject: Subject, { required = true, chars = true } = {}): string | Problem[] {
  const field = SUBJECTS[subject];
  if (value === undefined || value === null || value === '') {
    return required ? [error(path, 'rule.field.required', { field })] : [];
  }
  if (typeof value !== 'string') return [error(path, 'rule.field.notText', { field, type: describeType(value) })];
  if (!chars) return value;
  const control = findControl(value);
  if (control)
    return [error(path, 'rule.field.control', { field, codePoint: control.codePoint, position: control.position, length: control.length })];
  const invisible = findInvisible(value);
  if (invisible)
    return [
      error(path, 'rule.field.invisible', {
        field,
        codePoint: invisible.codePoint,
        position: invisible.position,
        length: invisible.length,
      }),
    ];
  if (value !== value.trim()) return [error(path, /^\s/.test(value) ? 'rule.field.spaceAtStart' : 'rule.field.spaceAtEnd', { field })];
  return value;
}

/** The first character of `value` outside `allowed`, quoted and by code point (a space is hard to see in quotes). */
function oddChar(value: string, allowed: RegExp): { char: string; codePoint: string; position: number } | null {
  const chars = Array.from(value);
  const i = chars.findIndex((c) => !allowed.test(c));
  return i < 0 ? null : { char: chars[i]!, codePoint: codePointOf(chars[i]!), position: i + 1 };
}

/** "a list", "a number"…: the kind of a JSON value, for messages that say what was found instead. */
export function describeType(value: unknown): Message {
  if (value === null) return msg('rule.schema.type.null');
  if (Array.isArray(value)) return msg('rule.schema.type.list');
  switch (typeof value) {
    case 'object':
      return msg('rule.schema.type.object');
    case 'string':
      return msg('rule.schema.type.string');
    case 'number':
      return msg('rule.schema.type.number');
    case 'boolean':
      return msg('rule.schema.type.boolean');
    default:
      return msg('rule.schema.type.other');
  }
}

const label: FieldRule = (v, _c, path) => {
  const s = text(v, path, 'label', { required: false });
  return typeof s === 'string' ? [] : s;
};

const internalName: FieldRule = (v, _c, path) => {
  const s = text(v, path, 'internalName', { required: false });
  if (typeof s !== 'string') return s;
  if (!INTERNAL_NAME.test(s)) return [error(path, 'rule.internalName.invalid', { value: s })];
  if (!USUAL_INTERNAL_NAMES.includes(s)) return [warning(path, 'rule.internalName.unusual')];
  return [];
};

const imsServer: FieldRule = (v, _c, path) => {
  const s = text(v, path, 'imsServer');
  if (typeof s !== 'string') return s;
  const url = parseUrl(s.includes('://') ? s : `https://${s}`);
  if (!url || !url.hostname) return [error(path, 'rule.imsServer.notUrl', { value: s })];
  if (url.protocol !== 'https:') return [error(path, 'rule.imsServer.notHttps', { protocol: url.protocol.replace(':', '') })];
  if (hasPathOrQuery(url)) return [error(path, 'rule.imsServer.hasPath', { path: `${url.pathname}${url.search}` })];
  const host = url.hostname.toLowerCase();
  if ((IMS_HOSTS as readonly string[]).includes(host)) return url.port ? [warning(path, 'rule.imsServer.port', { port: url.port })] : [];
  if (host.endsWith('.adobelogin.com') || host.endsWith('.services.adobe.com')) {
    // Only an Adobe host can be a stage IMS; "stage.example.com" is simply not Adobe's.
    if (/stg|stage/.test(host)) return [error(path, 'rule.imsServer.stage', { host })];
    return [warning(path, 'rule.imsServer.undocumented', { host, hosts: [...IMS_HOSTS] })];
  }
  return [error(path, 'rule.imsServer.notAdobe', { host })];
};

const imsScope: FieldRule = (v, _c, path) => {
  const s = text(v, path, 'imsScope', { required: false });
  if (typeof s !== 'string') return s;
  if (/\s/.test(s)) return [error(path, 'rule.imsScope.spaces')];
  const tokens = s.split(',');
  if (tokens.some((t) => t === '')) return [error(path, 'rule.imsScope.emptyEntry')];
  const bad = tokens.find((t) => !SCOPE_TOKEN.test(t));
  if (bad !== undefined) {
    const odd = oddChar(bad, /[A-Za-z0-9_.*:-]/)!;
    return [error(path, 'rule.imsScope.badEntry', { entry: bad, char: odd.char, codePoint: odd.codePoint })];
  }
  const problems: Problem[] = [];
  const missing = REQUIRED_SCOPES.filter((r) => !tokens.includes(r));
  if (missing.length)
    problems.push(warning(path, 'rule.imsScope.missing', { scopes: missing, add: missing.join(','), count: missing.length }));
  const dupes = tokens.filter((t, i) => tokens.indexOf(t) !== i);
  if (dupes.length) problems.push(warning(path, 'rule.imsScope.duplicate', { entry: dupes[0]! }));
  return problems;
};

const clientId: FieldRule = (v, _c, path) => {
  const s = text(v, path, 'clientId');
  if (typeof s !== 'string') return s;
  if (/\s/.test(s)) return [error(path, 'rule.clientId.space')];
  const odd = oddChar(s, /[A-Za-z0-9._@-]/);
  if (odd) return [warning(path, 'rule.clientId.unusual', { value: s, char: odd.char, codePoint: odd.codePoint })];
  return [];
};

export const MAX_KEYCHAIN_NAME_LENGTH = 200;

const clientSecret: FieldRule = (v, _c, path) => {
  if (v === undefined) return [];
  // Never quote the value: a string here is the secret itself.
  if (typeof v === 'string') return [error(path, 'rule.clientSecret.inFile', { reference: '{"keychain": "NAME"}' })];
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    return [error(path, 'rule.clientSecret.notReference', { reference: '{"keychain": "acc-ims-wizard/prod"}', type: describeType(v) })];
  }
  const ref = (v as Record<string, unknown>).keychain;
  const s = text(ref, `${path}.keychain`, 'keychain');
  if (typeof s !== 'string') return s;
  return s.length > MAX_KEYCHAIN_NAME_LENGTH
    ? [error(`${path}.keychain`, 'rule.clientSecret.keychainTooLong', { max: MAX_KEYCHAIN_NAME_LENGTH })]
    : [];
};

const callbackServer: FieldRule = (v, config, path) => {
  const s = text(v, path, 'callbackServer');
  if (typeof s !== 'string') return s;
  const url = parseUrl(s);
  if (!url || !url.host) return [error(path, 'rule.callbackServer.notUrl', { value: s })];
  if (url.protocol !== 'https:') {
    return [
      error(path, 'rule.callbackServer.notHttps', {
        protocol: url.protocol.replace(':', ''),
        fix: `https://${url.host}${url.pathname === '/' ? '' : url.pathname}`,
      }),
    ];
  }
  const problems: Problem[] = [];
  if (hasPathOrQuery(url)) problems.push(warning(path, 'rule.callbackServer.hasPath', { path: `${url.pathname}${url.search}` }));
  const instanceUrl = config.instance?.url;
  if (typeof instanceUrl === 'string') {
    const inst = parseUrl(instanceUrl);
    if (inst && inst.hostname.toLowerCase() !== url.hostname.toLowerCase()) {
      problems.push(warning(path, 'rule.callbackServer.hostDiffers', { host: url.hostname, instanceHost: inst.hostname }));
    }
  }
  const name = config.instance?.name;
  if (typeof name === 'string' && /prod/i.test(name) && STAGE_HINT.test(url.hostname)) {
    problems.push(warning(path, 'rule.callbackServer.stageForProd', { name, host: url.hostname }));
  }
  return problems;
};

const imsOrgId: FieldRule = (v, _c, path) => {
  const s = text(v, path, 'imsOrgId');
  if (typeof s !== 'string') return s;
  if (ORG_ID.test(s)) return [];
  // Each message names what is actually there: the suffix as typed, the real length, the odd character.
  const ats = s.split('@').length - 1;
  if (ats === 0) {
    return /adobeorg$/i.test(s) ? [error(path, 'rule.imsOrgId.missingAt')] : [error(path, 'rule.imsOrgId.noSuffix')];
  }
  if (ats > 1) return [error(path, 'rule.imsOrgId.manyAts', { count: ats })];
  const [id, suffix] = s.split('@') as [string, string];
  const problems: Problem[] = [];
  if (suffix !== ORG_SUFFIX) {
    problems.push(
      suffix.toLowerCase() === ORG_SUFFIX.toLowerCase()
        ? error(path, 'rule.imsOrgId.suffixCase', { suffix: `@${suffix}` })
        : error(path, 'rule.imsOrgId.wrongSuffix', { suffix: `@${suffix}` }),
    );
  }
  const odd = oddChar(id, /[A-Za-z0-9]/);
  if (odd) problems.push(error(path, 'rule.imsOrgId.idChar', { char: odd.char, codePoint: odd.codePoint, position: odd.position }));
  if (Array.from(id).length !== ORG_ID_LENGTH)
    problems.push(error(path, 'rule.imsOrgId.idLength', { count: Array.from(id).length, expected: ORG_ID_LENGTH }));
  return problems;
};

const associationMask: FieldRule = (v, config, path) => {
  // Ordinary spaces only: other odd characters get analyzeMask's precise message.
  if (typeof v === 'string' && /^ | $/.test(v)) {
    return [error(path, v.startsWith(' ') ? 'rule.associationMask.spaceAtStart' : 'rule.associationMask.spaceAtEnd')];
  }
  const s = text(v, path, 'associationMask', { chars: false });
  if (typeof s !== 'string') return s;
  const analysis = analyzeMask(s);
  if (!analysis.ok) return [{ path, severity: 'error', ...analysis.error }];
  const problems: Problem[] = analysis.warnings.map((w) => ({ path, severity: 'warning', ...w }));
  const tenant = config.account?.tenant;
  const named = typeof tenant === 'string' && tenant !== '' ? otherTenantIn(s, tenant) : null;
  if (named && typeof tenant === 'string') problems.push(warning(path, 'rule.associationMask.otherTenant', { found: named, tenant }));
  return problems;
};

/**
 * The tenant a mask's fixed text names when it is not `tenant`: in Adobe's "Campaign - <tenant> - (.*)"
 * it is the part between the product and the group. Adobe's own placeholders are warned about already.
 */
function otherTenantIn(mask: string, tenant: string): string | null {
  const prefix = literalPrefix(mask);
  if (prefix.toLowerCase().includes(tenant.toLowerCase())) return null;
  const middle = prefix
    .split(/\s*-\s*/)
    .slice(1, -1)
    .filter((part) => part !== '');
  const found = middle[0];
  if (found === undefined || /^(tenant_id|internal_name)$/i.test(found)) return null;
  return found;
}

const productContext: FieldRule = (v, _c, path) => {
  const s = text(v, path, 'productContext', { required: false });
  if (typeof s !== 'string') return s;
  if ((PRODUCT_CONTEXTS as readonly string[]).includes(s)) return [];
  return [warning(path, 'rule.productContext.unusual', { value: s })];
};

const server: FieldRule = (v, _c, path) => {
  const s = text(v, path, 'server', { required: false });
  if (typeof s !== 'string') return s;
  const url = parseUrl(s);
  if (!url || !url.host) return [error(path, 'rule.server.notUrl', { value: s })];
  if (!/^https?:$/.test(url.protocol))
    return [error(path, 'rule.server.notWeb', { protocol: url.protocol.replace(':', ''), host: url.host })];
  if (url.protocol !== 'https:') return [warning(path, 'rule.server.notHttps', { host: url.host })];
  return [];
};

const tenant: FieldRule = (v, _c, path) => {
  const s = text(v, path, 'tenant');
  if (typeof s !== 'string') return s;
  if (/\s/.test(s)) return [error(path, 'rule.tenant.space')];
  const odd = /^[A-Za-z0-9]/.test(s) ? oddChar(s, /[A-Za-z0-9_-]/) : { char: s[0]!, codePoint: codePointOf(s), position: 1 };
  if (odd) return [warning(path, 'rule.tenant.unusual', { value: s, char: odd.char, codePoint: odd.codePoint })];
  return [];
};

export const ACCOUNT_RULES: Record<string, FieldRule> = {
  label,
  internalName,
  imsServer,
  imsScope,
  clientId,
  clientSecret,
  callbackServer,
  imsOrgId,
  associationMask,
  productContext,
  server,
  tenant,
};

export const MAX_INSTANCE_NAME_LENGTH = 64;

const instanceName: FieldRule = (v, _c, path) => {
  const s = text(v, path, 'instanceName', { required: false });
  if (typeof s !== 'string') return s;
  if (INSTANCE_NAME.test(s)) return [];
  const length = Array.from(s).length;
  if (length > MAX_INSTANCE_NAME_LENGTH) return [error(path, 'rule.instanceName.tooLong', { length, max: MAX_INSTANCE_NAME_LENGTH })];
  return [error(path, 'rule.instanceName.invalid', { value: s, max: MAX_INSTANCE_NAME_LENGTH })];
};

const instanceUrl: FieldRule = (v, _c, path) => {
  const s = text(v, path, 'instanceUrl', { required: false });
  if (typeof s !== 'string') return s;
  const url = parseUrl(s);
  if (!url || !url.host || !/^https?:$/.test(url.protocol)) return [error(path, 'rule.instanceUrl.notUrl', { value: s })];
  const problems: Problem[] = [];
  if (url.protocol === 'http:') problems.push(warning(path, 'rule.instanceUrl.plainHttp'));
  if (url.username || url.password) problems.push(error(path, 'rule.instanceUrl.credentials'));
  if (hasPathOrQuery(url)) problems.push(warning(path, 'rule.instanceUrl.hasPath', { path: `${url.pathname}${url.search}` }));
  return problems;
};

const consoleBuild: FieldRule = (v, _c, path) => {
  if (v === undefined) return [];
  if (typeof v === 'string' && /^\s*\d+\s*$/.test(v)) return [error(path, 'rule.consoleBuild.quoted', { value: v, build: v.trim() })];
  if (typeof v !== 'number') return [error(path, 'rule.consoleBuild.notNumber', { type: describeType(v) })];
  if (!Number.isInteger(v) || v <= 0) return [error(path, 'rule.consoleBuild.invalid', { value: v })];
  const ims = evaluateImsSupport(v);
  // Too old for IMS is an error even when the build is not in the table (e.g. 8800).
  if (ims.status === 'fail') return [error(path, 'rule.consoleBuild.ims', { verdict: ims.message })];
  if (!releaseOfBuild(v)) return [warning(path, 'rule.consoleBuild.unknown', { build: v })];
  return ims.status === 'pass' ? [] : [warning(path, 'rule.consoleBuild.ims', { verdict: ims.message })];
};

export const INSTANCE_RULES: Record<string, FieldRule> = { name: instanceName, url: instanceUrl, consoleBuild };
