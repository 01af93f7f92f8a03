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
let workerFile = '';

beforeAll(async () => {
  workerFile = resolve(__dirname, '../.tmp/mask-worker.cjs');
  await build({ entryPoints: [resolve(__dirname, 'hostile/mask-worker.ts')], outfile: workerFile, bundle: true, platform: 'node', format: 'cjs', logLevel: 'warning' });
});

function runBatch(masks: string[], subjects: string[]): Promise<{ accepted: number }> {
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

// Masks shaped like real ones (fixed text, classes, repeats, groups, one capture) so most pass the analysis.
const atom = fc.constantFrom('a', 'b', ' ', '-', 'Campaign', '.', '\\w', '\\s', '[a ]', '[^-]');
const quantifier = fc.constantFrom('', '', '*', '+', '?', '{2}', '{0,30}', '{3,}');
const piece = fc.tuple(atom, quantifier).map(([a, q]) => a + q);
const group = fc
  .tuple(fc.array(piece, { minLength: 1, maxLength: 3 }), fc.boolean(), fc.array(piece, { minLength: 1, maxLength: 2 }), quantifier)
  .map(([left, alt, right, q]) => `(?:${left.join('')}${alt ? `|${right.join('')}` : ''})${q}`);
const part = fc.oneof(piece, piece, group);
const maskArb = fc
  .tuple(fc.array(part, { maxLength: 4 }), fc.array(part, { minLength: 1, maxLength: 2 }), fc.array(part, { maxLength: 3 }))
  .map(([before, inside, after]) => `${before.join('')}(${inside.join('')})${after.join('')}`);

describe('association masks against catastrophic backtracking', () => {
  it('rejects the classic exponential shapes with a message that says how to fix the mask', () => {
    for (const mask of ['(a+)+', '(?:a|a)*(b)', '(.*)(?:.*)*', '(?:.*.*.*){2}(x)', '((a*)?)*', '(?:a{0,30}){0,30}(b)', '(a)\\1']) {
      const analysis = analyzeMask(mask);
      expect(analysis.ok, mask).toBe(false);
      if (!analysis.ok) expect(analysis.error, mask).toMatch(/Simplify it|capture group/);
    }
  });

  it('still accepts the masks admins write', () => {
    for (const mask of ['Campaign - acme - (.*)', 'Campaign (.*)', 'ACC_(\\w+)', 'Campaign - (?:acme|demo) - (.+)']) {
      expect(analyzeMask(mask).ok, mask).toBe(true);
    }
    expect(testMask('Campaign - (?:acme|demo) - (.+)', ['Campaign - demo - admin'])[0]).toMatchObject({ group: 'admin' });
  });

  it('every mask it accepts finishes on the worst profile names (fuzzed, in a worker with a deadline)', async () => {
    const masks = fc.sample(maskArb, { numRuns: 3000, seed: 20261125 });
    let accepted = 0;
    for (let i = 0; i < masks.length; i += 500) accepted += (await runBatch(masks.slice(i, i + 500), SUBJECTS)).accepted;
    // The property means something only if many generated masks got past the analysis.
    expect(accepted).toBeGreaterThan(500);
  }, 120_000);
});
