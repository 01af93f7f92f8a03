import { join } from 'node:path';

/** Built next to this file by electron-vite: out/main/index.js → out/preload/index.cjs, out/renderer/index.html. */
export const PRELOAD_PATH = join(__dirname, '..', 'preload', 'index.cjs');
export const RENDERER_INDEX = join(__dirname, '..', 'renderer', 'index.html');
