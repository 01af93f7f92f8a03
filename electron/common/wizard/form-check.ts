import { configProblems } from '../config/check';
import { splitBySeverity, type Problem } from '../problems';

/**
 * The form's verdict as the admin types: Adobe's rules without the schema parse, so the renderer needs
 * no zod. A config with no rule error is what main's validateConfig accepts too (the schema is only a
 * safety net there), and main re-validates before anything is exported or pushed.
 */
export interface FormCheck {
  valid: boolean;
  errors: Problem[];
  warnings: Problem[];
}

export function checkForm(config: Record<string, unknown>): FormCheck {
  const { errors, warnings } = splitBySeverity(configProblems(config));
  return { valid: errors.length === 0, errors, warnings };
}
