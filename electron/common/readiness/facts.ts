/**
 * What is read from an instance for sign-in readiness (docs/DOMAIN.md, operators and groups): plain
 * records, every value as Campaign sends it (text), so the deciders stay pure and testable.
 */

export interface OperatorFacts {
  id: string;
  /** Login (xtk:operator/@name). */
  name: string;
  label: string;
  /** Contact e-mail as stored; empty when none. */
  email: string;
  disabled: boolean;
  /** access/@authenticationType as stored ('ims' for IMS operators; anything else is native). */
  authenticationType: string;
}

export interface GroupFacts {
  id: string;
  /** Internal name (xtk:group/@name): what the association mask captures. */
  name: string;
  label: string;
}

export interface MembershipFacts {
  operatorId: string;
  groupId: string;
}

export interface DirectoryFacts {
  operators: OperatorFacts[];
  groups: GroupFacts[];
  memberships: MembershipFacts[];
}
