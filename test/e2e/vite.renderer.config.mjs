// Builds the renderer for the Chromium tests the same way electron-vite does for the app (root renderer/,
// output out/renderer). Used only when electron.vite.config.mjs is absent or cannot be loaded here.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

const root = fileURLToPath(new URL('../../renderer', import.meta.url));
const outDir = fileURLToPath(new URL('../../out/renderer', import.meta.url));

export default defineConfig({
  root,
  base: './',
  plugins: [svelte()],
  build: { outDir, emptyOutDir: true, target: 'chrome140', sourcemap: false },
  logLevel: 'warn',
});
