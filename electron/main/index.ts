import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, session, shell } from 'electron';
import { join } from 'node:path';
import type { EventName } from '../common/ipc/channels';
import { eventChannel } from '../common/ipc/channels';
import type { EventPayloadOf } from '../common/ipc/contract';
import { ADOBE_DOCS_URL, isAllowedExternalUrl } from '../common/ipc/external-links';
import { redactor } from '../common/redact';
import { createLogFile } from '../node/log/log-file';
import { createAppStore } from '../node/profiles/app-store';
import { createHandlers } from './handlers';
import { registerIpc } from './ipc';
import { buildMenuTemplate } from './menu';
import { createNodeServices } from './node-services';
import { CONTENT_SECURITY_POLICY, RENDERER_INDEX } from './security';
import { isAppRendererUrl, type RendererLocation } from './trusted-origin';
import type { ActivityIndicator, Dialogs } from './services';
import { createMainWindow, hardenWebContents } from './window';

/**
 * The Electron shell: lifecycle, one hardened window, menus, dialogs, taskbar progress. Every behaviour
 * worth testing lives in handlers.ts and below; this file only wires Electron's objects to them.
 */
const PRODUCT_NAME = 'ACC IMS Wizard';

// Every renderer is sandboxed, whatever a window's own preferences say.
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // A second launch hands over to the first (second-instance below) and leaves.
  app.quit();
} else {
  void start();
}

async function start(): Promise<void> {
  let mainWindow: BrowserWindow | null = null;
  app.setAppLogsPath();
  await app.whenReady();

  const dataDir = app.getPath('userData');
  const logsDir = app.getPath('logs');
  const logger = createLogFile(logsDir);
  logger.log('info', `${PRODUCT_NAME} ${app.getVersion()} starting (Electron ${process.versions.electron}, ${process.platform})`);
  process.on('uncaughtException', (e) => logger.log('error', `Uncaught: ${redactor.redact(e.stack ?? e.message)}`));
  process.on('unhandledRejection', (e) => logger.log('error', `Unhandled rejection: ${redactor.redactError(e)}`));

  const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
  const renderer: RendererLocation = { indexFile: RENDERER_INDEX, devServerUrl };
  const openExternal = (url: string) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
  };

  lockDownSessions(Boolean(devServerUrl));
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal));

  const emit = <K extends EventName>(name: K, payload: EventPayloadOf<K>) => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(eventChannel(name), payload);
  };
  const store = createAppStore(dataDir);
  const handlers = createHandlers({
    info: {
      version: app.getVersion(),
      dataDir,
      logsDir,
      locale: app.getLocale(),
      preferredLanguages: app.getPreferredSystemLanguages(),
      platform: process.platform,
    },
    store,
    ...createNodeServices({ generator: `acc-ims-wizard ${app.getVersion()}` }),
    dialogs: electronDialogs(() => mainWindow),
    openPath: async (path) => {
      const problem = await shell.openPath(path);
      if (problem) throw new Error(problem);
    },
    openExternal: (url) => shell.openExternal(url),
    emit,
    activity: taskbarProgress(() => mainWindow),
    onSettingsChanged: (settings) => {
      nativeTheme.themeSource = settings.theme;
    },
  });
  registerIpc(ipcMain, handlers, {
    isAppUrl: (url) => isAppRendererUrl(url, renderer),
    logError: (line) => logger.log('error', line),
  });
  // The saved theme also drives native parts (title bar, dialogs) from the first frame.
  void store.loadSettings().then(
    ({ settings }) => (nativeTheme.themeSource = settings.theme),
    () => undefined,
  );

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate({
        isMac: process.platform === 'darwin',
        allowDevTools: !app.isPackaged,
        sendCommand: (command) => emit('app.command', { command }),
        openDataFolder: () => void shell.openPath(dataDir),
        openLogsFolder: () => void shell.openPath(logsDir),
        openAdobeDocs: () => openExternal(ADOBE_DOCS_URL),
      }),
    ),
  );
  app.setAboutPanelOptions({ applicationName: PRODUCT_NAME, applicationVersion: app.getVersion() });

  const openWindow = async () => {
    mainWindow = await createMainWindow({
      dataDir,
      title: PRODUCT_NAME,
      load: devServerUrl ? { url: devServerUrl } : { file: RENDERER_INDEX },
      logWarning: (message) => logger.log('warn', message),
    });
    mainWindow.on('closed', () => (mainWindow = null));
  };

  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) void openWindow();
  });
  await openWindow();
}

/** CSP on every response, and no permission (camera, notifications, …) is ever granted. */
function lockDownSessions(devServer: boolean): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  // The dev server needs its own inline client; production pages get the strict policy.
  if (devServer) return;
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

function electronDialogs(window: () => BrowserWindow | null): Dialogs {
  return {
    async save({ title, defaultName, filters }) {
      const options = { title, defaultPath: join(app.getPath('documents'), defaultName), filters };
      const win = window();
      const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async open({ title, filters }) {
      const options = { title, filters, properties: ['openFile' as const] };
      const win = window();
      const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}

/** Taskbar/dock progress while any network call runs; indeterminate until a fraction is known. */
function taskbarProgress(window: () => BrowserWindow | null): ActivityIndicator {
  let active = 0;
  const set = (value: number) => {
    const win = window();
    if (win && !win.isDestroyed()) win.setProgressBar(value);
  };
  return {
    begin() {
      active += 1;
      set(2);
    },
    progress(fraction) {
      if (active > 0) set(fraction === undefined ? 2 : Math.min(1, Math.max(0, fraction)));
    },
    end() {
      active = Math.max(0, active - 1);
      if (active === 0) set(-1);
    },
  };
}
