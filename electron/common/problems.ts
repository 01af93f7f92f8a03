import { msg, type Message, type MessageCode, type ParamsArg } from './messages/message';

/** A finding about user input: where it is (dotted path) and what to do about it, as a message code. */
export type Severity = 'error' | 'warning';

export interface Problem extends Message {
  /** Dotted path of the field, e.g. `account.imsOrgId`; empty for the document itself. */
  path: string;
  severity: Severity;
}

export const error = <C extends MessageCode>(path: string, code: C, ...params: ParamsArg<C>): Problem => ({
  path,
  severity: 'error',
  ...msg(code, ...params),
});
export const warning = <C extends MessageCode>(path: string, code: C, ...params: ParamsArg<C>): Problem => ({
  path,
  severity: 'warning',
  ...msg(code, ...params),
});

export function splitBySeverity(problems: readonly Problem[]): { errors: Problem[]; warnings: Problem[] } {
  return {
    errors: problems.filter((p) => p.severity === 'error'),
    warnings: problems.filter((p) => p.severity === 'warning'),
  };
}
