import { analyzeMask } from '../mask';
import { evaluateImsSupport, releaseOfBuild } from '../builds';
import { error, warning, type Problem } from '../problems';
import { hasPathOrQuery, parseUrl } from './urls';

/**
 * Adobe's rules for the "Adobe Experience Cloud" external account (DOMAIN.md "Rules a correct
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
const INTERNAL_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const USUAL_INTERNAL_NAMES = ['Adobe_Marketing_Cloud', 'Adobe_Experience_Cloud'];
const INSTANCE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const STAGE_HINT = /(^|[.-])(stage|stg|staging|dev|test|qa|uat)\d*([.-]|$)/i;

/** Common guard: present, a string, no stray whitespace at either end. Returns the string or the problems. */
function text(value: unknown, path: string, what: string, { required = true } = {}): string | Problem[] {
  if (value === undefined || value === null || value === '') {
    return required ? [error(path, `${what} is required.`)] : [];
  }
  if (typeof value !== 'string') return [error(path, `${what} must be text, not ${describeType(value)}.`)];
  if (value !== value.trim()) return [error(path, `${what} has a space at the ${/^\s/.test(value) ? 'start' : 'end'}. Remove it.`)];
  if (/[\u0000-\u001f\u007f]/.test(value)) return [error(path, `${what} contains a control character (such as a line break or tab). Retype it.`)];
  return value;
}

export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  return `a ${typeof value}`;
}

const label: FieldRule = (v, _c, path) => {
  const s = text(v, path, 'The label', { required: false });
  return typeof s === 'string' ? [] : s;
};

const internalName: FieldRule = (v, _c, path) => {
  const s = text(v, path, 'The internal name', { required: false });
  if (typeof s !== 'string') return s;
  if (!INTERNAL_NAME.test(s)) {
    return [error(path, `The internal name "${s}" is not valid in Campaign: use letters, digits and "_", not starting with a digit (e.g. Adobe_Marketing_Cloud).`)];
  }
  if (!USUAL_INTERNAL_NAMES.includes(s)) {
    return [warning(path, `The internal name is usually Adobe_Marketing_Cloud (or Adobe_Experience_Cloud). There must be exactly one account of this type: if the instance already has one, use its internal name.`)];
  }
  return [];
};

const imsServer: FieldRule = (v, _c, path) => {
  const s = text(v, path, 'The IMS server');
  if (typeof s !== 'string') return s;
  const url = parseUrl(s.includes('://') ? s : `https://${s}`);
  if (!url || !url.hostname) return [error(path, `"${s}" is not a host name or URL. Use https://ims-na1.adobelogin.com.`)];
  if (url.protocol !== 'https:') return [error(path, `The IMS server must use https, not ${url.protocol.replace(':', '')}. Use https://ims-na1.adobelogin.com.`)];
  if (hasPathOrQuery(url)) return [error(path, `The IMS server is a host only, without a path ("${url.pathname}${url.search}"). Use https://ims-na1.adobelogin.com.`)];
  const host = url.hostname.toLowerCase();
  if (/stg|stage/.test(host)) {
    return [error(path, `${host} is a stage IMS. Stage and production Campaign instances must both use the production IMS: https://ims-na1.adobelogin.com.`)];
  }
  if ((IMS_HOSTS as readonly string[]).includes(host)) return url.port ? [warning(path, `The IMS server does not usually have a port (":${url.port}"). Remove it unless Adobe told you otherwise.`)] : [];
  if (host.endsWith('.adobelogin.com') || host.endsWith('.services.adobe.com')) {
    return [warning(path, `${host} is not one of Adobe's documented IMS servers (${IMS_HOSTS.join(', ')}). Keep it only if Adobe Customer Care gave it to you.`)];
  }
  return [error(path, `${host} is not an Adobe IMS server. Use https://ims-na1.adobelogin.com (or adobeid-na1.services.adobe.com).`)];
};

