import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isWizardError } from '../../common/errors';
import { render } from '../../common/messages/catalogs';
import { redactor } from '../../common/redact';

export type LogLevel = 'info' | 'warn' | 'error';

export interface Logger {
  readonly file: string;
  log(level: LogLevel, message: string): void;
}

/**
 * A small log file for support ("Help > Open logs folder"): one line per event, every line through
 * the redactor, rotated to `<name>.1.log` when it passes `maxBytes` so it never grows without bound.
 * Synchronous on purpose: the few lines a session writes must survive a crash right after them.
 */
export function createLogFile(dir: string, options: { name?: string; maxBytes?: number; now?: () => Date } = {}): Logger {
  const name = options.name ?? 'main';
  const maxBytes = options.maxBytes ?? 1024 * 1024;
  const now = options.now ?? (() => new Date());
  const file = join(dir, `${name}.log`);
  const previous = join(dir, `${name}.1.log`);
  return {
    file,
    log(level, message) {
      const oneLine = redactor.redact(message).replace(/\r?\n/g, ' ⏎ ');
      const line = `${now().toISOString()} ${level.toUpperCase().padEnd(5)} ${oneLine}\n`;
      try {
        mkdirSync(dir, { recursive: true, mode: 0o700 });
        if (sizeOf(file) + Buffer.byteLength(line) > maxBytes) {
          rmSync(previous, { force: true });
          renameSync(file, previous);
        }
        appendFileSync(file, line, { mode: 0o600 });
      } catch {
        // Logging must never take the app down; a read-only disk shows up elsewhere anyway.
      }
    },
  };
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

/** An error as one log line in English: a WizardError's message rendered, anything else its text. Redacted by log(). */
export function errorText(e: unknown): string {
  if (isWizardError(e)) return render('en', e.userMessage);
  return e instanceof Error ? e.message : String(e);
}
