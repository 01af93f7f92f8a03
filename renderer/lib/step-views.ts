import type { Component } from 'svelte';
import { assertNever } from '../../electron/common/wizard/steps';
import { type WizardStepId } from '../../electron/common/wizard/step-ids';
import StartStep from '../steps/StartStep.svelte';
import PrerequisitesStep from '../steps/PrerequisitesStep.svelte';
import InstanceStep from '../steps/InstanceStep.svelte';
import PackageStep from '../steps/PackageStep.svelte';
import AccountStep from '../steps/AccountStep.svelte';
import ReviewStep from '../steps/ReviewStep.svelte';
import OutputStep from '../steps/OutputStep.svelte';
import ReadinessStep from '../steps/ReadinessStep.svelte';
import DoneStep from '../steps/DoneStep.svelte';

/** The screen of each step. Exhaustive: a new step id does not compile until it has a screen. */
export function viewOf(step: WizardStepId): Component {
  switch (step) {
    case 'start':
      return StartStep;
    case 'prerequisites':
      return PrerequisitesStep;
    case 'instance':
      return InstanceStep;
    case 'package':
      return PackageStep;
    case 'account':
      return AccountStep;
    case 'review':
      return ReviewStep;
    case 'output':
      return OutputStep;
    case 'readiness':
      return ReadinessStep;
    case 'done':
      return DoneStep;
    default:
      return assertNever(step);
  }
}
