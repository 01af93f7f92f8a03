import { WizardError } from '../common/errors';
import { msg } from '../common/messages/message';

/** What a command takes, for "takes one FILE, and 2 more arguments were given". */
type Expected =
  'cli.usage.expected.oneFile' | 'cli.usage.expected.optionalFile' | 'cli.usage.expected.secretName' | 'cli.usage.expected.nothing';

/** Too many arguments: says how many, never what they were (a value typed by mistake may be a secret). */
export function unexpectedArguments(command: string, expected: Expected, count: number): WizardError {
  return new WizardError('usage', msg('cli.usage.unexpectedArguments', { command, expected: msg(expected), count }));
}

/** The one FILE argument a command takes; a clear usage error for none or several. */
export function requireOnePositional(positionals: string[], command: string, name = 'FILE'): string {
  if (positionals.length === 0) throw new WizardError('usage', msg('cli.usage.fileMissing', { name, command }));
  if (positionals.length > 1) throw unexpectedArguments(command, 'cli.usage.expected.oneFile', positionals.length - 1);
  return positionals[0]!;
}

/** At most one FILE (check's optional config). */
export function optionalPositional(positionals: string[], command: string): string | undefined {
  if (positionals.length > 1) throw unexpectedArguments(command, 'cli.usage.expected.optionalFile', positionals.length - 1);
  return positionals[0];
}
