import { msg, type Message } from '../messages/message';
import type { CheckResult } from './types';

/**
 * Internal ids that "Integration with the Adobe Experience Cloud" may be installed under. UNCONFIRMED by
 * Adobe (docs/DOMAIN.md, the package section): `nms:amp` may just as well be "AMP support", so an id match
 * alone only makes the package likely.
 */
export const KNOWN_AEC_PACKAGE_IDS: readonly string[] = ['nms:amp'];

/** Workflows the integration installs by default (Adobe: "Integrations with Adobe Experience Cloud solutions"): the evidence. */
export const AEC_WORKFLOWS: readonly string[] = ['importSharedAudience', 'exportSharedAudience'];

/** What the package check rests on: the integration's workflows, a candidate package id, or nothing. */
export type PackageEvidenceKind = 'workflows' | 'package-id' | 'none';

/** What the check report records about the package (IPC `packages`, the desktop's Package step). */
export interface PackageEvidence {
  /** Installed packages as `namespace:name`, sorted; empty when the instance gave no list. */
  installed: string[];
  /** Candidate ids among them. */
  matched: string[];
  evidence: PackageEvidenceKind;
  /** The integration's workflows found on the instance. */
  workflows: string[];
  /** False when the logon gave no package list (an IMS bearer-token logon). */
  packageListRead: boolean;
}

export interface PackageFacts {
  /** Installed packages; null when the logon gave no list (IMS bearer token: only Logon methods report them). */
  installed: readonly string[] | null;
  /** Internal names of the integration's workflows found; null when they could not be read (`workflowsError` says why). */
  workflows: readonly string[] | null;
  workflowsError?: Message;
}

/** `package`: is "Integration with the Adobe Experience Cloud" installed? `facts` is null without a logon. */
export function decidePackage(
  facts: PackageFacts | null,
  knownIds: readonly string[] = KNOWN_AEC_PACKAGE_IDS,
): CheckResult & { packages: PackageEvidence | null } {
  if (facts === null) return { id: 'package', status: 'skip', message: msg('check.package.needsLogon'), packages: null };
  const installed = [...(facts.installed ?? [])].sort();
  const matched = knownIds.filter((id) => installed.includes(id));
  const workflows = AEC_WORKFLOWS.filter((w) => facts.workflows?.includes(w));
  const installedText: Message =
    facts.installed === null
      ? msg('check.package.noList')
      : installed.length
        ? msg('check.package.installedList', { ids: installed })
        : msg('check.package.installedNone');
  const record = (evidence: PackageEvidenceKind): PackageEvidence => ({
    installed,
    matched,
    evidence,
    workflows,
    packageListRead: facts.installed !== null,
  });

  if (workflows.length > 0) {
    return {
      id: 'package',
      status: 'pass',
      message: msg('check.package.workflows', { workflows, installed: installedText }),
      packages: record('workflows'),
    };
  }
  const workflowsText: Message =
    facts.workflows === null
      ? msg('check.package.workflowsUnread', { reason: facts.workflowsError ?? msg('check.package.workflowsUnknown') })
      : msg('check.package.workflowsMissing', { workflows: [...AEC_WORKFLOWS] });
  if (matched.length > 0) {
    return {
      id: 'package',
      status: 'warn',
      message: msg('check.package.idOnly', { ids: matched, workflows: workflowsText, installed: installedText }),
      packages: record('package-id'),
    };
  }
  return {
    id: 'package',
    status: 'fail',
    message: msg('check.package.none', { ids: [...knownIds], workflows: workflowsText, installed: installedText }),
    packages: record('none'),
  };
}
