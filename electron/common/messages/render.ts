import type { Locale } from './locale';
import type { Message, MessageCode, ParamValue } from './message';

/**
 * One catalog entry: a text with `{name}` placeholders, or plural forms chosen by the `count` param with
 * Intl.PluralRules (zh-Hant only ever uses `other`). Lists are joined with Intl.ListFormat.
 */
export type Entry = string | { readonly one?: string; readonly other: string };
/** A translation of an English area: the same keys, any entry shape. */
export type Entries<T> = { readonly [K in keyof T]: Entry };
export type Catalog = Readonly<Record<MessageCode, Entry>>;
/** A catalog with part of the codes (the renderer's has no CLI texts): a code it lacks renders as itself. */
export type PartialCatalog = Readonly<Partial<Record<MessageCode, Entry>>>;

const pluralRules = new Map<Locale, Intl.PluralRules>();
const listFormats = new Map<Locale, Intl.ListFormat>();

function plural(locale: Locale): Intl.PluralRules {
  let rules = pluralRules.get(locale);
  if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules;
}

function listFormat(locale: Locale): Intl.ListFormat {
  let format = listFormats.get(locale);
  if (!format) listFormats.set(locale, (format = new Intl.ListFormat(locale, { type: 'conjunction', style: 'long' })));
  return format;
}

function pick(entry: Entry, locale: Locale, count: unknown): string {
  if (typeof entry === 'string') return entry;
  if (typeof count === 'number' && entry.one !== undefined && plural(locale).select(count) === 'one') return entry.one;
  return entry.other;
}

/** A message in the given language. An unknown code or placeholder stays visible (as `{name}`), so it gets noticed. */
export function renderMessage(locale: Locale, catalog: PartialCatalog, message: Message): string {
  const entry = (catalog as Record<string, Entry | undefined>)[message.code];
  if (entry === undefined) return message.code;
  const params = message.params ?? {};
  const value = (v: ParamValue): string => {
    if (typeof v === 'string') return v;
    if (typeof v === 'number') return String(v);
    if (Array.isArray(v)) return listFormat(locale).format(v.map((item: string | number | Message) => value(item)));
    return renderMessage(locale, catalog, v as Message);
  };
  return pick(entry, locale, params.count).replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(params, name) ? value(params[name]!) : whole,
  );
}

/** The placeholder names of one entry (all forms), for the catalog tests. */
export function placeholdersOf(entry: Entry): string[] {
  const texts = typeof entry === 'string' ? [entry] : [entry.other, ...(entry.one === undefined ? [] : [entry.one])];
  return [...new Set(texts.flatMap((t) => [...t.matchAll(/\{(\w+)\}/g)].map((m) => m[1]!)))].sort();
}
