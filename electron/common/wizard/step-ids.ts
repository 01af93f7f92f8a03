/**
 * The wizard's steps, in order: one closed set shared by the IPC contract (the draft's `step`) and the
 * step rules. Kept apart from contract.ts so the renderer can use it without bundling zod.
 */
export const WIZARD_STEP_IDS = [
  'start',
  'prerequisites',
  'instance',
  'package',
  'account',
  'review',
  'output',
  'readiness',
  'done',
] as const;
export type WizardStepId = (typeof WIZARD_STEP_IDS)[number];
