import { splitBySeverity, error, type Problem } from '../problems';
import { configProblems } from './check';
import { configSchema, type AccImsConfig } from './schema';

export interface ValidationResult {
  valid: boolean;
  errors: Problem[];
  warnings: Problem[];
  /** The config with defaults filled in; present only when valid. */
  config?: AccImsConfig;
}

/** A config file is a few KB; anything this large is not one. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** Checks a config (already parsed from JSON) against format v1 and every Adobe rule. Never throws. */
export function validateConfig(input: unknown): ValidationResult {
  const problems = configProblems(input);
  const { errors, warnings } = splitBySeverity(problems);
  if (errors.length > 0) return { valid: false, errors, warnings };
  const parsed = configSchema.safeParse(input);
  if (!parsed.success) {
    // The rules above are meant to catch everything the schema does; this is a safety net with paths.
    const extra = parsed.error.issues.map((i) => error(i.path.join('.'), `${i.message}. Check this field against the config format in the README.`));
    return { valid: false, errors: extra, warnings };
  }
  return { valid: true, errors, warnings, config: parsed.data as AccImsConfig };
}

/** Parses the text of a config file, then validates it. Never throws. */
export function validateConfigText(text: string): ValidationResult {
  if (text.length > MAX_CONFIG_BYTES) {
    return invalid('', `The file is ${Math.round(text.length / 1024)} KB; a config is a few KB. Check that you picked the right file.`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return invalid('', `The file is not valid JSON (${detail}). Fix the syntax, or export the config again from the wizard.`);
  }
  return validateConfig(data);
}

function invalid(path: string, message: string): ValidationResult {
  return { valid: false, errors: [error(path, message)], warnings: [] };
}
