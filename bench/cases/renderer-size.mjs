// Renderer weight: JS + CSS bytes (raw and gzip) the built wizard loads for its first step (start-up
// chunk and the active language's catalog), against a minimal Svelte 5 page built by the same Vite and
// plugin in the same run.
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { ROOT } from '../lib.mjs';

export const MINIMAL_DIR = join(ROOT, '.tmp/bench-minimal');

/**
 * A one-heading, one-field Svelte 5 page: the floor any Svelte app pays. With `ipcFirst` it first makes
 * the three start-up calls the wizard needs before it knows which step to show (app info, settings, draft).
 */
export async function buildMinimalPage({ ipcFirst = false } = {}) {
  const dir = ipcFirst ? `${MINIMAL_DIR}-ipc` : MINIMAL_DIR;
  const src = join(dir, 'src');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(src, { recursive: true });
  writeFileSync(
    join(src, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Minimal</title></head><body><div id="app"></div><script type="module" src="./main.js"></script></body></html>',
  );
  const wait = ipcFirst
    ? 'await Promise.all([window.wizard.app.info(), window.wizard.settings.load(), window.wizard.draft.load()]);\n'
    : '';
  writeFileSync(
    join(src, 'main.js'),
    `import { mount } from 'svelte';\nimport App from './App.svelte';\n${wait}mount(App, { target: document.getElementById('app') });\n`,
  );
  writeFileSync(
    join(src, 'App.svelte'),
    '<script>let name = $state("");</script>\n<main><h1 tabindex="-1">Step 1 of 8: Start</h1><label>Name <input bind:value={name}></label><p>{name}</p></main>\n<style>main { font: 16px system-ui; padding: 2rem; }</style>\n',
  );
  await build({
    root: src,
    base: './',
    plugins: [svelte()],
    logLevel: 'warn',
    build: { outDir: join(dir, 'dist'), emptyOutDir: true, target: 'chrome140' },
  });
  return join(dir, 'dist');
}

const size = (bytes) => ({ raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
const add = (a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });

/** Every JS and CSS file of a build. */
function weigh(dir) {
  let total = { raw: 0, gzip: 0 };
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    if (/\.(js|mjs|css)$/.test(name) && statSync(join(dir, name)).isFile()) total = add(total, size(readFileSync(join(dir, name))));
  }
  return total;
}

/**
 * What the first step needs: the files index.html loads (entry script, its static imports, styles) and
 * the English catalog chunk, which the app imports as soon as it knows the language (the bench's bridge
 * says en-US). The other catalog, loaded only on a switch of language, is left out.
 */
export function firstStepFiles(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = new Set([...html.matchAll(/(?:src|href)="\.\/([^"]+\.(?:js|css))"/g)].map((m) => m[1]));
  // Static imports of the entry chunks (shared chunks), followed to the end.
  for (const file of files) {
    if (!file.endsWith('.js')) continue;
    const text = readFileSync(join(dir, file), 'utf8');
    for (const m of text.matchAll(/(?:import|from)\s*["'`]\.\/([^"'`]+\.js)["'`]/g)) files.add(join(file, '..', m[1]));
  }
  const dynamic = new Set();
  for (const file of files) {
    if (!file.endsWith('.js')) continue;
    for (const m of readFileSync(join(dir, file), 'utf8').matchAll(/import\(\s*["'`]\.\/([^"'`]+\.js)["'`]\s*\)/g))
      dynamic.add(join(file, '..', m[1]));
  }
  const english = [...dynamic].filter((f) => /"app\.name":\s*["'`]ACC IMS Wizard["'`]/.test(readFileSync(join(dir, f), 'utf8')));
  if (english.length !== 1) throw new Error(`expected one English catalog chunk among the dynamic imports, found ${english.length}`);
  return [...files, english[0]];
}

export async function rendererSize() {
  const minimal = weigh(await buildMinimalPage());
  const dir = join(ROOT, 'out/renderer');
  const all = weigh(dir);
  if (all.raw === 0) throw new Error('out/renderer has no JS or CSS: run "npx electron-vite build" first');
  const first = firstStepFiles(dir).reduce((sum, f) => add(sum, size(readFileSync(join(dir, f)))), { raw: 0, gzip: 0 });
  const one = (v) => ({ median: v, min: v, max: v, runs: 1 });
  const extra = `all chunks, both catalogs: ${(all.raw / 1024).toFixed(1)} KB raw, ${(all.gzip / 1024).toFixed(1)} KB gzip`;
  return [
    {
      name: 'renderer first step JS+CSS (raw)',
      unit: 'B',
      baselineName: 'minimal Svelte 5 page',
      baseline: one(minimal.raw),
      candidate: one(first.raw),
      extra,
    },
    {
      name: 'renderer first step JS+CSS (gzip)',
      unit: 'B',
      baselineName: 'minimal Svelte 5 page',
      baseline: one(minimal.gzip),
      candidate: one(first.gzip),
      target: 1.5,
      absoluteTarget: { max: 60 * 1024 },
    },
  ];
}
