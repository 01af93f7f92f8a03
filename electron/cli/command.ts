import type { ParseArgsConfig } from 'node:util';
import type { WizardErrorKind } from '../common/errors';
import type { CliIo } from './io';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;
export type OptionValues = Record<string, string | boolean | string[] | boolean[] | undefined>;

export interface CommandContext {
  positionals: string[];
  values: OptionValues;
  io: CliIo;
}

/** One `acc-ims` sub-command. `run` returns the exit code; user errors are thrown as WizardError. */
export interface CliCommand {
  name: string;
  summary: string;
  /** Full `--help` text: usage line, description, options, exit codes, an example. */
  help: string;
  options: OptionSpec;
  run(ctx: CommandContext): Promise<number>;
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** DESIGN.md exit codes: 1 when the input or the instance said no, 2 when we could not even ask. */
export function exitCodeForKind(kind: WizardErrorKind): number {
  switch (kind) {
    case 'invalid':
    case 'refused':
    case 'keychain':
    case 'cancelled':
      return EXIT_FAILED;
    case 'usage':
    case 'io':
    case 'connection':
      return EXIT_USAGE;
  }
}

export function stringOption(values: OptionValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' ? v : undefined;
}
