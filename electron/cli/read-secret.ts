import { WizardError } from '../common/errors';
import { redactor } from '../common/redact';
import type { CliIo } from './io';

const MAX_SECRET_BYTES = 64 * 1024;

/**
 * Reads a secret from standard input: typed without echo on a terminal, or piped. One trailing newline
 * from a pipe (`echo`, here-strings) is not part of the secret. The value is registered for redaction.
 */
export async function readSecretFromStdin(io: CliIo, prompt: string): Promise<string> {
  const value = io.stdin.isTTY ? await readHidden(io, prompt) : await readPiped(io);
  if (value === '') throw new WizardError('invalid', 'The secret read from standard input is empty; nothing was stored. Pipe it in, e.g. printf %s "$SECRET" | acc-ims secret set NAME.');
  redactor.add(value);
  return value;
}

async function readPiped(io: CliIo): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of io.stdin) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > MAX_SECRET_BYTES) throw new WizardError('invalid', `Standard input is larger than ${MAX_SECRET_BYTES / 1024} KB; that is not a secret. Pipe only the secret value.`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8').replace(/\r?\n$/, '');
}

function readHidden(io: CliIo, prompt: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = io.stdin;
    io.err(prompt);
    stdin.setRawMode?.(true);
    stdin.resume();
    let value = '';
    const done = (result: Error | string) => {
      stdin.setRawMode?.(false);
      stdin.pause();
      stdin.removeListener('data', onData);
      io.err('');
      if (typeof result === 'string') resolve(result);
      else reject(result);
    };
    const onData = (data: Buffer | string) => {
      for (const ch of data.toString('utf8')) {
        if (ch === '\r' || ch === '\n' || ch === '\u0004') return done(value);
        if (ch === '\u0003') return done(new WizardError('cancelled', 'Cancelled; nothing was stored.'));
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.on('data', onData);
  });
}

/** A secret or password from the environment variable a flag names (never from argv itself). */
export function secretFromEnv(io: CliIo, flag: string, variable: string | undefined): string | undefined {
  if (variable === undefined) return undefined;
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(variable)) {
    throw new WizardError('usage', `${flag} takes the NAME of an environment variable (e.g. ${flag} ACC_PASSWORD), not the value itself.`);
  }
  const value = io.env[variable];
  if (value === undefined || value === '') throw new WizardError('usage', `${flag} ${variable}: the environment variable ${variable} is not set or empty. Export it first.`);
  redactor.add(value);
  return value;
}
