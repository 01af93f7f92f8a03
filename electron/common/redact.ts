/**
 * One place that masks secrets. Every value that is a secret (client secret, password, passphrase,
 * session token) is registered once; every error message, log line and IPC/CLI output passes through
 * `redact()` before it leaves the process.
 */
export const MASK = '«redacted»';

// Values shorter than this would mask ordinary words; such secrets are still never printed on purpose.
const MIN_SECRET_LENGTH = 4;

export class SecretRedactor {
  private readonly secrets = new Set<string>();

  add(value: string | undefined | null): void {
    if (value && value.length >= MIN_SECRET_LENGTH) this.secrets.add(value);
  }

  forget(value: string): void {
    this.secrets.delete(value);
  }

  redact(text: string): string {
    let out = text;
    // Longest first so a secret that contains another is masked whole.
    for (const secret of [...this.secrets].sort((a, b) => b.length - a.length)) {
      for (const form of encodedForms(secret)) out = out.split(form).join(MASK);
    }
    return out;
  }

  /** Redacts an error into a plain message; never returns the stack. */
  redactError(e: unknown): string {
    const message = e instanceof Error ? e.message : String(e);
    return this.redact(message);
  }
}

/** The forms in which a secret may show up in text that passed through XML, JSON or a URL. */
function encodedForms(secret: string): string[] {
  const forms = new Set<string>([secret]);
  forms.add(JSON.stringify(secret).slice(1, -1));
  forms.add(encodeURIComponent(secret));
  forms.add(secret.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;'));
  return [...forms].filter((f) => f.length > 0);
}

/** The process-wide redactor: main process and CLI each have one. */
export const redactor = new SecretRedactor();
