import { splitBySeverity, error, type Problem } from '../problems';
import { configProblems } from './check';
import { configSchema, schemaProblem, type AccImsConfig } from './schema';

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
    const extra = parsed.error.issues.map((issue) => schemaProblem(issue, input));
    return { valid: false, errors: extra, warnings };
  }
  return { valid: true, errors, warnings, config: parsed.data as AccImsConfig };
}

/** Parses the text of a config file, then validates it. Never throws. */
export function validateConfigText(text: string): ValidationResult {
  if (text.length > MAX_CONFIG_BYTES) {
    return invalid(error('', 'rule.document.tooLarge', { kb: Math.round(text.length / 1024) }));
  }
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return invalid(error('', 'rule.document.notJson', { detail }));
  }
  return validateConfig(data);
}

function invalid(problem: Problem): ValidationResult {
  return { valid: false, errors: [problem], warnings: [] };
}
