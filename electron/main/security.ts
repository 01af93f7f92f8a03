import { join } from 'node:path';

/**
 * The renderer's Content-Security-Policy: only the app's own scripts and styles, no network, no
 * plugins, no frames. Sent as a response header and repeated in renderer/index.html's meta tag (the
 * header does not reach file:// pages). Inline style *attributes* are allowed (Svelte templates use
 * them; they cannot run code); inline <style> and <script> elements are not.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "media-src 'none'",
  "object-src 'none'",
  "worker-src 'none'",
  "frame-src 'none'",
  "child-src 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
  "base-uri 'none'",
].join('; ');

/** Built next to this file by electron-vite: out/main/index.js → out/preload/index.cjs. */
export const PRELOAD_PATH = join(__dirname, '..', 'preload', 'index.cjs');
export const RENDERER_INDEX = join(__dirname, '..', 'renderer', 'index.html');

/**
 * The only web preferences the window is ever created with (Electron's security checklist): the page
 * gets no Node, runs sandboxed and isolated from the preload, and cannot relax web security. Frozen so
 * no code path can tweak it before the window is created.
 */
export const WEB_PREFERENCES = Object.freeze({
  preload: PRELOAD_PATH,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  webviewTag: false,
  experimentalFeatures: false,
  navigateOnDragDrop: false,
  safeDialogs: true,
  spellcheck: false,
} as const);

/** The window's smallest size: the wizard is designed for 1024×700 and up (issue 7). */
export const MIN_WINDOW_SIZE = Object.freeze({ width: 1024, height: 700 });
