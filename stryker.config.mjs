// Mutation testing of the pure layer and the node deciders (README "Mutation testing"): `npm run mutate`.
// Incremental: a rerun only tests the mutants whose code or covering tests changed since the last run.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.mjs' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'electron/common/**/*.ts',
    // The catalogs are the words themselves: messages-catalog.test.ts checks their codes and placeholders.
    '!electron/common/messages/catalog/**',
    // Declarations only: nothing runs, nothing to mutate.
    '!electron/common/**/*.d.ts',
    // The node deciders: what a thrown failure means, whether an answer's markup is plausible, the console build.
    'electron/node/campaign/failure.ts',
    'electron/node/campaign/answer-shape.ts',
    'electron/node/campaign/console-build-locator.ts',
  ],
  // One test process by default: the machines have 2 cores. STRYKER_CONCURRENCY=2 on an idle machine.
  concurrency: Number(process.env.STRYKER_CONCURRENCY ?? 1),
  coverageAnalysis: 'perTest',
  // Mutants that run only while a module loads (tables, schemas, module-level regexes) need every test file
  // reloaded per mutant: about 850 of them took three quarters of a run. `npm run mutate -- --ignoreStatic false`
  // includes them.
  ignoreStatic: true,
  incremental: true,
  // Under .tmp/, which git, ESLint and Prettier already ignore.
  incrementalFile: '.tmp/mutation/stryker-incremental.json',
  tempDirName: '.tmp/stryker',
  ignorePatterns: ['/dist', '/out', '/release', '/coverage', '/test-results', '/.tmp', '/bench/results.json'],
  reporters: ['clear-text', 'html', 'progress'],
  htmlReporter: { fileName: '.tmp/mutation/mutation.html' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: true },
  thresholds: { high: 90, low: 85, break: null },
  timeoutMS: 10_000,
};
