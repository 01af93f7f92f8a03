import { DOMImplementation, DOMParser, XMLSerializer, type Element } from '@xmldom/xmldom';
import { EXT_ACCOUNT_ELEMENT, EXT_ACCOUNT_FIELDS, EXT_ACCOUNT_KEY, EXT_ACCOUNT_SCHEMA } from '../campaign/ext-account-fields';
import type { AccImsConfig, AccountFields } from '../config/schema';
import { CONFIG_FORMAT, CONFIG_VERSION } from '../config/schema';
import { WizardError } from '../errors';
import { msg } from '../messages/message';
import { THE_FILE, type FileLabel } from './bundle-format';

/**
 * The Campaign data package (docs/DOMAIN.md "Talking to an instance") that an admin imports with
 * Tools > Advanced > Import package. Built as a DOM and serialized by xmldom, so every value is escaped
 * by an XML library; it never holds the client secret, which the console must encrypt itself.
 */

// `update`, not `insertOrUpdate`: offline we cannot know the numeric @type of this account type
// (docs/DOMAIN.md), so creating the account here would make one of the wrong type. A missing account
// makes the import stop with an error instead of creating a second, broken one.
export const PACKAGE_OPERATION = 'update';
export const PACKAGE_NAMESPACE = 'cus';
export const PACKAGE_NAME = 'accImsExternalAccount';
export const PACKAGE_VENDOR = 'acc-ims-wizard';

/** Campaign packages start with this exact declaration (the console writes single quotes). */
const XML_DECLARATION = "<?xml version='1.0' encoding='UTF-8'?>";

export interface PackageOptions {
  /** Written as the package author, e.g. "acc-ims-wizard 0.1.0". */
  generator?: string;
  /** Timestamp for the comment; passed in so the output is reproducible in tests. */
  now?: Date;
}

/** Builds the package text for `config`. Throws WizardError('invalid') if a value cannot be XML. */
export function buildAccountPackage(config: AccImsConfig, options: PackageOptions = {}): string {
  const account = config.account;
  const doc = new DOMImplementation().createDocument(null, 'package', null);
  const pkg = doc.documentElement!;
  pkg.setAttribute('namespace', PACKAGE_NAMESPACE);
  pkg.setAttribute('name', PACKAGE_NAME);
  pkg.setAttribute('label', `Adobe Experience Cloud external account (${account.internalName})`);
  pkg.setAttribute('vendor', PACKAGE_VENDOR);
  pkg.setAttribute('author', options.generator ?? PACKAGE_VENDOR);
  // Campaign packages name the build they were made for; only the admin's own console build is known offline.
  if (config.instance?.consoleBuild !== undefined) pkg.setAttribute('buildNumber', String(config.instance.consoleBuild));

  doc.insertBefore(doc.createComment(headerComment(config, options.now ?? new Date())), pkg);

  const desc = doc.createElement('desc');
  desc.appendChild(doc.createTextNode('Settings of the Adobe Experience Cloud (IMS) external account, without the client secret.'));
  const entities = doc.createElement('entities');
  entities.setAttribute('schema', EXT_ACCOUNT_SCHEMA);
  const record = doc.createElement(EXT_ACCOUNT_ELEMENT);
  record.setAttribute('_operation', PACKAGE_OPERATION);
  record.setAttribute('_key', EXT_ACCOUNT_KEY);
  for (const { field, attribute, secret } of EXT_ACCOUNT_FIELDS) {
    if (secret) continue; // The console must encrypt the secret with the instance's key: never here.
    const value = account[field];
    if (typeof value !== 'string') continue;
    assertXmlText(value, `account.${field}`);
    record.setAttribute(attribute, value);
  }
  entities.appendChild(record);

  for (const child of [desc, entities]) {
    pkg.appendChild(doc.createTextNode('\n  '));
    pkg.appendChild(child);
  }
  entities.insertBefore(doc.createTextNode('\n    '), record);
  entities.appendChild(doc.createTextNode('\n  '));
  pkg.appendChild(doc.createTextNode('\n'));

  const body = new XMLSerializer()
    .serializeToString(doc, { requireWellFormed: true })
    .replace(LINE_BREAKS_PARSERS_NORMALIZE, (c) => `&#x${c.charCodeAt(0).toString(16).toUpperCase()};`);
  return `${XML_DECLARATION}\n${body.replace('--><package', '-->\n<package')}\n`;
}

