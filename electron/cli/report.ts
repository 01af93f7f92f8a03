import type { Problem } from '../common/problems';

/** Problems as readable lines: "error   account.imsOrgId: message". */
export function formatProblems(problems: readonly Problem[]): string[] {
  return problems.map((p) => `${p.severity === 'error' ? 'error  ' : 'warning'}  ${p.path || '(file)'}: ${p.message}`);
}

export const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
