// Runs in a worker thread: a mask that hangs the regex engine would hang this thread, not the test runner.
import { parentPort, workerData } from 'node:worker_threads';
import { analyzeMask, testMask } from '../../electron/common/mask';

const { masks, subjects } = workerData as { masks: string[]; subjects: string[] };
let accepted = 0;
let slowest = { mask: '', ms: 0 };
for (const mask of masks) {
  const analysis = analyzeMask(mask);
  if (!analysis.ok) continue;
  accepted++;
  let ms = timed(mask);
  // A pause of this thread (garbage collection, a busy machine) does not repeat; backtracking does.
  if (ms > 10) ms = Math.min(ms, timed(mask), timed(mask));
  if (ms > slowest.ms) slowest = { mask, ms };
}
parentPort!.postMessage({ accepted, slowest });

function timed(mask: string): number {
  const started = performance.now();
  testMask(mask, subjects);
  return performance.now() - started;
}
