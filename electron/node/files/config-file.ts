import { MAX_CONFIG_BYTES, validateConfigText, type ValidationResult } from '../../common/config/validate';
import { writeFileAtomic } from './atomic-write';
import type { AccImsConfig } from '../../common/config/schema';
import { readFileCapped } from './read-file';

/** Reads and validates a config file. Unreadable → WizardError('io'); unreadable as a config → an invalid result. */
export async function loadConfigFile(path: string): Promise<ValidationResult> {
  const bytes = await readFileCapped(path, MAX_CONFIG_BYTES, 'config');
  return validateConfigText(bytes.toString('utf8'));
}

/** The config file text as the wizard writes it: stable key order, two-space indent, final newline. */
export function serializeConfig(config: AccImsConfig): string {
  return `${JSON.stringify(config, null, 2)}\n`;
}

export async function saveConfigFile(path: string, config: AccImsConfig): Promise<void> {
  await writeFileAtomic(path, serializeConfig(config), { mode: 0o644 });
}
