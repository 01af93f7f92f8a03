import type { CheckReport, PushReport } from '../ipc/contract';
import { WIZARD_STEP_IDS, type WizardStepId } from './step-ids';

/**
 * The wizard's steps as one closed set, and when each may be left with Next. Pure, so the rules are
 * unit-tested here and the Svelte store only asks. Adding a step to WIZARD_STEP_IDS breaks the
 * exhaustive switch below until its rule is written.
 */

export type Mode = 'online' | 'offline';

/** Checklist items of the Prerequisites step (Adobe's "Configuring IMS" page, part 1 and 2). */
export const PREREQUISITES = ['org', 'users', 'groups', 'console'] as const;
export type Prerequisite = (typeof PREREQUISITES)[number];

/** Everything the step rules look at. */
export interface StepFacts {
  mode: Mode | null;
  profile: string;
  prerequisites: Record<Prerequisite, boolean>;
  /** Online: the last instance check (null until run). */
  check: CheckReport | null;
  /** Offline: the server build the admin entered, as text. */
  serverBuild: string;
  consoleBuild: string;
  /** The admin confirmed the package by hand (offline, or when the package id was not recognised). */
  packageConfirmed: boolean;
  /** validateConfig(...).valid for the form's config. */
  configValid: boolean;
  /** Online: the dry-run diff of the Review step (null until compared). */
  plan: PushReport | null;
  /** Online: the push report; offline: the path of the last export. */
  pushed: PushReport | null;
  exportedTo: string | null;
}

/** Why a step cannot be left yet: ids the UI translates (`blocked.<id>` in the locale files). */
export type BlockReason =
  | 'choose-mode'
  | 'profile-name'
  | 'tick-prerequisites'
  | 'run-check'
  | 'check-failed'
  | 'enter-builds'
  | 'confirm-package'
  | 'fix-account'
  | 'compare-first'
  | 'push-first'
  | 'export-first';

export type StepVerdict = { valid: true } | { valid: false; reason: BlockReason };

const OK: StepVerdict = { valid: true };
const blocked = (reason: BlockReason): StepVerdict => ({ valid: false, reason });

/** Checks that must not fail before the configuration makes sense for this instance. */
export const BLOCKING_CHECKS = ['reachable', 'server-build', 'console-build', 'logon'] as const;

export const PROFILE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,63}$/;

export function stepVerdict(step: WizardStepId, facts: StepFacts): StepVerdict {
  switch (step) {
    case 'start':
      if (!facts.mode) return blocked('choose-mode');
      return PROFILE_NAME.test(facts.profile) ? OK : blocked('profile-name');
    case 'prerequisites':
      return PREREQUISITES.every((p) => facts.prerequisites[p]) ? OK : blocked('tick-prerequisites');
    case 'instance':
      if (facts.mode === 'online') {
        if (!facts.check) return blocked('run-check');
        return facts.check.checks.some((c) => (BLOCKING_CHECKS as readonly string[]).includes(c.id) && c.status === 'fail')
          ? blocked('check-failed')
          : OK;
      }
      return /^\d{1,5}$/.test(facts.serverBuild.trim()) && /^\d{1,5}$/.test(facts.consoleBuild.trim()) ? OK : blocked('enter-builds');
    case 'package':
      return packageFound(facts.check) || facts.packageConfirmed ? OK : blocked('confirm-package');
    case 'account':
      return facts.configValid ? OK : blocked('fix-account');
    case 'review':
      if (!facts.configValid) return blocked('fix-account');
      return facts.mode === 'online' && !facts.plan ? blocked('compare-first') : OK;
    case 'output':
      if (facts.mode === 'online') return facts.pushed?.ok ? OK : blocked('push-first');
      return facts.exportedTo ? OK : blocked('export-first');
    case 'readiness':
      // Optional: the admin may finish before every operator is ready (docs/DOMAIN.md, after the account).
      return OK;
    case 'done':
      return OK;
    default:
      return assertNever(step);
  }
}

/** The package counts as found only with evidence: its workflows on the instance (a candidate id alone needs the admin's confirmation). */
export function packageFound(check: CheckReport | null): boolean {
  const packages = check?.packages;
  if (!packages) return false;
  return packages.evidence !== undefined ? packages.evidence === 'workflows' : packages.matched.length > 0;
}

export function stepIndex(step: WizardStepId): number {
  return WIZARD_STEP_IDS.indexOf(step);
}

export function nextStep(step: WizardStepId): WizardStepId | null {
  return WIZARD_STEP_IDS[stepIndex(step) + 1] ?? null;
}

export function previousStep(step: WizardStepId): WizardStepId | null {
  const i = stepIndex(step);
  return i > 0 ? WIZARD_STEP_IDS[i - 1]! : null;
}

/** The furthest step the admin may open: every step before it can be left. */
export function furthestReachable(facts: StepFacts): WizardStepId {
  for (const step of WIZARD_STEP_IDS) {
    if (step === 'done' || !stepVerdict(step, facts).valid) return step;
  }
  return 'done';
}

export type StepStatus = 'complete' | 'current' | 'blocked' | 'upcoming';

/** What the step list shows for each step. */
export function stepStatus(step: WizardStepId, current: WizardStepId, facts: StepFacts): StepStatus {
  if (step === current) return 'current';
  const reachable = stepIndex(step) <= stepIndex(furthestReachable(facts));
  if (!reachable) return 'upcoming';
  return stepVerdict(step, facts).valid ? 'complete' : stepIndex(step) < stepIndex(current) ? 'blocked' : 'upcoming';
}

export function assertNever(value: never): never {
  throw new Error(`Unhandled wizard step: ${String(value)}`);
}
