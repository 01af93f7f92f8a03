/** A finding about user input: where it is (dotted path) and what to do about it. */
export type Severity = 'error' | 'warning';

export interface Problem {
  /** Dotted path of the field, e.g. `account.imsOrgId`; empty for the document itself. */
  path: string;
  message: string;
  severity: Severity;
}

export const error = (path: string, message: string): Problem => ({ path, message, severity: 'error' });
export const warning = (path: string, message: string): Problem => ({ path, message, severity: 'warning' });

export function splitBySeverity(problems: readonly Problem[]): { errors: Problem[]; warnings: Problem[] } {
  return {
    errors: problems.filter((p) => p.severity === 'error'),
    warnings: problems.filter((p) => p.severity === 'warning'),
  };
}
