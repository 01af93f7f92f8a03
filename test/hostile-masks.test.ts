import { Worker } from 'node:worker_threads';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeMask, testMask } from '../electron/common/mask';

// Catastrophic backtracking must not freeze the UI (masks are tested on every keystroke) or the CLI: a mask
// the tester accepts must finish on the worst profile names for its shape. Each batch runs in a worker
// with a deadline, so a hang fails the test instead of stalling the suite.
const DEADLINE_MS = 15_000;
/** One accepted mask on all the subjects: linear matching takes well under a millisecond; this leaves room for a busy machine. */
const MAX_MATCH_MS = 100;
let workerFile = '';

beforeAll(async () => {
  workerFile = resolve(__dirname, '../.tmp/mask-worker.cjs');
  await build({
    entryPoints: [resolve(__dirname, 'hostile/mask-worker.ts')],
    outfile: workerFile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    logLevel: 'warning',
  });
});

function runBatch(masks: string[], subjects: string[]): Promise<{ accepted: number; slowest: { mask: string; ms: number } }> {
  return new Promise((resolvePromise, reject) => {
    const worker = new Worker(workerFile, { workerData: { masks, subjects } });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`a mask in this batch did not finish within ${DEADLINE_MS / 1000} s: ${JSON.stringify(masks)}`));
    }, DEADLINE_MS);
    worker.once('message', (m) => {
      clearTimeout(timer);
      void worker.terminate();
      resolvePromise(m);
    });
    worker.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}

// Profile names that make backtracking engines work hardest: long runs of one character and a bad tail.
const SUBJECTS = ['a'.repeat(255) + '!', 'Campaign - '.repeat(23), 'ab'.repeat(127) + 'c', ' '.repeat(255) + 'x', 'a'.repeat(256)];

// Masks shaped by the grammar (fixed text, classes, choices, one capture), with some constructs outside it
// mixed in, so most pass the analysis and the rest exercise the refusals.
const atom = fc.constantFrom(
  'a',
  'b',
  ' ',
  '-',
  'Campaign',
  '\\.',
  '\\w',
  '\\s',
  '[a ]',
  '[^-]',
  '(?:acme|demo)',
  '(?:a|aa)',
  '(?:x|)',
  '.',
);
const quantifier = fc.oneof(
  { weight: 12, arbitrary: fc.constant('') },
  { weight: 1, arbitrary: fc.constantFrom('*', '+', '?', '{2}', '{0,30}') },
);
const piece = fc.tuple(atom, quantifier).map(([a, q]) => a + q);
const capture = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('(.*)', '(.+)', '([a-z_]+)', '(\\w*)', '([^-]+)', '(\\s+)') },
  { weight: 1, arbitrary: fc.constantFrom('(a?)', '(a+)+', '(.*a)', '(.*){2}') },
);
const maskArb = fc
  .tuple(fc.array(piece, { maxLength: 5 }), capture, fc.array(piece, { maxLength: 4 }))
  .map(([before, inside, after]) => `${before.join('')}${inside}${after.join('')}`);

/** Each is known to backtrack exponentially or polynomially in a regex engine; all are outside the grammar. */
const EXPLOSIVE = [
  ...[1, 5, 10, 20, 30].map((n) => `(a?)${'a?'.repeat(n)}${'a'.repeat(n)}`),
  ...[5, 20].map((n) => `(.*)${'a?'.repeat(n)}${'a'.repeat(n)}`),
  '(a+)+',
  '(a+)+b',
  '(a|a)*',
  '(a|aa)+',
  '(?:a|a)*(b)',
  ...[2, 5, 10].map((n) => `(.*a){${n}}`),
  '(?:.*a){10}(.*)',
  '((a*)*)',
  '(?:a*)*(.*)',
  '(?:(?:a|b)+)+(.*)',
  '([a-z]+)+',
  '(\\w+\\s?)*',
  '(.*)(?:.*)*',
  '(?:.*.*.*){2}(x)',
  '((a*)?)*',
  '(?:a{0,30}){0,30}(b)',
  '(.*){1,30}',
  '(a)\\1',
];

describe('association masks against catastrophic backtracking', () => {
  it('refuses the exponential and polynomial shapes, naming what is wrong', () => {
    for (const mask of EXPLOSIVE) {
      const analysis = analyzeMask(mask);
      expect(analysis.ok, mask).toBe(false);
      if (!analysis.ok) expect(analysis.error.code, mask).toMatch(/^mask\.(grammar\.|noCapture|manyCaptures)/);
    }
  });

  it("still accepts the masks admins write (Adobe's examples included)", () => {
    for (const mask of [
      'Campaign - tenant_id - (.*)',
      'Campaign (.*)',
      'CampaignV6 - tenant - (.*)',
      'Campaign - acme - (.*)',
      'ACC_(\\w+)',
      'Campaign - (?:acme|demo) - (.+)',
    ]) {
      expect(analyzeMask(mask).ok, mask).toBe(true);
    }
    expect(testMask('Campaign - (?:acme|demo) - (.+)', ['Campaign - demo - admin'])[0]).toMatchObject({ group: 'admin' });
  });

  it('the worst masks the grammar accepts finish at once on the worst profile names (in a worker)', async () => {
    const worst = [
      `(?:a|aa)(?:a|aa)(?:a|aa)(?:a|aa)(.*)(?:a|aa)${'a'.repeat(40)}b`,
      `${'a'.repeat(100)}(.*)${'a'.repeat(95)}b`,
      `(.*)${'[a ]'.repeat(45)}!x`,
      `([a ]+)${'\\s'.repeat(90)}x`,
      `^(.+)${'(?:a|)'.repeat(5)}${'a'.repeat(60)}$`,
    ];
    const { accepted, slowest } = await runBatch(worst, SUBJECTS);
    expect(accepted).toBe(worst.length);
    expect(slowest.ms, slowest.mask).toBeLessThan(MAX_MATCH_MS);
  });

  it('every mask it accepts finishes at once on the worst profile names (fuzzed, in a worker with a deadline)', async () => {
    const masks = fc.sample(maskArb, { numRuns: 3000, seed: 20261125 });
    let accepted = 0;
    for (let i = 0; i < masks.length; i += 500) {
      const batch = await runBatch(masks.slice(i, i + 500), SUBJECTS);
      accepted += batch.accepted;
      expect(batch.slowest.ms, batch.slowest.mask).toBeLessThan(MAX_MATCH_MS);
    }
    // The property means something only if many generated masks got past the analysis.
    expect(accepted).toBeGreaterThan(500);
  }, 120_000);
});
