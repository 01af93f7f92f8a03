import type { Settings } from '../../electron/common/ipc/contract';
import type { Message } from '../../electron/common/messages/message';
import { renderMessage } from '../../electron/common/messages/render';
import { loadCatalog, pickLocale, type Catalog, type Locale, type MessageKey, type MessageParams } from './i18n';
import { call, wizard } from './ipc';

/**
 * Language and theme: what the admin chose (saved by main in settings.json) and what applies now.
 * 'system' follows the OS: its locale for the language, prefers-color-scheme for the theme (CSS).
 * The language shown changes only once its catalog has arrived, so no text is ever shown half-way.
 */
class Prefs {
  settings = $state<Settings>({ language: 'system', theme: 'system' });
  osLocale = $state('en');
  /** The language asked for (by the settings or the OS). */
  wanted: Locale = $derived(this.settings.language === 'system' ? pickLocale(this.osLocale) : this.settings.language);
  /** The language shown: the wanted one as soon as its catalog is loaded. */
  locale = $state<Locale>('en');
  /** The shown language's catalog; null until the first one has loaded (the app shows only a spinner). */
  catalog = $state.raw<Catalog | null>(null);

  async load(): Promise<void> {
    const { settings } = await call(wizard().settings.load());
    this.settings = settings;
  }

  async save(change: Partial<Settings>): Promise<void> {
    this.settings = { ...this.settings, ...change };
    // IPC takes plain data: a $state proxy cannot be structured-cloned.
    await call(wizard().settings.save({ settings: $state.snapshot(this.settings) }));
  }

  /** Loads the wanted language's catalog and shows it, unless another language was asked for meanwhile. */
  async apply(locale: Locale = this.wanted): Promise<void> {
    const catalog = await loadCatalog(locale);
    if (locale !== this.wanted && this.catalog !== null) return;
    this.locale = locale;
    this.catalog = catalog;
  }
}

export const prefs = new Prefs();

/** Every visible string goes through here, so switching the language re-renders everything. */
export function t(key: MessageKey, params?: MessageParams): string {
  return tm(params ? { code: key, params } : { code: key });
}

/** A message from main or common (`{code, params}`) in the admin's language. */
export function tm(message: Message): string {
  return prefs.catalog ? renderMessage(prefs.locale, prefs.catalog, message) : '';
}

/** Whether the catalog has a text for `code` (e.g. a check id main may add before the renderer knows it). */
export function hasText(code: string): code is MessageKey {
  return prefs.catalog !== null && Object.hasOwn(prefs.catalog, code);
}
