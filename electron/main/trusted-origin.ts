/** Where the app's own renderer is loaded from: app://wizard/index.html, or the dev server in development. */
export interface RendererLocation {
  /** The page the window loads in a built app: APP_INDEX_URL (app-url.ts). */
  indexUrl: string;
  /** electron-vite's dev server URL (ELECTRON_RENDERER_URL), only when running `electron-vite dev`. */
  devServerUrl?: string | undefined;
}

/**
 * True only for the app's own page: exactly the index page on app://wizard (no other page of that host,
 * no other host, port or user, and no file:// URL at all), or the dev server's origin. Query and hash
 * are ignored; everything else must match.
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
  const index = new URL(location.indexUrl);
  return (
    url.protocol === index.protocol &&
    url.host === index.host &&
    url.pathname === index.pathname &&
    url.username === '' &&
    url.password === ''
  );
}
