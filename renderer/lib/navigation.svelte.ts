import {
  furthestReachable,
  nextStep,
  previousStep,
  stepIndex,
  stepVerdict,
  type StepFacts,
  type StepVerdict,
} from '../../electron/common/wizard/steps';
import { type WizardStepId } from '../../electron/common/wizard/step-ids';
import { instanceCheck } from './instance-check.svelte';
import { network } from './network.svelte';
import { saveProfile } from './profiles';
import { push } from './push.svelte';
import { stepError } from './step-error.svelte';
import { store } from './wizard.svelte';

/** Moving between steps: the step rules (common/wizard/steps) decide, from what is entered and what the instance answered. */
class Navigation {
  /** Set when Next was pressed on a blocked step: every field error is then shown, touched or not. */
  showAllErrors = $state(false);

  facts: StepFacts = $derived({
    mode: store.mode,
    profile: store.profile,
    prerequisites: store.answers.prerequisites,
    check: instanceCheck.report,
    serverBuild: store.answers.serverBuild,
    consoleBuild: store.form.instance.consoleBuild,
    packageConfirmed: store.answers.packageConfirmed,
    configValid: store.validation.valid,
    plan: push.plan,
    pushed: push.pushed,
    exportedTo: store.answers.exportedTo,
  });
  verdict: StepVerdict = $derived(stepVerdict(store.step, this.facts));
  furthest: WizardStepId = $derived(furthestReachable(this.facts));

  canOpen(step: WizardStepId): boolean {
    return stepIndex(step) <= stepIndex(this.furthest);
  }

  goto(step: WizardStepId): void {
    if (!this.canOpen(step) || network.busy) return;
    store.step = step;
    stepError.current = null;
    this.showAllErrors = false;
  }

  /** Returns false (and shows every error) when the step cannot be left yet. */
  next(): boolean {
    if (network.busy) return false;
    if (!this.verdict.valid) {
      this.showAllErrors = true;
      return false;
    }
    const to = nextStep(store.step);
    // The profile is saved once where to connect is known, and again once the account is complete.
    if (to === 'package' || to === 'review') void saveProfile();
    if (to) this.goto(to);
    return true;
  }

  back(): void {
    const to = previousStep(store.step);
    if (to) this.goto(to);
  }
}

export const nav = new Navigation();
