// The Readiness step's first paint after the instance's answer arrives, in headless Chromium: 10,000
// operators and 200 groups against 100 operators and 10 groups read the same way in the same run.
import { importTs, summarize } from '../lib.mjs';

export async function readinessPaint({ runs }) {
  const flows = await importTs('bench/cases/readiness-paint-flows.ts');
  // Every read also pages through the simulator (seconds at 10,000 operators): a few reads are enough.
  const reads = Math.min(runs, Number(process.env.BENCH_READINESS_RUNS ?? 3));
  const baseline = await flows.paintAfterRead(100, 10, reads);
  const candidate = await flows.paintAfterRead(10_000, 200, reads);
  return [
    {
      name: 'readiness step, first paint after the answer: 10,000 operators',
      unit: 'ms',
      baselineName: '100 operators, 10 groups',
      baseline: summarize(baseline),
      candidate: summarize(candidate),
      absoluteTarget: { max: 200 },
    },
  ];
}
