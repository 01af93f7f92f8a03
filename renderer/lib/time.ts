import type { Locale } from './i18n';

const formats = new Map<string, Intl.DateTimeFormat>();
const CJK = /[\u3000-\u9fff\uf900-\ufaff]/;
const LATIN_OR_DIGIT = /[A-Za-z0-9]/;

/**
 * A wall-clock time in the admin's language: "08:12:09 AM", 「上午 08:12:09」. Intl writes 上午08:12:09;
 * the zh-Hant house style puts a space between Chinese and a number (docs/GLOSSARY.md), added here.
 */
export function formatTime(locale: Locale, date: Date, { seconds = true } = {}): string {
  const id = seconds ? locale : `${locale}/hm`;
  let format = formats.get(id);
  if (!format)
    formats.set(
      id,
      (format = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', ...(seconds ? { second: '2-digit' } : {}) })),
    );
  let text = '';
  for (const { value } of format.formatToParts(date)) {
    const last = text.at(-1) ?? '';
    const first = value[0] ?? '';
    if ((CJK.test(last) && LATIN_OR_DIGIT.test(first)) || (LATIN_OR_DIGIT.test(last) && CJK.test(first))) text += ' ';
    text += value;
  }
  return text;
}
