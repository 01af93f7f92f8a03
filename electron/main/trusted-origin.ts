import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

/** Where the app's own renderer is loaded from: the built index.html, or the dev server in development. */
export interface RendererLocation {
  /** Absolute path of out/renderer/index.html. */
  indexFile: string;
  /** electron-vite's dev server URL (ELECTRON_RENDERER_URL), only when running `electron-vite dev`. */
  devServerUrl?: string | undefined;
}

/**
 * True only for the app's own page: the exact index.html over file:// (any other local file is foreign),
 * or the dev server's origin. Query and hash are ignored; everything else must match.
 */
export function isAppRendererUrl(candidate: string, location: RendererLocation): boolean {
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return false;
  }
  if (location.devServerUrl) {
    try {
      if (url.origin === new URL(location.devServerUrl).origin && url.origin !== 'null') return true;
    } catch {
      // A malformed dev URL trusts nothing extra.
    }
  }
  if (url.protocol !== 'file:' || (url.host !== '' && url.host !== 'localhost')) return false;
  try {
    return resolve(fileURLToPath(url)) === resolve(location.indexFile);
  } catch {
    return false;
  }
}
