// Build of the desktop app (`electron-vite build`): main and preload as CommonJS (the package is not
// "type":"module", and a sandboxed preload must be one CommonJS file), the Svelte renderer as static files.
import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';

const root = import.meta.dirname;

export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      // keytar (native) and the Campaign SDK stay in node_modules (package.json dependencies). zod is
      // bundled: tree-shaken it loads in a fraction of the time its whole CommonJS build takes at start-up.
      externalizeDeps: { exclude: ['zod'] },
      rollupOptions: {
        input: { index: resolve(root, 'electron/main/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // Everything inlined: a sandboxed preload can require only 'electron' and a few polyfilled modules.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(root, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', inlineDynamicImports: true },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    plugins: [svelte()],
    build: {
      // electron-vite leaves the renderer unminified by default: 340 KB instead of 165 KB to parse at every start.
      minify: true,
      outDir: resolve(root, 'out/renderer'),
      rollupOptions: { input: { index: resolve(root, 'renderer/index.html') } },
    },
  },
});
