import type { FormCheck } from '../../electron/common/wizard/form-check';
import type { Problem } from '../../electron/common/problems';
import { tm } from './prefs.svelte';

/** The errors and warnings of one config field (dotted path), in the admin's language. */
export function fieldProblems(validation: FormCheck, path: string): { errors: string[]; warnings: string[] } {
  const at = (list: Problem[]) => list.filter((p) => p.path === path || p.path.startsWith(`${path}.`)).map(tm);
  return { errors: at(validation.errors), warnings: at(validation.warnings) };
}
