import { app, BrowserWindow, dialog, ipcMain, Menu, nativeTheme, protocol, session, shell } from 'electron';
import type { EventName } from '../common/ipc/channels';
import { eventChannel } from '../common/ipc/channels';
import type { EventPayloadOf, Settings } from '../common/ipc/contract';
import { ADOBE_DOCS_URL, isAllowedExternalUrl } from '../common/ipc/external-links';
import { redactor } from '../common/redact';
import { render } from '../common/messages/catalogs';
import { pickLocale } from '../common/messages/locale';
import { msg } from '../common/messages/message';
import { createLogFile, errorText } from '../node/log/log-file';
import { createAppStore } from '../node/app-data/app-store';
import { createHandlers } from './handlers';
import { registerIpc } from './ipc';
import { buildMenuTemplate } from './menu';
import { createNodeServices } from './node-adapters';
import { nativeDialogs } from './native-dialogs';
import { openFolder } from './open-folder';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { APP_INDEX_URL } from './app-url';
import { RENDERER_ROOT } from './bundle-paths';
import { join } from 'node:path';
import { schemaCacheDir } from '../node/campaign/cache-folder';
import { debuggingSwitches } from './security';
import { lockDownSession } from './session-lockdown';
import { taskbarProgress } from './taskbar-progress';
import { isAppRendererUrl, type RendererLocation } from './trusted-origin';
import { createMainWindow, hardenWebContents } from './window';

/**
 * The Electron shell: lifecycle, one hardened window, menus, dialogs, taskbar progress. Every behaviour
 * worth testing lives in handlers.ts and below; this file only wires Electron's objects to them.
 */
const PRODUCT_NAME = 'ACC IMS Wizard';

// An installed build never runs with a debugger port or inspector: anyone who could attach would read
// the client secret out of memory. Refused before anything else starts.
const debugging = app.isPackaged ? debuggingSwitches(process.argv, process.platform) : [];

// Every renderer is sandboxed, whatever a window's own preferences say.
app.enableSandbox();
// The renderer's own origin (app://wizard) must be known to Chromium before ready.
registerAppScheme(protocol);

if (debugging.length > 0) {
  const text = render(pickLocale(app.getLocale()), msg('ipc.debuggingRefused', { switches: debugging }));
  process.stderr.write(`${text}\n`);
  dialog.showErrorBox(PRODUCT_NAME, text);
  app.exit(1);
} else if (!app.requestSingleInstanceLock()) {
  // A second launch hands over to the first (second-instance below) and leaves.
  app.quit();
} else {
  start().catch((e: unknown) => {
    // Nothing else can show this: the window may not exist yet.
    const locale = pickLocale(app.getLocale());
    dialog.showErrorBox(
      render(locale, msg('ipc.startFailed.title', { app: PRODUCT_NAME })),
      render(locale, msg('ipc.startFailed', { detail: redactor.redact(errorText(e)) })),
    );
    app.exit(1);
  });
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
  process.on('unhandledRejection', (e) => logger.log('error', `Unhandled rejection: ${errorText(e)}`));

  const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
  const renderer: RendererLocation = { indexUrl: APP_INDEX_URL, devServerUrl };
  const openExternal = (url: string) => {
    if (isAllowedExternalUrl(url)) void shell.openExternal(url);
  };

  lockDownSession(session.defaultSession, { strictCsp: !devServerUrl, isAppUrl: (url) => isAppRendererUrl(url, renderer) });
  // The window uses the default session: app:// is served there, from the built renderer folder only.
  serveAppProtocol(session.defaultSession.protocol, RENDERER_ROOT, (line) => logger.log('warn', line));
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, openExternal));

  const emit = <K extends EventName>(name: K, payload: EventPayloadOf<K>) => {
    if (mainWindow && !mainWindow.isDestroyed()) mainWindow.webContents.send(eventChannel(name), payload);
  };
  const store = createAppStore(dataDir);
  void store.removeStaleTempFiles().then((n) => n > 0 && logger.log('info', `Removed ${n} temp file(s) left by an interrupted save.`));
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
    // Restore points live with the app's data: "Undo the last push" reads them from there (README, "Where things live").
    ...createNodeServices({
      generator: `acc-ims-wizard ${app.getVersion()}`,
      restoreDir: join(dataDir, 'restore'),
      cacheDir: schemaCacheDir(),
    }),
    dialogs: nativeDialogs(() => mainWindow),
    openPath: openFolder,
    openExternal: (url) => shell.openExternal(url),
    emit,
    activity: taskbarProgress(() => mainWindow),
    onSettingsChanged: (settings) => applySettings(settings),
    logRendererError: (line) => logger.log('error', line),
  });
  registerIpc(ipcMain, handlers, {
    isAppUrl: (url) => isAppRendererUrl(url, renderer),
    logError: (line) => logger.log('error', line),
  });
  // The saved theme and language also drive native parts (title bar, dialogs, menu) from the first frame.
  function applySettings(settings: Pick<Settings, 'language' | 'theme'>): void {
    nativeTheme.themeSource = settings.theme;
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(
        buildMenuTemplate({
          locale: settings.language === 'system' ? pickLocale(app.getLocale()) : settings.language,
          isMac: process.platform === 'darwin',
          allowDevTools: !app.isPackaged,
          sendCommand: (command) => emit('app.command', { command }),
          openDataFolder: () => openFolder(dataDir).catch((e: unknown) => logger.log('warn', errorText(e))),
          openLogsFolder: () => openFolder(logsDir).catch((e: unknown) => logger.log('warn', errorText(e))),
          openAdobeDocs: () => openExternal(ADOBE_DOCS_URL),
        }),
      ),
    );
  }
  applySettings(
    await store.loadSettings().then(
      ({ settings }) => settings,
      () => ({ language: 'system', theme: 'system' }) as const,
    ),
  );
  app.setAboutPanelOptions({ applicationName: PRODUCT_NAME, applicationVersion: app.getVersion() });

  const openWindow = async () => {
    mainWindow = await createMainWindow({
      dataDir,
      title: PRODUCT_NAME,
      url: devServerUrl || APP_INDEX_URL,
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
