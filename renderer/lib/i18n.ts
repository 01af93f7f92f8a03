/**
 * The renderer's side of the message catalogs (electron/common/messages): the same render function as
 * the CLI, but each catalog is its own chunk, fetched when its language is first shown, so the first
 * step downloads and parses one language only. The reactive "current language" lives in prefs.svelte.ts.
 */
import { isLocale, LOCALES, pickLocale, type Locale } from '../../electron/common/messages/locale';
import type { MessageCode, ParamValue } from '../../electron/common/messages/message';
import type { Catalog } from '../../electron/common/messages/render';

export { isLocale, LOCALES, pickLocale, type Catalog, type Locale };
export type MessageKey = MessageCode;
export type MessageParams = Record<string, ParamValue>;

// Dynamic imports: Vite emits one chunk per catalog, outside the start-up bundle.
const LOADERS: Record<Locale, () => Promise<Catalog>> = {
  en: () => import('../../electron/common/messages/catalog/en/index').then((m) => m.en),
  'zh-Hant': () => import('../../electron/common/messages/catalog/zh-Hant/index').then((m) => m.zhHant),
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
