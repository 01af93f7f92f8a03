import type { Message, ParamValue } from './messages/message';

/**
 * One place that masks secrets. Every value that is a secret (client secret, password, passphrase,
 * session token) is registered once; every error message, log line and IPC/CLI output passes through
 * `redact()` before it leaves the process.
 */
export const MASK = '«redacted»';

// Values shorter than this would mask ordinary words; such secrets are still never printed on purpose.
const MIN_SECRET_LENGTH = 4;

export class SecretRedactor {
  /** Each secret with the pattern that finds it in any of its encodings. */
  private readonly secrets = new Map<string, RegExp>();

  add(value: string | undefined | null): void {
    if (value && value.length >= MIN_SECRET_LENGTH && !this.secrets.has(value)) this.secrets.set(value, secretPattern(value));
  }

  forget(value: string): void {
    this.secrets.delete(value);
  }

  redact(text: string): string {
    let out = text;
    // Longest first so a secret that contains another is masked whole.
    for (const [, pattern] of [...this.secrets].sort(([a], [b]) => b.length - a.length)) out = out.replace(pattern, MASK);
    return out;
  }

  /** The same message with every string param redacted, however deeply nested (lists, inner messages). */
  redactMessage<M extends Message>(message: M): M {
    if (message.params === undefined) return message;
    const param = (value: ParamValue): ParamValue => {
      if (typeof value === 'string') return this.redact(value);
      if (typeof value === 'number') return value;
      if (Array.isArray(value)) return value.map((item: string | number | Message) => param(item) as string | number | Message);
      return this.redactMessage(value as Message);
    };
    return { ...message, params: Object.fromEntries(Object.entries(message.params).map(([name, value]) => [name, param(value)])) };
  }

  /** Redacts an error into a plain message; never returns the stack. */
  redactError(e: unknown): string {
    const message = e instanceof Error ? e.message : String(e);
    return this.redact(message);
  }
}

const NAMED_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/**
 * A pattern matching the secret however text that passed through XML, HTML, JSON or a URL (query or form
 * `+` encoding) wrote each of its characters, mixed freely: as is, `&#NN;`, `&#xNN;`, a named entity,
 * `%XX` bytes or a JSON escape. A server that echoes the secret encodes it in ways no list of whole forms
 * foresees.
 */
function secretPattern(secret: string): RegExp {
  return new RegExp([...secret].map((c) => `(?:${characterForms(c).join('|')})`).join(''), 'g');
}

function characterForms(c: string): string[] {
  const code = c.codePointAt(0)!;
  const anyCase = (hex: string) => hex.replace(/[a-f]/gi, (h) => `[${h.toLowerCase()}${h.toUpperCase()}]`);
  const forms = [
    escapeRegExp(c),
    `&#0*${code};`,
    `&#[xX]0*${anyCase(code.toString(16))};`,
    [...new TextEncoder().encode(c)].map((b) => `%${anyCase(b.toString(16).padStart(2, '0'))}`).join(''),
    escapeRegExp(JSON.stringify(c).slice(1, -1)),
    // JSON's \uXXXX, per UTF-16 unit (a character outside the BMP is two).
    Array.from({ length: c.length }, (_, i) => `\\\\u${anyCase(c.charCodeAt(i).toString(16).padStart(4, '0'))}`).join(''),
  ];
  if (NAMED_ENTITIES[c]) forms.push(escapeRegExp(NAMED_ENTITIES[c]));
  if (c === ' ') forms.push('\\+');
  return [...new Set(forms.filter((f) => f !== ''))];
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The process-wide redactor: main process and CLI each have one. */
export const redactor = new SecretRedactor();

/** Shorthand for `redactor.redactMessage`: every message that leaves main or the CLI goes through it. */
export const redactMessage = <M extends Message>(message: M): M => redactor.redactMessage(message);
