// `npm run bench`: every figure measured against a baseline in the same run (ratios survive this
// machine's noise), medians over repeated runs with min and max. Prints a table, writes bench/results.json.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './lib.mjs';
import { rendererSize } from './cases/renderer-size.mjs';
import { interactive } from './cases/interactive.mjs';
import { cliStart } from './cases/cli-start.mjs';
import { validation } from './cases/validation.mjs';
import { push } from './cases/push.mjs';
import { mainStart } from './cases/main-start.mjs';
import { readiness } from './cases/readiness.mjs';
import { readinessPaint } from './cases/readiness-paint.mjs';

const runs = Number(process.env.BENCH_RUNS ?? 9);

// Measure what the sources build to now: the CLI bundle, and main, preload and renderer.
for (const [command, args] of [
  [process.execPath, ['scripts/build-cli.mjs']],
  ['npx', ['electron-vite', 'build']],
]) {
  const built = spawnSync(command, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (built.status !== 0) {
    console.error(`bench: "${[command, ...args].join(' ')}" failed; fix the build first.`);
    process.exit(2);
  }
}
const CASES = [
  ['renderer size', rendererSize],
  ['first step interactive', interactive],
  ['CLI cold start', cliStart],
  ['validation', validation],
  ['push', push],
  ['main start-up', mainStart],
  ['sign-in readiness', readiness],
  ['readiness step paint', readinessPaint],
];

// BENCH_ONLY=text[,text…] runs the cases whose label contains one of them (to re-measure some figures).
const only = process.env.BENCH_ONLY?.split(',');
const rows = [];
const failures = [];
for (const [label, run] of CASES.filter(([label]) => !only || only.some((o) => label.includes(o)))) {
  process.stderr.write(`bench: ${label}…\n`);
  try {
    rows.push(...(await run({ runs })));
  } catch (e) {
    failures.push({ case: label, error: e instanceof Error ? e.message : String(e) });
  }
}

const fmt = (v, unit) => (unit === 'B' ? `${(v / 1024).toFixed(1)} KB` : `${v >= 100 ? v.toFixed(0) : v.toFixed(2)} ${unit}`);
const verdict = (row) => {
  const ratio = row.candidate.median / row.baseline.median;
  const checks = [];
  if (row.target !== undefined) checks.push(ratio <= row.target ? `≤ ${row.target}× ok` : `> ${row.target}× MISSED`);
  if (row.absoluteTarget?.max !== undefined)
    checks.push(
      row.candidate.median <= row.absoluteTarget.max
        ? `≤ ${fmt(row.absoluteTarget.max, row.unit)} ok`
        : `> ${fmt(row.absoluteTarget.max, row.unit)} MISSED`,
    );
  return { ratio, checks: checks.join(', ') };
};

const table = rows.map((row) => {
  const { ratio, checks } = verdict(row);
  return {
    figure: row.name,
    median: fmt(row.candidate.median, row.unit),
    'min–max': `${fmt(row.candidate.min, row.unit)} – ${fmt(row.candidate.max, row.unit)}`,
    baseline: `${row.baselineName}: ${fmt(row.baseline.median, row.unit)}`,
    ratio: `${ratio.toFixed(2)}×`,
    target: checks,
    ...(row.extra ? { note: row.extra } : {}),
  };
});
console.table(table);
for (const f of failures) console.error(`bench: ${f.case} could not run: ${f.error}`);

const results = {
  date: new Date().toISOString(),
  node: process.version,
  runs,
  rows: rows.map((r) => ({ ...r, ratio: verdict(r).ratio })),
  failures,
};
writeFileSync(join(ROOT, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log(`wrote bench/results.json (${rows.length} figures${failures.length ? `, ${failures.length} cases failed` : ''})`);
process.exitCode = failures.length ? 1 : 0;
