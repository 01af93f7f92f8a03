import { BaseSequencer } from 'vitest/node';
import { defineConfig } from 'vitest/config';
import base from './vitest.config.mjs';

// The unit tests that `npm run mutate` runs against each mutant (README "Mutation testing"): in-process, exercising
// electron/common and the node deciders; no Chromium, CLI child process, keychain or simulator. Listed
// cheapest first: a mutant stops at its first failing test, so most never reach the property tests.
// Left out: handover-bundle.test.ts (real scrypt derivations, ~20 s a run; bundle-format.test.ts covers the byte
// layout without them) and the fuzz tests config-property and hostile-parsers (thousands of runs covering nearly
// every mutant: each surviving mutant cost 15 s more). They still run in `npm test`. hostile-masks stays: its
// fuzzing runs in a worker, which covers no mutant, so a mutant only reaches its example tests.
export const MUTATION_TESTS = [
  'test/builds.test.ts',
  'test/builds-boundaries.test.ts',
  'test/mask.test.ts',
  'test/ims-decision.test.ts',
  'test/checks-boundaries.test.ts',
  'test/redact.test.ts',
  'test/readiness-deciders.test.ts',
  'test/campaign-deciders.test.ts',
  'test/check-deciders.test.ts',
  'test/push-plan.test.ts',
  'test/answer-shape.test.ts',
  'test/failure-explained.test.ts',
  'test/config-rules.test.ts',
  'test/bundle-format.test.ts',
  'test/wizard-steps.test.ts',
  'test/messages-render.test.ts',
  'test/handover-package.test.ts',
  'test/hostile-masks.test.ts',
];

const rank = (spec) => MUTATION_TESTS.findIndex((file) => spec.moduleId.endsWith(file));

class ListedOrder extends BaseSequencer {
  async sort(files) {
    return [...files].sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: MUTATION_TESTS,
    maxWorkers: 1,
    // One module graph per run instead of per test file: a mutant covered by many files runs about twice as fast.
    isolate: false,
    sequence: { sequencer: ListedOrder },
    // Property tests replay one seed, so a mutant is killed or survives the same way on every run.
    env: { FC_SEED: process.env.FC_SEED ?? '20261125' },
  },
});
