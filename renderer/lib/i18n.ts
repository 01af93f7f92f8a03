/**
 * Message catalogs and lookup. Pure (no Svelte state) so tests and the store share it; the reactive
 * "current language" lives in prefs.svelte.ts. English is the source catalog: its keys are the type of
 * every message key, and zh-Hant is checked against it at compile time and by test/renderer-locales.test.ts.
 */
import en from '../locales/en.json';
import zhHant from '../locales/zh-Hant.json';

export type Locale = 'en' | 'zh-Hant';
export type MessageKey = keyof typeof en;
export type MessageParams = Record<string, string | number>;

export const LOCALES: readonly Locale[] = ['en', 'zh-Hant'];

// Assigning through Record<MessageKey, string> makes a key missing from zh-Hant a type error too.
const CATALOGS: Record<Locale, Record<MessageKey, string>> = { en, 'zh-Hant': zhHant };

/** Any Chinese OS locale gets Traditional Chinese (the only Chinese catalog); everything else English. */
export function pickLocale(osLocale: string | undefined | null): Locale {
  const tag = (osLocale ?? '').toLowerCase();
  return tag === 'zh' || tag.startsWith('zh-') || tag.startsWith('zh_') ? 'zh-Hant' : 'en';
}

export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'zh-Hant';
}

/** `{name}` placeholders are filled from params; an unknown placeholder is left visible so it gets noticed. */
export function translate(locale: Locale, key: MessageKey, params?: MessageParams): string {
  const text = CATALOGS[locale][key] ?? CATALOGS.en[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function hasKey(key: string): key is MessageKey {
  return Object.hasOwn(CATALOGS.en, key);
}
