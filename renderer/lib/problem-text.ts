import type { Problem } from '../../electron/common/problems';
import { prefs } from './prefs.svelte';
import { localizeMessage } from './problem-shapes';

/** A rule's message in the admin's language. */
export function localizeProblem(problem: Problem): string {
  return localizeMessage(problem.message, prefs.locale);
}

/** Any other rule text from common (a mask tester explanation, a build verdict), in the admin's language. */
export function localizeText(reason: string): string {
  return localizeMessage(reason, prefs.locale);
}
