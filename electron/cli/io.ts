import { redactor } from '../common/redact';

/** Everything a command touches of the outside world, so tests and the real process differ only here. */
export interface CliIo {
  out(text: string): void;
  err(text: string): void;
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (raw: boolean) => unknown };
}

export function processIo(): CliIo {
  return {
    // Every byte the CLI prints passes the redactor, so a secret that slipped into a message is masked.
    out: (text) => process.stdout.write(redactor.redact(text.endsWith('\n') ? text : `${text}\n`)),
    err: (text) => process.stderr.write(redactor.redact(text.endsWith('\n') ? text : `${text}\n`)),
    env: process.env,
    stdin: process.stdin,
  };
}
