import { app, BrowserWindow, screen, type WebContents } from 'electron';
import { isAllowedExternalUrl } from '../common/ipc/external-links';
import { errorText } from '../node/log/log-file';
import { loadWindowState, placeWindow, saveWindowState } from '../node/app-data/window-state';
import { webPreferences } from './security';

const DEFAULT_SIZE = { width: 1200, height: 800 };
/** The window's smallest size: the wizard is designed for 1024×700 and up. */
const MIN_WINDOW_SIZE = Object.freeze({ width: 1024, height: 700 });

/**
 * Locks a page's web contents down: no navigation away from the app, no new windows, no <webview>.
 * A click on an allowlisted Adobe link opens the OS browser instead; everything else is dropped.
 */
export function hardenWebContents(contents: WebContents, openExternal: (url: string) => void): void {
  const toBrowser = (url: string) => {
    if (isAllowedExternalUrl(url)) openExternal(url);
  };
  contents.on('will-navigate', (event, url) => {
    event.preventDefault();
    toBrowser(url);
  });
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    toBrowser(url);
    return { action: 'deny' };
  });
}

export interface MainWindowOptions {
  dataDir: string;
  title: string;
  /** The renderer: app://wizard/index.html (app-protocol.ts), or the dev server URL in development. */
  url: string;
  logWarning(message: string): void;
}

/** The one window: created only from WEB_PREFERENCES, at its remembered size and place. */
export async function createMainWindow(options: MainWindowOptions): Promise<BrowserWindow> {
  const saved = await loadWindowState(options.dataDir).catch((e: unknown) => {
    options.logWarning(`Window position not restored: ${errorText(e)}`);
    return null;
  });
  const place = placeWindow(
    saved,
    screen.getAllDisplays().map((d) => d.workArea),
    DEFAULT_SIZE,
    MIN_WINDOW_SIZE,
  );
  const win = new BrowserWindow({
    title: options.title,
    width: place.width,
    height: place.height,
    ...(place.x !== undefined && place.y !== undefined ? { x: place.x, y: place.y } : {}),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    show: false,
    autoHideMenuBar: false,
    // A copy: Electron may annotate the object it is given, and the constant must stay frozen.
    webPreferences: webPreferences({ packaged: app.isPackaged }),
  });
  if (place.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  rememberState(win, options);
  await win.loadURL(options.url);
  return win;
}

// Saves on close (before the window goes) so the next start opens where the admin left it. Holding
// the close back cancels a quit in progress (Cmd+Q on macOS), so the quit is resumed after the save.
function rememberState(win: BrowserWindow, options: MainWindowOptions): void {
  let saved = false;
  let quitting = false;
  app.once('before-quit', () => (quitting = true));
  win.on('close', (event) => {
    if (saved) return;
    event.preventDefault();
    const bounds = win.getNormalBounds();
    saveWindowState(options.dataDir, { ...bounds, maximized: win.isMaximized() })
      .catch((e: unknown) => options.logWarning(`Window position not saved: ${errorText(e)}`))
      .finally(() => {
        saved = true;
        if (quitting) app.quit();
        else if (!win.isDestroyed()) win.close();
      });
  });
}
