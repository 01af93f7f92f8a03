import { en } from './catalog/en';
import { zhHant } from './catalog/zh-Hant';
import type { Locale } from './locale';
import type { Message } from './message';
import { renderMessage, type Catalog } from './render';

/** Both catalogs at once, for main and the CLI (the renderer loads only the active one: renderer/lib/i18n.ts). */
export const CATALOGS: Readonly<Record<Locale, Catalog>> = { en, 'zh-Hant': zhHant };

export function render(locale: Locale, message: Message): string {
  return renderMessage(locale, CATALOGS[locale], message);
}