const imsScope: FieldRule = (v, _c, path) => {
  const s = text(v, path, 'The IMS scope', { required: false });
  if (typeof s !== 'string') return s;
  if (/\s/.test(s)) return [error(path, 'The IMS scope is a comma-separated list without spaces, e.g. "openid,AdobeID,read_organizations". Remove the spaces.')];
  const tokens = s.split(',');
  if (tokens.some((t) => t === '')) return [error(path, 'The IMS scope has an empty entry (two commas in a row, or a comma at an end). Remove it.')];
  const bad = tokens.filter((t) => !SCOPE_TOKEN.test(t));
  if (bad.length) return [error(path, `The IMS scope entry "${bad[0]}" has characters a scope cannot have. Use the scopes IMS provisioned for your client, separated by commas.`)];
  const problems: Problem[] = [];
  const missing = REQUIRED_SCOPES.filter((r) => !tokens.includes(r));
  if (missing.length) {
    problems.push(warning(path, `The IMS scope lacks ${missing.join(' and ')}; without ${missing.length > 1 ? 'them' : 'it'} the Adobe ID login page may not load. Add ${missing.join(',')} unless Adobe told you otherwise.`));
  }
  const dupes = tokens.filter((t, i) => tokens.indexOf(t) !== i);
  if (dupes.length) problems.push(warning(path, `The IMS scope lists "${dupes[0]}" twice. Remove the duplicate.`));
  return problems;
};

const clientId: FieldRule = (v, _c, path) => {
  const s = text(v, path, 'The IMS client identifier');
  if (typeof s !== 'string') return s;
  if (/\s/.test(s)) return [error(path, 'The IMS client identifier has a space in it. Copy it again exactly as Adobe Customer Care gave it (e.g. Campaign1).')];
  if (!/^[A-Za-z0-9._@-]+$/.test(s)) return [warning(path, `The IMS client identifier "${s}" has unusual characters. Check it against the one Adobe Customer Care gave you.`)];
  return [];
};

const clientSecret: FieldRule = (v, _c, path) => {
  if (v === undefined) return [];
  if (typeof v === 'string') {
    return [error(path, 'The client secret must not be written in the config file. Store it in the OS keychain ("acc-ims secret set NAME", value on standard input) and write {"keychain": "NAME"} here instead.')];
  }
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    return [error(path, `The client secret must be a keychain reference such as {"keychain": "acc-ims-wizard/prod"}, not ${describeType(v)}.`)];
  }
  const ref = (v as Record<string, unknown>).keychain;
  const s = text(ref, `${path}.keychain`, 'The keychain entry name');
  if (typeof s !== 'string') return s;
  return s.length > 200 ? [error(`${path}.keychain`, 'The keychain entry name is longer than 200 characters. Use a short name such as acc-ims-wizard/prod.')] : [];
};

const callbackServer: FieldRule = (v, config, path) => {
  const s = text(v, path, 'The callback server');
  if (typeof s !== 'string') return s;
  const url = parseUrl(s);
  if (!url || !/^https?:$/.test(url.protocol)) {
    return [error(path, `"${s}" is not a URL. The callback server is the https access URL of this Campaign instance, e.g. https://campaign.example.com.`)];
  }
  if (url.protocol !== 'https:') return [error(path, `The callback server must use https. Change it to https://${url.host}${url.pathname === '/' ? '' : url.pathname}.`)];
  const problems: Problem[] = [];
  if (hasPathOrQuery(url)) {
    problems.push(warning(path, `The callback server is usually the instance's base URL, without a path ("${url.pathname}${url.search}"). Check it matches the URL allowlisted with Adobe.`));
  }
  const instanceUrl = config.instance?.url;
  if (typeof instanceUrl === 'string') {
    const inst = parseUrl(instanceUrl);
    if (inst && inst.hostname.toLowerCase() !== url.hostname.toLowerCase()) {
      problems.push(warning(path, `The callback server host (${url.hostname}) differs from the instance URL host (${inst.hostname}). The callback must be this instance's access URL: check it is the one allowlisted for it.`));
    }
  }
  const name = config.instance?.name;
  if (typeof name === 'string' && /prod/i.test(name) && STAGE_HINT.test(url.hostname)) {
    problems.push(warning(path, `Instance "${name}" looks like production but the callback server ${url.hostname} looks like a stage or test URL. A production instance must call back to its production URL.`));
  }
  return problems;
};

const imsOrgId: FieldRule = (v, _c, path) => {
  const s = text(v, path, 'The IMS organization ID');
  if (typeof s !== 'string') return s;
  if (ORG_ID.test(s)) return [];
  const hint = !s.includes('@')
    ? 'It must end with "@AdobeOrg".'
    : /@adobeorg$/i.test(s) && !s.endsWith('@AdobeOrg')
      ? 'Write "@AdobeOrg" with exactly this capitalization.'
      : `The part before "@AdobeOrg" must be 24 letters or digits; "${s.split('@')[0]}" has ${s.split('@')[0]!.length}${/[^A-Za-z0-9]/.test(s.split('@')[0]!) ? ' and other characters' : ''}.`;
  return [error(path, `The IMS organization ID is 24 letters or digits followed by "@AdobeOrg" (e.g. 0123456789ABCDEF01234567@AdobeOrg). ${hint} Copy it from the Experience Cloud Admin Console.`)];
};

