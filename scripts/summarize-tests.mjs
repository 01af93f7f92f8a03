// Turns vitest's JSON report into the plain line CI reads: "N passed, N failed, N skipped".
import { readFileSync } from 'node:fs';

let report;
try {
  report = JSON.parse(readFileSync(process.argv[2], 'utf8'));
} catch {
  console.log('0 passed, 1 failed, 0 skipped');
  console.error('No test report was written: the test runner crashed before finishing.');
  process.exit(1);
}
const passed = report.numPassedTests ?? 0;
// A file that fails to load has no tests of its own but must still count as a failure.
const failed = (report.numFailedTests ?? 0) + countFilesThatFailedToLoad(report);
const skipped = (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
if (failed > 0 || passed === 0) process.exit(1);

function countFilesThatFailedToLoad(r) {
  return (r.testResults ?? []).filter((f) => f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed'))
    .length;
}
