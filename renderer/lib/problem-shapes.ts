import { translate, type Locale, type MessageKey, type MessageParams } from './i18n';

/**
 * Adobe's rules (electron/common) explain every problem in English, with the exact values involved.
 * Here each message shape is recognised and re-told from the locale files with the same values, so a
 * zh-Hant admin reads the same advice in Traditional Chinese. The English catalog text reproduces the
 * rule's message exactly (test/renderer-problem-text.test.ts proves it over every rule), so a change of
 * wording in the rules fails a test instead of silently falling back. An unknown shape shows as is.
 */
type ParamLocalizer = (value: string, locale: Locale) => string;
interface Shape {
  re: RegExp;
  key: MessageKey;
  /** Values that are themselves words (a field name, "start"/"end", a nested sentence). */
  localize?: Record<string, ParamLocalizer>;
}

const word =
  (keys: Record<string, MessageKey>): ParamLocalizer =>
  (value, locale) =>
    keys[value] ? translate(locale, keys[value]) : value;

/** "The IMS server" and the like: the subject of the generic text rules. */
const subject = word({
  'The label': 'subject.label',
  'The internal name': 'subject.internalName',
  'The IMS server': 'subject.imsServer',
  'The IMS scope': 'subject.imsScope',
  'The IMS client identifier': 'subject.clientId',
  'The keychain entry name': 'subject.keychain',
  'The callback server': 'subject.callbackServer',
  'The IMS organization ID': 'subject.imsOrgId',
  'The association mask': 'subject.associationMask',
  'The product context': 'subject.productContext',
  'The server': 'subject.server',
  'The tenant': 'subject.tenant',
  'The instance name': 'subject.instanceName',
  'The instance URL': 'subject.instanceUrl',
});
const end = word({ start: 'word.start', end: 'word.end' });
const pronoun = word({ them: 'word.them', it: 'word.it' });
const list: ParamLocalizer = (value, locale) => value.replace(/ and /g, translate(locale, 'word.and'));
/** A nested sentence (an org ID hint, a mask tester hint, a build verdict) is itself a known shape. */
const nested: ParamLocalizer = (value, locale) => {
  const lead = /^\s*/.exec(value)![0];
  return value.trim() === '' ? value : lead + localizeMessage(value.trim(), locale);
};
const build: ParamLocalizer = (value, locale) => {
  const m = /^build (\d+)(?: \((v8 )?([^)]+)\))?$/.exec(value);
  if (!m) return value;
  return m[3] ? translate(locale, 'word.buildOf', { build: m[1]!, release: `${m[2] ?? ''}${m[3]}` }) : translate(locale, 'word.build', { build: m[1]! });
};

const URL_IMS = 'https:\\/\\/ims-na1\\.adobelogin\\.com';
const FIX = 'Simplify it: a mask needs only fixed text and one "\\(\\.\\*\\)"\\.';
const UPGRADE = `Install the client console of build (?<server>\\d+) \\(Adobe's download for your release\\) and check Help > About\\.`;
const PAIR = '^Console (?<consoleBuild>build [^,]+), server (?<serverBuild>build .+?): ';
const IMS_TAIL = '(?<ims>(?: .+)?)$';
const pair = { consoleBuild: build, serverBuild: build, ims: nested };