function headerComment(config: AccImsConfig, now: Date): string {
  const name = config.account.internalName;
  // A comment cannot hold "--"; internal names are letters, digits and "_", anything else is left out.
  const shownName = /^[A-Za-z0-9_]+$/.test(name) ? `"${name}"` : 'named in the extAccount element below';
  return [
    '',
    `  Adobe Experience Cloud (IMS) external account, made by acc-ims-wizard on ${now.toISOString().slice(0, 10)}.`,
    `  It updates the existing external account ${shownName} (matched by internal name) and never`,
    '  creates one: if the instance has none yet, create it first in Administration > Platform >',
    '  External accounts (type "Adobe Experience Cloud"), then import this package.',
    '  Import it in the client console: Tools > Advanced > Import package > Import a package from a file.',
    '',
    '  THIS FILE DOES NOT CONTAIN THE IMS CLIENT SECRET. One step by hand after the import:',
    '  Administration > Platform > External accounts > open the account, type the secret in',
    '  "IMS client secret", save, then restart the Campaign server.',
    '',
  ].join('\n');
}

// NEL and the Unicode line/paragraph separators are line ends to XML 1.1-minded parsers, which turn them into
// spaces; as character references they come back exactly.
const LINE_BREAKS_PARSERS_NORMALIZE = /[\u0085\u2028\u2029]/g;

/** XML 1.0 Char production: no C0 controls but tab/LF/CR, no lone surrogates, no U+FFFE/U+FFFF. */
const NOT_XML_CHAR =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/u;

function assertXmlText(value: string, path: string): void {
  const bad = NOT_XML_CHAR.exec(value);
  if (bad) {
    const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    throw new WizardError('invalid', msg('handover.package.badXmlChar', { path, char: code }));
  }
}

/** What a package says about the account, read back with a real parser (tests, and import of packages). */
export interface ParsedAccountPackage {
  operation: string | null;
  key: string | null;
  /** Account fields found, by config field name. */
  account: Partial<Record<keyof AccountFields, string>>;
  /** Attributes of the extAccount element that no config field maps to (e.g. @type, @active). */
  otherAttributes: Record<string, string>;
  /** True if the element carried an @clientSecret (a console export holds it instance-encrypted). */
  hadSecret: boolean;
  comments: string[];
}

/** Parses a data package holding one nms:extAccount record. Throws WizardError('invalid') otherwise. */
export function parseAccountPackage(xml: string, fileLabel: FileLabel = THE_FILE): ParsedAccountPackage {
  let doc;
  let problem: string | undefined;
  try {
    doc = new DOMParser({
      onError: (_level, message) => {
        problem ??= message;
        throw new Error(message);
      },
    }).parseFromString(xml, 'application/xml');
  } catch (e) {
    // The parser's own first complaint, not the wrapper xmldom puts around a rethrown error.
    const detail = (problem ?? (e instanceof Error ? e.message : String(e)))
      .split('\n')[0]!
      .replace(/^\[xmldom [^\]]*\]\s*/, '')
      .slice(0, 200);
    throw new WizardError('invalid', msg('handover.package.notWellFormed', { file: fileLabel, detail }));
  }
  const root = doc.documentElement;
  if (!root || root.nodeName !== 'package') {
    throw new WizardError('invalid', msg('handover.package.notPackage', { file: fileLabel }));
  }
  const records: Element[] = [];
  for (const entities of Array.from(root.getElementsByTagName('entities'))) {
    if (entities.getAttribute('schema') !== EXT_ACCOUNT_SCHEMA) continue;
    for (const child of Array.from(entities.childNodes)) {
      if (child.nodeType === child.ELEMENT_NODE && child.nodeName === EXT_ACCOUNT_ELEMENT) records.push(child as Element);
    }
  }
  if (records.length !== 1) {
    throw new WizardError(
      'invalid',
      records.length === 0
        ? msg('handover.package.noAccount', { file: fileLabel, schema: EXT_ACCOUNT_SCHEMA })
        : msg('handover.package.severalAccounts', { file: fileLabel, count: records.length }),
    );
  }
  const record = records[0]!;
  const account: ParsedAccountPackage['account'] = {};
  const otherAttributes: Record<string, string> = {};
  let hadSecret = false;
  for (const attr of Array.from(record.attributes)) {
    if (attr.name === '_operation' || attr.name === '_key') continue;
    const mapped = EXT_ACCOUNT_FIELDS.find((f) => f.attribute === attr.name);
    if (mapped?.secret) hadSecret = true;
    else if (mapped) account[mapped.field] = attr.value;
    else otherAttributes[attr.name] = attr.value;
  }
  const comments: string[] = [];
  for (const node of Array.from(doc.childNodes)) if (node.nodeType === node.COMMENT_NODE) comments.push(node.nodeValue ?? '');
  return { operation: record.getAttribute('_operation'), key: record.getAttribute('_key'), account, otherAttributes, hadSecret, comments };
}

/** A config (not yet validated) from a parsed package: the admin still has to supply the secret. */
export function configFromPackage(parsed: ParsedAccountPackage): Record<string, unknown> {
  return { format: CONFIG_FORMAT, version: CONFIG_VERSION, account: { ...parsed.account } };
}
