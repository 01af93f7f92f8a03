/**
 * The renderer's side of the message catalogs (electron/common/messages): the same render function as
 * the CLI, but each catalog is its own chunk, fetched when its language is first shown, so the first
 * step downloads and parses one language only. The reactive "current language" lives in prefs.svelte.ts.
 */
import { isLocale, LOCALES, pickLocale, type Locale } from '../../electron/common/messages/locale';
import type { AppMessageCode } from '../../electron/common/messages/catalog/en/app';
import type { ParamValue } from '../../electron/common/messages/message';
import type { Entry } from '../../electron/common/messages/render';

export { isLocale, LOCALES, pickLocale, type Locale };
/** The desktop's catalog: every code but the CLI's own texts (main never sends one: test/messages-catalog.test.ts). */
export type Catalog = Readonly<Record<AppMessageCode, Entry>>;
export type MessageKey = AppMessageCode;
export type MessageParams = Record<string, ParamValue>;

// Dynamic imports: Vite emits one chunk per catalog, outside the start-up bundle.
const LOADERS: Record<Locale, () => Promise<Catalog>> = {
  en: () => import('../../electron/common/messages/catalog/en/app').then((m) => m.enApp),
  'zh-Hant': () => import('../../electron/common/messages/catalog/zh-Hant/app').then((m) => m.zhHantApp),
};

const loading = new Map<Locale, Promise<Catalog>>();

/** The catalog of one language, fetched once (a failed fetch is retried on the next call). */
export function loadCatalog(locale: Locale): Promise<Catalog> {
  let pending = loading.get(locale);
  if (!pending) {
    pending = LOADERS[locale]().catch((e: unknown) => {
      loading.delete(locale);
      throw e;
    });
    loading.set(locale, pending);
  }
  return pending;
}
