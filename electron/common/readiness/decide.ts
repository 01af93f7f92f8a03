import { msg, type Message } from '../messages/message';
import { emailKey, isValidEmail } from './email';
import type { DirectoryFacts, OperatorFacts } from './facts';
import { profileNameFor, type MaskTemplate } from './profile-name';
import type { GroupProblemCode, GroupReadiness, OperatorReadiness, ReadinessProblem, ReadinessReport } from './report';

/**
 * Decides sign-in readiness from what was read (docs/DOMAIN.md, after the account): each operator's
 * authentication and e-mail problems, each group's product profile name, and whether the instance is
 * ready (no enabled native operator with an e-mail problem, every group with a profile name).
 */

export type UsableTemplate = Exclude<MaskTemplate, { ok: false }>;

/** IMS operators store "ims" (any case); the native value is unconfirmed, so anything else is native. */
export const authenticationOf = (o: Pick<OperatorFacts, 'authenticationType'>): 'native' | 'ims' =>
  o.authenticationType.trim().toLowerCase() === 'ims' ? 'ims' : 'native';

/** Groups whose internal names appear more than once (impossible on a real instance: the name is the key). */
export function duplicateGroupNames(facts: Pick<DirectoryFacts, 'groups'>): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const g of facts.groups) (seen.has(g.name) ? dup : seen).add(g.name);
  return [...dup];
}

/** A group's profile name and its own problems; `members` is unknown offline (a pasted list of names). */
export function groupFindings(
  template: UsableTemplate,
  name: string,
  members?: number,
): { profile: string | null; problems: ReadinessProblem<GroupProblemCode>[] } {
  const problems: ReadinessProblem<GroupProblemCode>[] = [];
  const derived = profileNameFor(template, name);
  const profile = derived.ok ? derived.profile : null;
  if (!derived.ok)
    problems.push({ code: 'profile-underivable', message: msg('readiness.profile-underivable', { group: name, reason: derived.reason }) });
  // Adobe: any product profile with "admin" in its name grants Control Panel access.
  if (profile !== null && /admin/i.test(profile))
    problems.push({ code: 'profile-admin', message: msg('readiness.profile-admin', { group: name, profile }) });
  if (members === 0) problems.push({ code: 'group-empty', message: msg('readiness.group-empty', { group: name }) });
  return { profile, problems };
}

export function decideReadiness(facts: DirectoryFacts, template: UsableTemplate): ReadinessReport {
  const groupsById = new Map(facts.groups.map((g) => [g.id, g]));
  const operatorIds = new Set(facts.operators.map((o) => o.id));
  const groupIdsOf = new Map<string, string[]>();
  const members = new Map<string, number>();
  for (const m of facts.memberships) {
    // Memberships of group records stored as operators (@type 1) and of unknown groups are not real ones.
    if (!operatorIds.has(m.operatorId) || !groupsById.has(m.groupId)) continue;
    const list = groupIdsOf.get(m.operatorId) ?? [];
    if (list.includes(m.groupId)) continue;
    if (list.length === 0) groupIdsOf.set(m.operatorId, list);
    list.push(m.groupId);
    members.set(m.groupId, (members.get(m.groupId) ?? 0) + 1);
  }

  const groups: GroupReadiness[] = facts.groups.map((g) => {
    const count = members.get(g.id) ?? 0;
    return { name: g.name, label: g.label, ...groupFindings(template, g.name, count), operators: count };
  });
  const profileOf = new Map(facts.groups.map((g, i) => [g.id, groups[i]!.profile]));

  const sharing = new Map<string, string[]>();
  for (const o of facts.operators) {
    if (o.email.trim() === '') continue;
    const key = emailKey(o.email);
    sharing.set(key, [...(sharing.get(key) ?? []), o.name]);
  }

  const operators: OperatorReadiness[] = facts.operators.map((o) => {
    const ids = groupIdsOf.get(o.id) ?? [];
    const problems: OperatorReadiness['problems'] = [];
    if (o.email.trim() === '') problems.push({ code: 'email-missing', message: msg('readiness.email-missing', { login: o.name }) });
    else {
      if (!isValidEmail(o.email))
        problems.push({ code: 'email-invalid', message: msg('readiness.email-invalid', { login: o.name, email: o.email }) });
      const others = sharing.get(emailKey(o.email))!.filter((n) => n !== o.name);
      if (others.length > 0) problems.push({ code: 'email-duplicate', message: duplicateMessage(o, others) });
    }
    return {
      name: o.name,
      label: o.label,
      email: o.email,
      authentication: authenticationOf(o),
      disabled: o.disabled,
      groups: ids.map((id) => groupsById.get(id)!.name),
      profiles: ids.map((id) => profileOf.get(id)).filter((p): p is string => typeof p === 'string'),
      problems,
    };
  });

  const has = (o: OperatorReadiness, code: string) => o.problems.some((p) => p.code === code);
  const blocking = operators.some((o) => !o.disabled && o.authentication === 'native' && o.problems.length > 0);
  return {
    ok: !blocking && groups.every((g) => g.profile !== null),
    operators,
    groups,
    summary: {
      operators: operators.length,
      native: operators.filter((o) => o.authentication === 'native').length,
      ims: operators.filter((o) => o.authentication === 'ims').length,
      disabled: operators.filter((o) => o.disabled).length,
      missingEmail: operators.filter((o) => has(o, 'email-missing')).length,
      duplicateEmail: operators.filter((o) => has(o, 'email-duplicate')).length,
    },
  };
}

const MAX_NAMED = 5;

function duplicateMessage(o: OperatorFacts, others: string[]): Message {
  if (others.length <= MAX_NAMED) return msg('readiness.email-duplicate', { login: o.name, email: o.email, others });
  return msg('readiness.email-duplicate-many', {
    login: o.name,
    email: o.email,
    others: others.slice(0, MAX_NAMED),
    count: others.length - MAX_NAMED,
  });
}