const SHAPES: Shape[] = [
  // The generic guards every text field goes through.
  { re: /^(?<what>The [\w ]+?) is required\.$/, key: 'problem.required', localize: { what: subject } },
  { re: /^(?<what>The [\w ]+?) has a space at the (?<where>start|end)\. Remove it\.$/, key: 'problem.space', localize: { what: subject, where: end } },
  { re: /^(?<what>The [\w ]+?) contains a control character \(such as a line break or tab\)\. Retype it\.$/, key: 'problem.control', localize: { what: subject } },
  // Internal name
  { re: /^The internal name "(?<value>.*)" is not valid in Campaign: use letters, digits and "_", not starting with a digit \(e\.g\. Adobe_Marketing_Cloud\)\.$/, key: 'problem.internalName.invalid' },
  { re: /^The internal name is usually Adobe_Marketing_Cloud \(or Adobe_Experience_Cloud\)\. There must be exactly one account of this type: if the instance already has one, use its internal name\.$/, key: 'problem.internalName.unusual' },
  // IMS server
  { re: new RegExp(`^"(?<value>.*)" is not a host name or URL\\. Use ${URL_IMS}\\.$`), key: 'problem.imsServer.notUrl' },
  { re: new RegExp(`^The IMS server must use https, not (?<protocol>.+)\\. Use ${URL_IMS}\\.$`), key: 'problem.imsServer.https' },
  { re: new RegExp(`^The IMS server is a host only, without a path \\("(?<path>.*)"\\)\\. Use ${URL_IMS}\\.$`), key: 'problem.imsServer.path' },
  { re: new RegExp(`^(?<host>\\S+) is a stage IMS\\. Stage and production Campaign instances must both use the production IMS: ${URL_IMS}\\.$`), key: 'problem.imsServer.stage' },
  { re: /^The IMS server does not usually have a port \(":(?<port>\d+)"\)\. Remove it unless Adobe told you otherwise\.$/, key: 'problem.imsServer.port' },
  { re: /^(?<host>\S+) is not one of Adobe's documented IMS servers \((?<hosts>.+)\)\. Keep it only if Adobe Customer Care gave it to you\.$/, key: 'problem.imsServer.undocumented' },
  { re: new RegExp(`^(?<host>\\S+) is not an Adobe IMS server\\. Use ${URL_IMS} \\(or adobeid-na1\\.services\\.adobe\\.com\\)\\.$`), key: 'problem.imsServer.notAdobe' },
  // IMS scope
  { re: /^The IMS scope is a comma-separated list without spaces, e\.g\. "openid,AdobeID,read_organizations"\. Remove the spaces\.$/, key: 'problem.imsScope.spaces' },
  { re: /^The IMS scope has an empty entry \(two commas in a row, or a comma at an end\)\. Remove it\.$/, key: 'problem.imsScope.empty' },
  { re: /^The IMS scope entry "(?<entry>.*)" has characters a scope cannot have\. Use the scopes IMS provisioned for your client, separated by commas\.$/, key: 'problem.imsScope.chars' },
  {
    re: /^The IMS scope lacks (?<missing>.+?); without (?<pronoun>them|it) the Adobe ID login page may not load\. Add (?<add>\S+) unless Adobe told you otherwise\.$/,
    key: 'problem.imsScope.lacks',
    localize: { missing: list, pronoun },
  },
  { re: /^The IMS scope lists "(?<entry>.*)" twice\. Remove the duplicate\.$/, key: 'problem.imsScope.duplicate' },
  // Client identifier
  { re: /^The IMS client identifier has a space in it\. Copy it again exactly as Adobe Customer Care gave it \(e\.g\. Campaign1\)\.$/, key: 'problem.clientId.space' },
  { re: /^The IMS client identifier "(?<value>.*)" has unusual characters\. Check it against the one Adobe Customer Care gave you\.$/, key: 'problem.clientId.unusual' },
  // Callback server
  { re: /^"(?<value>.*)" is not a URL\. The callback server is the https access URL of this Campaign instance, e\.g\. https:\/\/campaign\.example\.com\.$/, key: 'problem.callbackServer.notUrl' },
  { re: /^The callback server must use https\. Change it to (?<url>\S+)\.$/, key: 'problem.callbackServer.https' },
  { re: /^The callback server is usually the instance's base URL, without a path \("(?<path>.*)"\)\. Check it matches the URL allowlisted with Adobe\.$/, key: 'problem.callbackServer.path' },
  {
    re: /^The callback server host \((?<host>.*)\) differs from the instance URL host \((?<instanceHost>.*)\)\. The callback must be this instance's access URL: check it is the one allowlisted for it\.$/,
    key: 'problem.callbackServer.otherHost',
  },
  {
    re: /^Instance "(?<name>.*)" looks like production but the callback server (?<host>\S+) looks like a stage or test URL\. A production instance must call back to its production URL\.$/,
    key: 'problem.callbackServer.stage',
  },
  // IMS organization ID, with its three hints
  {
    re: /^The IMS organization ID is 24 letters or digits followed by "@AdobeOrg" \(e\.g\. 0123456789ABCDEF01234567@AdobeOrg\)\. (?<hint>.+) Copy it from the Experience Cloud Admin Console\.$/,
    key: 'problem.imsOrgId',
    localize: { hint: nested },
  },
  { re: /^It must end with "@AdobeOrg"\.$/, key: 'problem.imsOrgId.suffix' },
  { re: /^Write "@AdobeOrg" with exactly this capitalization\.$/, key: 'problem.imsOrgId.case' },
  { re: /^The part before "@AdobeOrg" must be 24 letters or digits; "(?<part>.*)" has (?<count>\d+)\.$/, key: 'problem.imsOrgId.length' },
  { re: /^The part before "@AdobeOrg" must be 24 letters or digits; "(?<part>.*)" has (?<count>\d+) and other characters\.$/, key: 'problem.imsOrgId.lengthOther' },
  // Association mask (rules.ts and mask.ts)
  {
    re: /^The association mask (?<where>start|end)s with a space\. Remove it: Adobe's troubleshooting lists stray spaces as a cause of "Login does not have any right matching the expression"\.$/,
    key: 'problem.mask.space',
    localize: { where: end },
  },
  { re: /^The association mask (?<where>start|end)s with a space\. Remove it: the Experience Cloud profile names would have to contain it too\.$/, key: 'problem.mask.spaceTester', localize: { where: end } },
  { re: /^The association mask is empty\. Enter a pattern such as "Campaign - <tenant> - \(\.\*\)"\.$/, key: 'problem.mask.empty' },
  { re: /^The association mask is (?<length>\d+) characters long; keep it under (?<max>\d+)\.$/, key: 'problem.mask.long' },
  { re: /^The association mask is not a valid regular expression \((?<detail>.*)\)\. Check brackets and escape special characters such as "\(" with "\\\("\.$/, key: 'problem.mask.regex' },
  { re: /^The association mask has no capture group\. Put "\(\.\*\)" where the Campaign operator group name appears, e\.g\. "Campaign - acme - \(\.\*\)"\.$/, key: 'problem.mask.noGroup' },
  {
    re: /^The association mask has (?<count>\d+) capture groups; it needs exactly one, around the Campaign operator group name\. Make the others non-capturing with "\(\?:…\)"\.$/,
    key: 'problem.mask.groups',
  },
  { re: new RegExp(`^The association mask uses a backreference\\. ${FIX}$`), key: 'problem.mask.backreference' },
  { re: new RegExp(`^The association mask repeats a group that itself repeats or has alternatives, which can make matching hang\\. ${FIX}$`), key: 'problem.mask.nested' },
  { re: new RegExp(`^The association mask has (?<count>\\d+) open-ended repeats \\("\\*", "\\+"\\); at most (?<max>\\d+) are allowed\\. ${FIX}$`), key: 'problem.mask.repeats' },
  { re: /^The association mask has two spaces in a row\. Check that the Experience Cloud profile names have them too\.$/, key: 'problem.mask.doubleSpace' },
  { re: /^The association mask still contains the placeholder "tenant_id" or "internal_name" from Adobe's example\. Replace it with your tenant\.$/, key: 'problem.mask.placeholder' },
  {
    re: /^The association mask "\(\.\*\)" matches every Experience Cloud profile of the organization\. Add the fixed prefix your profiles use, e\.g\. "Campaign - acme - \(\.\*\)"\.$/,
    key: 'problem.mask.everything',
  },
  // Mask tester explanations
  { re: /^"(?<profile>.*)" does not match the mask, so it maps to no operator group\.(?<hint>.*)$/, key: 'problem.tester.noMatch', localize: { hint: nested } },
  { re: /^Upper and lower case differ from "(?<prefix>.*)"\.$/, key: 'problem.tester.case' },
  { re: /^The spaces differ from "(?<prefix>.*)"\.$/, key: 'problem.tester.spaces' },
  { re: /^It should start with "(?<prefix>.*)"\.$/, key: 'problem.tester.prefix' },
  { re: /^The mask matches, but the captured operator group name is empty\.$/, key: 'problem.tester.emptyGroup' },
  { re: /^The profile name is longer than (?<max>\d+) characters\.$/, key: 'problem.tester.long' },
  {
    re: /^"(?<group>.*)" is not a usual Campaign internal name \(letters, digits and "_", not starting with a digit\)\. Check that an operator group with exactly this internal name exists\.$/,
    key: 'problem.tester.unusualGroup',
  },
  // Product context, server, tenant
  { re: /^The product context is usually dma_campaign_classic \(or dma_campaign on builds without this field\)\. "(?<value>.*)" must match the Experience Cloud side exactly\.$/, key: 'problem.productContext.unusual' },
  { re: /^"(?<value>.*)" is not a URL\. The Adobe Marketing Cloud server is usually https:\/\/marketing\.adobe\.com\.$/, key: 'problem.server.notUrl' },
  { re: /^The server uses plain http\. Use https:\/\/(?<host>\S+)\.$/, key: 'problem.server.http' },
  { re: /^The tenant is the Experience Cloud tenant name and has no spaces\. Check it in the Experience Cloud URL or with Adobe\.$/, key: 'problem.tenant.space' },
  { re: /^The tenant "(?<value>.*)" has unusual characters\. Check it against your Experience Cloud tenant name\.$/, key: 'problem.tenant.unusual' },
  // Instance
  { re: /^The instance name "(?<value>.*)" may use letters, digits, "\.", "_" and "-" \(up to 64\), e\.g\. "prod" or "stage-eu"\.$/, key: 'problem.instanceName.invalid' },
  { re: /^"(?<value>.*)" is not an http\(s\) URL\. Use the instance's access URL, e\.g\. https:\/\/campaign\.example\.com\.$/, key: 'problem.instanceUrl.notUrl' },
  { re: /^The instance URL uses plain http: passwords would travel unencrypted\. Use https unless this is a lab instance\.$/, key: 'problem.instanceUrl.http' },
  { re: /^The instance URL contains a user name or password\. Remove them: credentials are asked for when connecting\.$/, key: 'problem.instanceUrl.credentials' },
  { re: /^The instance URL is usually the base URL, without a path \("(?<path>.*)"\)\.$/, key: 'problem.instanceUrl.path' },
  // Builds: the console build field and the console rule
  { re: /^The console build is a positive whole number, e\.g\. 9364\. Read it in the client console under Help > About\.$/, key: 'problem.consoleBuild.invalid' },
  { re: /^Build (?<build>\d+) is not in the table of known Campaign releases\. Check it in the client console under Help > About\.$/, key: 'problem.consoleBuild.unknown' },
  { re: /^Console: (?<detail>.+)$/, key: 'problem.consoleBuild.ims', localize: { detail: nested } },
  {
    re: /^(?<build>build \S+(?: \([^)]+\))?) supports IMS login\.(?<webview>(?: From 7\.3\.1 the console login page needs the Microsoft Edge WebView2 runtime on each admin workstation\.)?)$/,
    key: 'build.imsSupported',
    localize: { build, webview: (v, l) => (v ? translate(l, 'build.webview') : '') },
  },
  { re: /^Gold Standard build 9032: IMS login needs Gold Standard 11 or later\. Check the Gold Standard level in Help > About\.$/, key: 'build.goldStandard' },
  {
    re: /^(?<build>build \S+(?: \([^)]+\))?) is too old for IMS login: upgrade the server and console to 21\.1\.3 or later \(7\.4\.1 recommended for IMS migration\)\.$/,
    key: 'build.tooOld',
    localize: { build },
  },
  {
    re: /^(?<build>build \S+(?: \([^)]+\))?) is not a known release\. IMS login needs Gold Standard 11, 21\.1\.3, 20\.2\.5, 20\.1\.4, 19\.2\.4 or later: check Adobe's release notes for this build\.$/,
    key: 'build.unknownRelease',
    localize: { build },
  },
  { re: new RegExp(`${PAIR}the same build\\.${IMS_TAIL}`), key: 'rule.same', localize: pair },
  { re: new RegExp(`${PAIR}console and server must be on the same version\\. ${UPGRADE}${IMS_TAIL}`), key: 'rule.version', localize: pair },
  { re: new RegExp(`${PAIR}Campaign v8 requires the console build to equal the server build\\. ${UPGRADE}${IMS_TAIL}`), key: 'rule.v8', localize: pair },
  {
    re: new RegExp(`${PAIR}release (?<release>\\S+) makes the client console upgrade mandatory, so the builds must be equal\\. ${UPGRADE}${IMS_TAIL}`),
    key: 'rule.mandatory',
    localize: pair,
  },
  { re: new RegExp(`${PAIR}same version, different builds\\. Adobe strongly recommends the same build\\. ${UPGRADE}${IMS_TAIL}`), key: 'rule.differentBuilds', localize: pair },
  { re: new RegExp(`${PAIR}these builds are too far apart to be the same version\\. ${UPGRADE}${IMS_TAIL}`), key: 'rule.farApart', localize: pair },
  {
    re: new RegExp(`${PAIR}at least one build is not in the table of known releases, so it is not certain they are the same version\\. ${UPGRADE}${IMS_TAIL}`),
    key: 'rule.uncertain',
    localize: pair,
  },
];

/** The catalog key and values a rule message corresponds to, or null for a shape not known here. */
export function recognize(message: string): { key: MessageKey; params: Record<string, string>; shape: Shape } | null {
  for (const shape of SHAPES) {
    const m = shape.re.exec(message);
    if (m) return { key: shape.key, params: { ...(m.groups ?? {}) }, shape };
  }
  return null;
}

export function localizeMessage(message: string, locale: Locale): string {
  const found = recognize(message);
  if (!found) return message;
  const params: MessageParams = {};
  for (const [name, value] of Object.entries(found.params)) params[name] = found.shape.localize?.[name]?.(value ?? '', locale) ?? value ?? '';
  return translate(locale, found.key, params);
}
