import { CATALOGS, render } from '../common/messages/catalogs';
import type { Locale } from '../common/messages/locale';
import { isMessage, msg, type Message, type MessageCode } from '../common/messages/message';

/**
 * What the CLI prints: a message rendered in the admin's language. Plain text is still accepted because
 * some areas hand over English sentences until they produce messages; it is printed as is.
 */
export type Text = Message | string;

/** `code` in `--json` for text that has no message code yet (see Text). */
export const TEXT_CODE = 'text';

/**
 * Messages of other areas that name the desktop wizard's steps: the CLI says them in its own words (same
 * params). `--json` keeps their own code.
 */
const CLI_WORDS: Readonly<Record<string, MessageCode>> = {
  'keychain.missingEntry': 'cli.words.keychain.missingEntry',
  'handover.export.bundleNoSecret': 'cli.words.handover.bundleNoSecret',
  'handover.import.packageSecretSkipped': 'cli.words.handover.packageSecretSkipped',
  'handover.import.noSecretCarried': 'cli.words.handover.noSecretCarried',
  'handover.moreProblems': 'cli.words.handover.moreProblems',
};

export interface Said {
  code: string;
  message: string;
}

/** A message (or plain text) in the given language, with the stable code `--json` prints next to it. */
export function describe(locale: Locale, value: unknown): Said {
  if (typeof value === 'string') return { code: TEXT_CODE, message: value };
  if (isMessage(value)) {
    // A sentence in the code slot (a message built before its area had codes) is shown as the sentence.
    if (!Object.hasOwn(CATALOGS.en, value.code)) return { code: TEXT_CODE, message: value.code };
    const words = CLI_WORDS[value.code];
    return { code: value.code, message: render(locale, words ? { ...value, code: words } : value) };
  }
  return { code: TEXT_CODE, message: String(value) };
}

export const say = (locale: Locale, value: unknown): string => describe(locale, value).message;

/** "note: …" / "warning: …" lines on stderr, labelled in the admin's language. */
export const noteLine = (locale: Locale, value: unknown): string => render(locale, msg('cli.label.note', { text: say(locale, value) }));
export const warningLine = (locale: Locale, value: unknown): string =>
  render(locale, msg('cli.label.warning', { text: say(locale, value) }));

/** Plain text where a message is expected, until its area produces messages (see Text). */
export const asMessage = (value: Text): Message => value as Message;
