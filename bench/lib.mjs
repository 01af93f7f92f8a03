// Shared bench helpers: repeated runs summarized as median/min/max, and child processes timed from outside.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';

export const ROOT = new URL('..', import.meta.url).pathname.replace(/\/$/, '');

export function summarize(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted.at(-1), runs: sorted.length };
}

/** Baseline and candidate interleaved run by run, so drift on this noisy machine hits both alike. */
export async function paired(runs, baseline, candidate) {
  const a = [];
  const b = [];
  for (let i = 0; i < runs; i++) {
    a.push(await baseline(i));
    b.push(await candidate(i));
  }
  return { baseline: summarize(a), candidate: summarize(b) };
}

/** Wall time (ms) and peak RSS (KB) of one child process, measured by GNU time around it. */
export function timeProcess(command, args, options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'acc-ims-bench-'));
  const out = join(dir, 'time');
  try {
    const start = process.hrtime.bigint();
    const run = spawnSync('/usr/bin/time', ['-f', '%M', '-o', out, command, ...args], { encoding: 'utf8', ...options });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    if (run.status !== (options.expectStatus ?? 0)) throw new Error(`${command} ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
    return { ms, rssKb: Number(readFileSync(out, 'utf8').trim().split('\n').at(-1)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Bundles a TypeScript entry of the project into a temporary file and imports it. */
export async function importTs(entry) {
  // Inside the checkout, so the bundle's external imports resolve from node_modules.
  mkdirSync(join(ROOT, '.tmp'), { recursive: true });
  const dir = mkdtempSync(join(ROOT, '.tmp', 'bench-ts-'));
  // CommonJS two levels below the root: test helpers find the checkout with resolve(__dirname, '../..').
  const outfile = join(dir, 'entry.cjs');
  await build({
    entryPoints: [join(ROOT, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'warning',
    packages: 'external',
  });
  return import(outfile);
}
