import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * Builds the renderer with Vite once per content: the output folder is named after a hash of every
 * source it depends on, so parallel test files share one build and a stale build cannot be served.
 */
const ROOT = resolve(__dirname, '../..');
const SOURCES = ['renderer', 'electron/common', 'test/e2e/vite.renderer.config.mjs'];

function hashSources(): string {
  const hash = createHash('sha256');
  const walk = (path: string) => {
    const st = statSync(path);
    if (st.isDirectory()) {
      for (const name of readdirSync(path).sort()) walk(join(path, name));
    } else {
      hash.update(path.slice(ROOT.length));
      hash.update(readFileSync(path));
    }
  };
  for (const s of SOURCES) walk(join(ROOT, s));
  return hash.digest('hex').slice(0, 16);
}

export async function buildRenderer(): Promise<string> {
  const outDir = join(ROOT, 'out', 'renderer-e2e', hashSources());
  if (existsSync(join(outDir, 'index.html'))) return outDir;
  const staging = `${outDir}.tmp-${process.pid}`;
  const { build } = await import('vite');
  // vitest sets NODE_ENV=test, which would give Svelte's dev build: test what ships instead.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      configFile: join(ROOT, 'test/e2e/vite.renderer.config.mjs'),
      mode: 'production',
      logLevel: 'error',
      build: { outDir: staging, emptyOutDir: true },
    });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
  mkdirSync(join(outDir, '..'), { recursive: true });
  try {
    renameSync(staging, outDir);
  } catch {
    // Another worker finished the same build first: theirs is identical.
    rmSync(staging, { recursive: true, force: true });
  }
  return outDir;
}
