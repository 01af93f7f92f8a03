// Sign-in readiness over 10,000 operators and 200 groups against the loopback simulator: wall time and
// peak RSS of the wizard's readiness against a bare loop of the same SDK queries, each in its own child
// process (the simulator stays in this one), interleaved run by run.
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { importTs, paired, ROOT } from '../lib.mjs';

export async function readiness({ runs }) {
  const flows = await importTs('bench/cases/readiness-flows.ts');
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.tmp', 'bench-readiness-'));
  const bundle = join(dir, 'flows.cjs');
  await build({
    entryPoints: [join(ROOT, 'bench/cases/readiness-flows.ts')],
    outfile: bundle,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'warning',
    packages: 'external',
  });
  const entry = join(dir, 'child.cjs');
  writeFileSync(
    entry,
    `require(${JSON.stringify(bundle)}).child(process.argv[2], process.argv[3]).catch((e) => { console.error(e); process.exit(1); });\n`,
  );
  const sim = await flows.startReadinessSimulator();
  // Each side takes tens of seconds here: three runs are enough for a median.
  const n = Math.min(runs, Number(process.env.BENCH_READINESS_RUNS ?? 3));
  const samples = { bare: [], wizard: [] };
  try {
    const once = async (mode) => {
      const r = await timedChild(entry, [mode, sim.url], dir);
      if (r.rows !== flows.OPERATORS) throw new Error(`${mode} read ${r.rows} operators, not ${flows.OPERATORS}`);
      samples[mode].push(r);
      return r.ms;
    };
    const time = await paired(
      n,
      () => once('bare'),
      () => once('wizard'),
    );
    const rss = { baseline: summarizeKb(samples.bare), candidate: summarizeKb(samples.wizard) };
    const growthMb = (rss.candidate.median - rss.baseline.median) / 1024;
    return [
      { name: 'readiness 10,000 operators: wall time', unit: 'ms', baselineName: 'bare SDK query loop', ...time, target: 1.5 },
      {
        name: 'readiness 10,000 operators: peak RSS',
        unit: 'KB',
        baselineName: 'bare SDK query loop',
        ...rss,
        absoluteTarget: { max: rss.baseline.median + 100 * 1024 },
        extra: `growth ${growthMb.toFixed(1)} MB (target ≤ 100 MB)`,
      },
    ];
  } finally {
    await sim.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function summarizeKb(list) {
  const v = list.map((r) => r.rssKb).sort((a, b) => a - b);
  const mid = v.length >> 1;
  return { median: v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2, min: v[0], max: v.at(-1), runs: v.length };
}

/** One child under GNU time (peak RSS), spawned without blocking: the simulator answers from this process. */
function timedChild(entry, args, dir) {
  const out = join(dir, `time-${process.hrtime.bigint()}`);
  return new Promise((resolve, reject) => {
    const child = spawn('/usr/bin/time', ['-f', '%M', '-o', out, process.execPath, entry, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`readiness child ${args[0]} exited ${code}: ${stderr.slice(0, 500)}`));
      const { ms, rows } = JSON.parse(stdout);
      resolve({ ms, rows, rssKb: Number(readFileSync(out, 'utf8').trim().split('\n').at(-1)) });
    });
  });
}
