/** The languages the app and the CLI speak. English is the source; zh-Hant is complete. */
export type Locale = 'en' | 'zh-Hant';
export const LOCALES: readonly Locale[] = ['en', 'zh-Hant'];

export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'zh-Hant';
}

/** The desktop follows the OS: any Chinese OS locale gets Traditional Chinese (the only Chinese catalog). */
export function pickLocale(osLocale: string | undefined | null): Locale {
  const tag = (osLocale ?? '').toLowerCase();
  return tag === 'zh' || tag.startsWith('zh-') || tag.startsWith('zh_') ? 'zh-Hant' : 'en';
}

/**
 * The CLI follows POSIX: the first of LC_ALL, LC_MESSAGES, LANG that is set decides. Taiwan, Hong Kong,
 * Macau and explicit Hant tags get zh-Hant; anything else (zh_CN included: no Simplified catalog) English.
 */
export function localeFromEnv(env: Readonly<Record<string, string | undefined>>): Locale {
  const value = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((v) => v !== undefined && v !== '') ?? '';
  const tag = value.split(/[.@]/)[0]!.replace(/_/g, '-').toLowerCase();
  return /^zh-(tw|hk|mo|hant)(-|$)/.test(tag) ? 'zh-Hant' : 'en';
}

/** `--lang` accepts the two locale names, case-insensitively, and the usual zh-TW/zh-HK spellings. */
export function parseLangOption(value: string): Locale | undefined {
  const tag = value.replace(/_/g, '-').toLowerCase();
  if (tag === 'en' || tag.startsWith('en-')) return 'en';
  if (/^zh-(tw|hk|mo|hant)(-|$)/.test(tag)) return 'zh-Hant';
  return undefined;
}
