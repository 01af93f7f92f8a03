// Main-process start-up proxy: time to import the built main bundle under Node with `electron` stubbed,
// against the same Node with the same stub importing nothing.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { paired, ROOT, timeProcess } from '../lib.mjs';

export async function mainStart({ runs }) {
  const bundle = join(ROOT, 'out/main/index.js');
  if (!existsSync(bundle)) throw new Error('out/main/index.js is missing: run "npx electron-vite build" first');
  const stub = join(ROOT, 'bench/electron-stub.cjs');
  const run = (code) => timeProcess(process.execPath, ['-r', stub, '-e', code]);
  const result = await paired(
    runs,
    () => run('0').ms,
    () => run(`require(${JSON.stringify(bundle)}); setImmediate(() => process.exit(0))`).ms,
  );
  return [{ name: 'main bundle import (electron stubbed)', unit: 'ms', baselineName: 'node -r stub -e 0', ...result }];
}
