import { join } from 'node:path';

/** Built next to this file by electron-vite: out/main/index.js → out/preload/index.cjs, out/renderer/. */
export const PRELOAD_PATH = join(__dirname, '..', 'preload', 'index.cjs');
/** The folder app:// serves (app-protocol.ts), and nothing outside it. */
export const RENDERER_ROOT = join(__dirname, '..', 'renderer');
