import { PRELOAD_PATH } from './bundle-paths';

/**
 * The renderer's Content-Security-Policy: only the app's own scripts and styles, no network, no
 * plugins, no frames. 'self' is app://wizard, the origin app-protocol.ts serves the built renderer
 * from, and nothing else on disk. Sent as a response header (by that handler, and by the session for
 * everything else) and repeated in renderer/index.html's meta tag. Inline style *attributes* are
 * allowed (Svelte templates use them; they cannot run code); inline <style> and <script> elements are not.
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

/** The window's preferences: WEB_PREFERENCES, and developer tools only in a development build. */
export function webPreferences(options: { packaged: boolean }): typeof WEB_PREFERENCES & { devTools: boolean } {
  return { ...WEB_PREFERENCES, devTools: !options.packaged };
}

// Chromium's remote debugging and Node's inspector (and V8 flags, which can turn either on).
const DEBUGGING_SWITCH = /^(remote-debugging-port|remote-debugging-pipe|inspect[\w-]*|js-flags)(=|$)/i;

/**
 * The debugging switches in a command line, as typed. Chromium also takes switches with one dash (and
 * with "/" on Windows), so those count too.
 */
export function debuggingSwitches(argv: readonly string[], platform: NodeJS.Platform): string[] {
  const prefix = platform === 'win32' ? /^(--|-|\/)/ : /^(--|-)/;
  return argv.filter((arg) => prefix.test(arg) && DEBUGGING_SWITCH.test(arg.replace(prefix, ''))).map((arg) => arg.split('=')[0]!);
}
