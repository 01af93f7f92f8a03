import { WizardError } from '../common/errors';
import { render } from '../common/messages/catalogs';
import type { Locale } from '../common/messages/locale';
import { msg } from '../common/messages/message';
import { redactor } from '../common/redact';
import type { CliIo } from './io';

const MAX_SECRET_BYTES = 64 * 1024;

/**
 * Reads a secret from standard input: typed without echo on a terminal, or piped. One trailing newline
 * from a pipe (`echo`, here-strings) is not part of the secret. The value is registered for redaction.
 */
export async function readSecretFromStdin(io: CliIo, locale: Locale, entry: string): Promise<string> {
  const value = io.stdin.isTTY ? await readHidden(io, render(locale, msg('cli.stdin.prompt', { name: entry }))) : await readPiped(io);
  if (value === '') throw new WizardError('invalid', msg('cli.stdin.empty'));
  redactor.add(value);
  return value;
}

async function readPiped(io: CliIo): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of io.stdin) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += buf.length;
    if (size > MAX_SECRET_BYTES) throw new WizardError('invalid', msg('cli.stdin.tooLarge', { size: MAX_SECRET_BYTES / 1024 }));
    chunks.push(buf);
  }
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
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
        // Raw mode turns Ctrl+C into this character instead of a signal: same outcome, exit 130.
        if (ch === '\u0003') return done(new WizardError('cancelled', msg('cli.stdin.cancelled')));
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.on('data', onData);
  });
}

/** The example variable name each flag's hints use. */
const EXAMPLES: Record<string, string> = {
  '--password-env': 'ACC_PASSWORD',
  '--secret-env': 'IMS_CLIENT_SECRET',
  '--passphrase-env': 'ACC_IMS_PASSPHRASE',
  '--bearer-env': 'IMS_TOKEN',
};

/** A name that is shown back to the admin: only what looks like a variable name, never a typed value. */
const SHOWABLE = /^[A-Z_][A-Z0-9_]*$/;

/**
 * A secret or password from the environment variable a flag names (never from argv itself). What was
 * given is echoed only when it looks like a variable name: a value typed by mistake is never printed.
 */
export function secretFromEnv(io: CliIo, flag: string, variable: string | undefined): string | undefined {
  if (variable === undefined) return undefined;
  const example = EXAMPLES[flag] ?? 'VAR';
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(variable)) throw new WizardError('usage', msg('cli.env.valueGiven', { flag, example }));
  const value = io.env[variable];
  if (value === undefined || value === '') {
    throw new WizardError(
      'usage',
      SHOWABLE.test(variable) ? msg('cli.env.notSet', { flag, variable }) : msg('cli.env.notSetUnnamed', { flag, example }),
    );
  }
  redactor.add(value);
  return value;
}