const associationMask: FieldRule = (v, _c, path) => {
  if (typeof v === 'string' && v !== '' && v !== v.trim()) {
    return [error(path, `The association mask ${/^\s/.test(v) ? 'starts' : 'ends'} with a space. Remove it: Adobe's troubleshooting lists stray spaces as a cause of "Login does not have any right matching the expression".`)];
  }
  const s = text(v, path, 'The association mask');
  if (typeof s !== 'string') return s;
  const analysis = analyzeMask(s);
  if (!analysis.ok) return [error(path, analysis.error)];
  return analysis.warnings.map((w) => warning(path, w));
};

const productContext: FieldRule = (v, _c, path) => {
  const s = text(v, path, 'The product context', { required: false });
  if (typeof s !== 'string') return s;
  if ((PRODUCT_CONTEXTS as readonly string[]).includes(s)) return [];
  return [warning(path, `The product context is usually dma_campaign_classic (or dma_campaign on builds without this field). "${s}" must match the Experience Cloud side exactly.`)];
};

const server: FieldRule = (v, _c, path) => {
  const s = text(v, path, 'The server', { required: false });
  if (typeof s !== 'string') return s;
  const url = parseUrl(s);
  if (!url || !/^https?:$/.test(url.protocol)) return [error(path, `"${s}" is not a URL. The Adobe Marketing Cloud server is usually https://marketing.adobe.com.`)];
  if (url.protocol !== 'https:') return [warning(path, `The server uses plain http. Use https://${url.host}.`)];
  return [];
};

const tenant: FieldRule = (v, _c, path) => {
  const s = text(v, path, 'The tenant');
  if (typeof s !== 'string') return s;
  if (/\s/.test(s)) return [error(path, 'The tenant is the Experience Cloud tenant name and has no spaces. Check it in the Experience Cloud URL or with Adobe.')];
  if (!/^[A-Za-z0-9][A-Za-z0-9_-]*$/.test(s)) return [warning(path, `The tenant "${s}" has unusual characters. Check it against your Experience Cloud tenant name.`)];
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

const instanceName: FieldRule = (v, _c, path) => {
  const s = text(v, path, 'The instance name', { required: false });
  if (typeof s !== 'string') return s;
  return INSTANCE_NAME.test(s) ? [] : [error(path, `The instance name "${s}" may use letters, digits, ".", "_" and "-" (up to 64), e.g. "prod" or "stage-eu".`)];
};

const instanceUrl: FieldRule = (v, _c, path) => {
  const s = text(v, path, 'The instance URL', { required: false });
  if (typeof s !== 'string') return s;
  const url = parseUrl(s);
  if (!url || !/^https?:$/.test(url.protocol)) return [error(path, `"${s}" is not an http(s) URL. Use the instance's access URL, e.g. https://campaign.example.com.`)];
  const problems: Problem[] = [];
  if (url.protocol === 'http:') problems.push(warning(path, 'The instance URL uses plain http: passwords would travel unencrypted. Use https unless this is a lab instance.'));
  if (url.username || url.password) problems.push(error(path, 'The instance URL contains a user name or password. Remove them: credentials are asked for when connecting.'));
  if (hasPathOrQuery(url)) problems.push(warning(path, `The instance URL is usually the base URL, without a path ("${url.pathname}${url.search}").`));
  return problems;
};

const consoleBuild: FieldRule = (v, _c, path) => {
  if (v === undefined) return [];
  if (typeof v !== 'number' || !Number.isInteger(v) || v <= 0) {
    return [error(path, 'The console build is a positive whole number, e.g. 9364. Read it in the client console under Help > About.')];
  }
  if (!releaseOfBuild(v)) {
    return [warning(path, `Build ${v} is not in the table of known Campaign releases. Check it in the client console under Help > About.`)];
  }
  const ims = evaluateImsSupport(v);
  return ims.status === 'pass' ? [] : [(ims.status === 'fail' ? error : warning)(path, `Console: ${ims.message}`)];
};

export const INSTANCE_RULES: Record<string, FieldRule> = { name: instanceName, url: instanceUrl, consoleBuild };
