import type { Settings } from '../../electron/common/ipc/contract';
import { pickLocale, translate, type Locale, type MessageKey, type MessageParams } from './i18n';
import { call, wizard } from './ipc';

/**
 * Language and theme: what the admin chose (saved by main in settings.json) and what applies now.
 * 'system' follows the OS: its locale for the language, prefers-color-scheme for the theme (CSS).
 */
class Prefs {
  settings = $state<Settings>({ language: 'system', theme: 'system' });
  osLocale = $state('en');
  locale: Locale = $derived(this.settings.language === 'system' ? pickLocale(this.osLocale) : this.settings.language);

  async load(): Promise<void> {
    const { settings } = await call(wizard().settings.load());
    this.settings = settings;
  }

  async save(change: Partial<Settings>): Promise<void> {
    this.settings = { ...this.settings, ...change };
    // IPC takes plain data: a $state proxy cannot be structured-cloned.
    await call(wizard().settings.save({ settings: $state.snapshot(this.settings) }));
  }
}

export const prefs = new Prefs();

/** Every visible string goes through here, so switching the language re-renders everything. */
export function t(key: MessageKey, params?: MessageParams): string {
  return translate(prefs.locale, key, params);
}
