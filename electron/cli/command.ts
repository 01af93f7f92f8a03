import type { ParseArgsConfig } from 'node:util';
import type { WizardErrorKind } from '../common/errors';
import type { Locale } from '../common/messages/locale';
import type { CliIo } from './io';
import type { Text } from './speak';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;
export type OptionValues = Record<string, string | boolean | string[] | boolean[] | undefined>;

export interface CommandContext {
  positionals: string[];
  values: OptionValues;
  io: CliIo;
  /** The admin's language: --lang, else LC_ALL / LC_MESSAGES / LANG. */
  locale: Locale;
  /** --json was given: stdout carries exactly one JSON document. */
  json: boolean;
}

/** One `acc-ims` sub-command. `run` returns the exit code; user errors are thrown as WizardError. */
export interface CliCommand {
  name: string;
  summary: Text;
  /** Full `--help` text: usage line (every option), description, exit codes, an example. */
  help: Text;
  options: OptionSpec;
  /** The keys `--json` always carries when the command fails before its result (e.g. `{valid: false, errors: []}`). */
  jsonOnFailure?: Record<string, unknown>;
  run(ctx: CommandContext): Promise<number>;
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;
/** 128 + SIGINT, what shells report for Ctrl+C. */
export const EXIT_INTERRUPTED = 130;

/** Exit codes (README, "The command line"): 1 when the input or the instance said no, 2 when we could not even ask. */
export function exitCodeForKind(kind: WizardErrorKind): number {
  switch (kind) {
    case 'invalid':
    case 'refused':
    case 'keychain':
      return EXIT_FAILED;
    case 'cancelled':
      return EXIT_INTERRUPTED;
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
