import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A stand-in for the `electron` module (Electron cannot run on this machine): just enough of app,
 * BrowserWindow, session, protocol, ipcMain, Menu, shell, dialog and screen for the real electron/main
 * code to start, and a record of every call it makes, so tests can check what the shell asked Electron to do.
 * Use with `vi.mock('electron', () => import('./helpers/fake-electron'))`.
 */
export const state = {
  /** What requestSingleInstanceLock answers. */
  singleInstanceLock: true,
  /** Set once app.whenReady() resolves; like Electron, some calls are refused before or after it. */
  ready: false,
  root: mkdtempSync(join(tmpdir(), 'acc-ims-electron-')),
  calls: [] as { what: string; args: unknown[] }[],
  windows: [] as FakeBrowserWindow[],
  ipcHandlers: new Map<string, (event: unknown, raw: unknown) => Promise<unknown>>(),
  applicationMenu: null as unknown,
};

const record = (what: string, ...args: unknown[]) => void state.calls.push({ what, args });
export const callsOf = (what: string) => state.calls.filter((c) => c.what === what).map((c) => c.args);

class FakeApp extends EventEmitter {
  isPackaged = true;
  enableSandbox = () => record('app.enableSandbox');
  requestSingleInstanceLock = () => (record('app.requestSingleInstanceLock'), state.singleInstanceLock);
  quit = () => record('app.quit');
  exit = (code?: number) => record('app.exit', code);
  setAppLogsPath = () => record('app.setAppLogsPath');
  whenReady = () => Promise.resolve().then(() => void (state.ready = true));
  isReady = () => state.ready;
  getPath = (name: string) => join(state.root, name);
  getVersion = () => '0.0.0-test';
  getLocale = () => 'zh-TW';
  getPreferredSystemLanguages = () => ['zh-Hant-TW', 'en-US'];
  setAboutPanelOptions = (o: unknown) => record('app.setAboutPanelOptions', o);
}
export const app = new FakeApp();

export class FakeWebContents extends EventEmitter {
  mainFrame = { url: '' };
  sent: { channel: string; payload: unknown }[] = [];
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  send = (channel: string, payload: unknown) => void this.sent.push({ channel, payload });
  setWindowOpenHandler = (handler: (details: { url: string }) => { action: string }) => void (this.windowOpenHandler = handler);
}

export class FakeBrowserWindow extends EventEmitter {
  static getAllWindows = () => state.windows.filter((w) => !w.destroyed);
  webContents = new FakeWebContents();
  destroyed = false;
  progress: number[] = [];
  loaded: { file?: string; url?: string } | null = null;
  constructor(readonly options: Record<string, unknown>) {
    super();
    state.windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }
  maximize = () => record('window.maximize');
  show = () => record('window.show');
  isDestroyed = () => this.destroyed;
  isMinimized = () => false;
  restore = () => undefined;
  focus = () => record('window.focus');
  isMaximized = () => false;
  getNormalBounds = () => ({ x: 40, y: 30, width: 1100, height: 760 });
  setProgressBar = (value: number) => void this.progress.push(value);
  loadFile = async (file: string) => {
    this.loaded = { file };
    this.webContents.mainFrame.url = `file://${file}`;
  };
  loadURL = async (url: string) => {
    this.loaded = { url };
    this.webContents.mainFrame.url = url;
  };
  /** Like Electron: 'close' may be prevented; otherwise the window goes. */
  close = () => {
    let prevented = false;
    this.emit('close', { preventDefault: () => (prevented = true) });
    if (prevented) return;
    this.destroyed = true;
    this.emit('closed');
  };
}
export const BrowserWindow = FakeBrowserWindow;

type ProtocolHandler = (request: Request) => Response | Promise<Response>;

/** Electron's Protocol of a session: one handler per scheme, called with a Request as Electron builds it. */
class FakeProtocol {
  handlers = new Map<string, ProtocolHandler>();
  handle = (scheme: string, handler: ProtocolHandler) => {
    // Electron has no session before ready, and registering a scheme twice fails.
    if (!state.ready) throw new Error('Session can only be received when app is ready');
    if (this.handlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`);
    this.handlers.set(scheme, handler);
  };
  isProtocolHandled = (scheme: string) => this.handlers.has(scheme);
  /**
   * What the page gets for a request: the handler's Response, or a network error (Response.error()) when
   * no handler serves the scheme, the handler throws or answers something that is not a Response.
   */
  request = async (url: string, init: RequestInit = {}): Promise<Response> => {
    const handler = this.handlers.get(new URL(url).protocol.slice(0, -1));
    if (!handler) return Response.error();
    try {
      const response = await handler(new Request(url, init));
      return response instanceof Response ? response : Response.error();
    } catch {
      return Response.error();
    }
  };
}

class FakeSession extends EventEmitter {
  protocol = new FakeProtocol();
  permissionRequestHandler: ((contents: unknown, permission: string, callback: (granted: boolean) => void) => void) | null = null;
  permissionCheckHandler: ((...args: unknown[]) => boolean) | null = null;
  devicePermissionHandler: ((...args: unknown[]) => boolean) | null = null;
  headersHandler:
    | ((
        details: { responseHeaders?: Record<string, string[]> },
        callback: (r: { responseHeaders: Record<string, string[]> }) => void,
      ) => void)
    | null = null;
  setPermissionRequestHandler = (h: FakeSession['permissionRequestHandler']) => void (this.permissionRequestHandler = h);
  setPermissionCheckHandler = (h: FakeSession['permissionCheckHandler']) => void (this.permissionCheckHandler = h);
  setDevicePermissionHandler = (h: FakeSession['devicePermissionHandler']) => void (this.devicePermissionHandler = h);
  webRequest = { onHeadersReceived: (h: FakeSession['headersHandler']) => void (this.headersHandler = h) };
}
export const session = { defaultSession: new FakeSession() };

export const protocol = {
  registerSchemesAsPrivileged: (schemes: unknown[]) => {
    if (state.ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
    record('protocol.registerSchemesAsPrivileged', schemes);
  },
  handle: (scheme: string, handler: ProtocolHandler) => session.defaultSession.protocol.handle(scheme, handler),
  isProtocolHandled: (scheme: string) => session.defaultSession.protocol.isProtocolHandled(scheme),
};

/** A fresh process for a test that starts electron/main/index.ts again after vi.resetModules(). */
export function restartProcess(): void {
  state.ready = false;
  state.calls.length = 0;
  state.windows.length = 0;
  state.ipcHandlers.clear();
  session.defaultSession.protocol.handlers.clear();
}

export const ipcMain = {
  handle: (channel: string, handler: (event: unknown, raw: unknown) => Promise<unknown>) => {
    if (state.ipcHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    state.ipcHandlers.set(channel, handler);
  },
};

export const Menu = {
  buildFromTemplate: (template: unknown) => template,
  setApplicationMenu: (menu: unknown) => void (state.applicationMenu = menu),
};

export const nativeTheme = { themeSource: 'system' as string };
export const screen = { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] };

export const shell = {
  openExternal: async (url: string) => record('shell.openExternal', url),
  openPath: async (path: string) => (record('shell.openPath', path), ''),
};

export const dialog = {
  showErrorBox: (title: string, content: string) => record('dialog.showErrorBox', title, content),
  showSaveDialog: async (...args: unknown[]) => (record('dialog.showSaveDialog', ...args), { canceled: true }),
  showOpenDialog: async (...args: unknown[]) => (record('dialog.showOpenDialog', ...args), { canceled: true, filePaths: [] }),
};

export default { app, BrowserWindow, session, protocol, ipcMain, Menu, nativeTheme, screen, shell, dialog };
