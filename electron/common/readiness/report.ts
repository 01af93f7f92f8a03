import type { Message } from '../messages/message';

/**
 * The sign-in readiness of an instance, shaped as `acc-ims operators --json` prints it (README, "The command line"): problems carry a short stable code and a message, rendered only at the edge.
 */

export type OperatorProblemCode = 'email-missing' | 'email-invalid' | 'email-duplicate';
export type GroupProblemCode = 'profile-admin' | 'profile-underivable' | 'group-empty';

export interface ReadinessProblem<C extends string = OperatorProblemCode | GroupProblemCode> {
  code: C;
  message: Message;
}

export interface OperatorReadiness {
  name: string;
  label: string;
  email: string;
  authentication: 'native' | 'ims';
  disabled: boolean;
  /** Internal names of the operator's groups. */
  groups: string[];
  /** Product profile names derived from those groups (groups without one are left out). */
  profiles: string[];
  problems: ReadinessProblem<OperatorProblemCode>[];
}

export interface GroupReadiness {
  name: string;
  label: string;
  profile: string | null;
  /** Members among the real operators. */
  operators: number;
  problems: ReadinessProblem<GroupProblemCode>[];
}

export interface ReadinessSummary {
  operators: number;
  native: number;
  ims: number;
  disabled: number;
  missingEmail: number;
  duplicateEmail: number;
}

export interface ReadinessReport {
  /** No enabled native operator has an e-mail problem and every group has a profile name. */
  ok: boolean;
  operators: OperatorReadiness[];
  groups: GroupReadiness[];
  summary: ReadinessSummary;
}
