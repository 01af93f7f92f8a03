import type { Problem } from '../../electron/common/problems';

/** A rule's message in the admin's language. */
export function localizeProblem(problem: Problem): string {
  return problem.message;
}

/** A mask tester explanation in the admin's language. */
export function localizeMaskReason(reason: string): string {
  return reason;
}
