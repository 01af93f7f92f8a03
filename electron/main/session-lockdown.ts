import type { Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from './security';

/**
 * Locks down the session every window uses: no permission (camera, notifications, USB, …) is granted,
 * except writing text to the clipboard from the app's own page (app://wizard/index.html, its Copy
 * buttons); nothing is downloaded, and every response carries the strict CSP (app:// responses carry it
 * from their handler too). The dev server needs its own inline client, so `strictCsp: false` only in
 * `electron-vite dev`.
 */
export function lockDownSession(ses: Session, options: { strictCsp: boolean; isAppUrl: (url: string) => boolean }): void {
  const allowed = (contents: WebContents | null, permission: string) =>
    permission === 'clipboard-sanitized-write' && contents !== null && options.isAppUrl(contents.mainFrame.url);
  ses.setPermissionRequestHandler((contents, permission, callback) => callback(allowed(contents, permission)));
  ses.setPermissionCheckHandler((contents, permission) => allowed(contents, permission));
  ses.setDevicePermissionHandler(() => false);
  // The wizard never downloads: a link that tries is a page doing something it should not.
  ses.on('will-download', (event) => event.preventDefault());
  if (!options.strictCsp) return;
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...withoutCsp(details.responseHeaders), 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

// A response's own (possibly weaker) policy, in any letter case, must not survive next to ours.
function withoutCsp(headers: Record<string, string[]> | undefined): Record<string, string[]> {
  return Object.fromEntries(Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy'));
}
