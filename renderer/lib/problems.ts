import type { FormCheck } from '../../electron/common/wizard/form-check';
import type { Problem } from '../../electron/common/problems';
import { tm } from './prefs.svelte';

/** The errors and warnings of one config field (dotted path), in the admin's language; `hidden` drops warnings marked as intended. */
export function fieldProblems(
  validation: FormCheck,
  path: string,
  hidden: (warning: Problem) => boolean = () => false,
): { errors: string[]; warnings: string[] } {
  const at = (list: Problem[]) => list.filter((p) => p.path === path || p.path.startsWith(`${path}.`));
  return {
    errors: at(validation.errors).map(tm),
    warnings: at(validation.warnings)
      .filter((w) => !hidden(w))
      .map(tm),
  };
}
