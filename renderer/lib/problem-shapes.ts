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

const pair = { consoleBuild: build, serverBuild: build, ims: nested };

/**
 * The message shapes, most specific first where two could match the same text. Each shape's pattern
 * is its English catalog text with the {placeholders} as captures: the catalog is the one place the
 * English wording lives here, and a rule reworded in common no longer matches (and fails a test).
 */
const SHAPES: Shape[] = [
  { key: 'problem.required', localize: { what: subject } },
  { key: 'problem.space', localize: { what: subject, where: end } },
  { key: 'problem.control', localize: { what: subject } },
  { key: 'problem.internalName.invalid' },
  { key: 'problem.internalName.unusual' },
  { key: 'problem.imsServer.notUrl' },
  { key: 'problem.imsServer.https' },
  { key: 'problem.imsServer.path' },
  { key: 'problem.imsServer.stage' },
  { key: 'problem.imsServer.port' },
  { key: 'problem.imsServer.undocumented' },
  { key: 'problem.imsServer.notAdobe' },
  { key: 'problem.imsScope.spaces' },
  { key: 'problem.imsScope.empty' },
  { key: 'problem.imsScope.chars' },
  { key: 'problem.imsScope.lacks', localize: { missing: list, pronoun } },
  { key: 'problem.imsScope.duplicate' },
  { key: 'problem.clientId.space' },
  { key: 'problem.clientId.unusual' },
  { key: 'problem.callbackServer.notUrl' },
  { key: 'problem.callbackServer.https' },
  { key: 'problem.callbackServer.path' },
  { key: 'problem.callbackServer.otherHost' },
  { key: 'problem.callbackServer.stage' },
  { key: 'problem.imsOrgId', localize: { hint: nested } },
  { key: 'problem.imsOrgId.suffix' },
  { key: 'problem.imsOrgId.case' },
  { key: 'problem.imsOrgId.lengthOther' },
  { key: 'problem.imsOrgId.length' },
  { key: 'problem.mask.space', localize: { where: end } },
  { key: 'problem.mask.spaceTester', localize: { where: end } },
  { key: 'problem.mask.empty' },
  { key: 'problem.mask.long' },
  { key: 'problem.mask.regex' },
  { key: 'problem.mask.noGroup' },
  { key: 'problem.mask.groups' },
  { key: 'problem.mask.backreference' },
  { key: 'problem.mask.nested' },
  { key: 'problem.mask.repeats' },
  { key: 'problem.mask.doubleSpace' },
  { key: 'problem.mask.placeholder' },
  { key: 'problem.mask.everything' },
  { key: 'problem.tester.noMatch', localize: { hint: nested } },
  { key: 'problem.tester.case' },
  { key: 'problem.tester.spaces' },
  { key: 'problem.tester.prefix' },
  { key: 'problem.tester.emptyGroup' },
  { key: 'problem.tester.long' },
  { key: 'problem.tester.unusualGroup' },
  { key: 'problem.productContext.unusual' },
  { key: 'problem.server.notUrl' },
  { key: 'problem.server.http' },
  { key: 'problem.tenant.space' },
  { key: 'problem.tenant.unusual' },
  { key: 'problem.instanceName.invalid' },
  { key: 'problem.instanceUrl.notUrl' },
  { key: 'problem.instanceUrl.http' },
  { key: 'problem.instanceUrl.credentials' },
  { key: 'problem.instanceUrl.path' },
  { key: 'problem.consoleBuild.invalid' },
  { key: 'problem.consoleBuild.unknown' },
  { key: 'problem.consoleBuild.ims', localize: { detail: nested } },
  { key: 'build.imsSupported', localize: { build, webview: (v, l) => (v ? translate(l, 'build.webview') : '') } },
  { key: 'build.goldStandard' },
  { key: 'build.tooOld', localize: { build } },
  { key: 'build.unknownRelease', localize: { build } },
  { key: 'rule.same', localize: pair },
  { key: 'rule.version', localize: pair },
  { key: 'rule.v8', localize: pair },
  { key: 'rule.mandatory', localize: pair },
  { key: 'rule.differentBuilds', localize: pair },
  { key: 'rule.farApart', localize: pair },
  { key: 'rule.uncertain', localize: pair },
];

/** The catalog key and values a rule message corresponds to, or null for a shape not known here. */
export function recognize(message: string): { key: MessageKey; params: Record<string, string>; shape: Shape } | null {
  for (const shape of SHAPES) {
    const m = patternOf(shape.key).exec(message);
    if (m) return { key: shape.key, params: { ...(m.groups ?? {}) }, shape };
  }
  return null;
}

const patterns = new Map<MessageKey, RegExp>();
function patternOf(key: MessageKey): RegExp {
  let re = patterns.get(key);
  if (!re) {
    const escaped = translate('en', key).replace(/[.*+?^$()|[\]\\{}]/g, '\\$&');
    re = new RegExp(`^${escaped.replace(/\\\{(\w+)\\\}/g, '(?<$1>.*?)')}$`);
    patterns.set(key, re);
  }
  return re;
}

export function localizeMessage(message: string, locale: Locale): string {
  const found = recognize(message);
  if (!found) return message;
  const params: MessageParams = {};
  for (const [name, value] of Object.entries(found.params)) params[name] = found.shape.localize?.[name]?.(value ?? '', locale) ?? value ?? '';
  return translate(locale, found.key, params);
}
