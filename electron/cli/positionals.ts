import { WizardError } from '../common/errors';

/** The one FILE argument a command takes; a clear usage error for none or several. */
export function requireOnePositional(positionals: string[], command: string, name: string): string {
  if (positionals.length === 0) throw new WizardError('usage', `${name} is missing. Usage: acc-ims ${command} ${name} … (see "acc-ims ${command} --help").`);
  if (positionals.length > 1) {
    throw new WizardError('usage', `expected one ${name}, got ${positionals.length} (${positionals.join(' ')}). Quote paths with spaces.`);
  }
  return positionals[0]!;
}
