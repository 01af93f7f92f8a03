// Renderer weight: JS + CSS bytes (raw and gzip) of the built wizard against a minimal Svelte 5 page
// built by the same Vite and plugin in the same run.
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
  writeFileSync(join(src, 'index.html'), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Minimal</title></head><body><div id="app"></div><script type="module" src="./main.js"></script></body></html>');
  const wait = ipcFirst ? 'await Promise.all([window.wizard.app.info(), window.wizard.settings.load(), window.wizard.draft.load()]);\n' : '';
  writeFileSync(join(src, 'main.js'), `import { mount } from 'svelte';\nimport App from './App.svelte';\n${wait}mount(App, { target: document.getElementById('app') });\n`);
  writeFileSync(join(src, 'App.svelte'), '<script>let name = $state("");</script>\n<main><h1 tabindex="-1">Step 1 of 8: Start</h1><label>Name <input bind:value={name}></label><p>{name}</p></main>\n<style>main { font: 16px system-ui; padding: 2rem; }</style>\n');
  await build({ root: src, base: './', plugins: [svelte()], logLevel: 'warn', build: { outDir: join(dir, 'dist'), emptyOutDir: true, target: 'chrome140' } });
  return join(dir, 'dist');
}

function weigh(dir) {
  let raw = 0;
  let gzip = 0;
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(js|mjs|css)$/.test(name)) {
        const bytes = readFileSync(path);
        raw += bytes.length;
        gzip += gzipSync(bytes, { level: 9 }).length;
      }
    }
  };
  walk(dir);
  return { raw, gzip };
}

export async function rendererSize() {
  const minimal = weigh(await buildMinimalPage());
  const app = weigh(join(ROOT, 'out/renderer'));
  if (app.raw === 0) throw new Error('out/renderer has no JS or CSS: run "npx electron-vite build" first');
  const one = (v) => ({ median: v, min: v, max: v, runs: 1 });
  return [
    { name: 'renderer JS+CSS (raw)', unit: 'B', baselineName: 'minimal Svelte 5 page', baseline: one(minimal.raw), candidate: one(app.raw) },
    { name: 'renderer JS+CSS (gzip)', unit: 'B', baselineName: 'minimal Svelte 5 page', baseline: one(minimal.gzip), candidate: one(app.gzip), target: 1.5, absoluteTarget: { max: 60 * 1024 } },
  ];
}
