import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CHANNEL_NAMES, invokeChannel } from '../electron/common/ipc/channels';
import type { IpcError } from '../electron/common/ipc/contract';
import { ADOBE_DOCS_URL } from '../electron/common/ipc/external-links';
import { RENDERER_ROOT } from '../electron/main/bundle-paths';
import { CONTENT_SECURITY_POLICY, WEB_PREFERENCES } from '../electron/main/security';
import { app, callsOf, nativeTheme, session, state, type FakeBrowserWindow, FakeWebContents } from './helpers/fake-electron';

// The real electron/main/index.ts, started against a recording stand-in for Electron.
vi.mock('electron', () => import('./helpers/fake-electron'));
// A built renderer to serve (the real one is not built for unit tests), with a file beside it that must stay unreachable.
vi.mock('../electron/main/bundle-paths', async (importOriginal) => {
  const fs = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const base = fs.mkdtempSync(join(tmpdir(), 'acc-ims-renderer-'));
  fs.mkdirSync(join(base, 'renderer', 'assets'), { recursive: true });
  fs.writeFileSync(join(base, 'renderer', 'index.html'), '<!doctype html><title>app</title>');
  fs.writeFileSync(join(base, 'renderer', 'assets', 'index.js'), 'export {};');
  fs.writeFileSync(join(base, 'outside.txt'), 'not part of the app');
  return { ...(await importOriginal<object>()), RENDERER_ROOT: join(base, 'renderer') };
});

const APP_INDEX = 'app://wizard/index.html';
/** A request as the page would make it, answered by what the shell registered for app:// on the window's session. */
const appRequest = (url: string, init?: RequestInit) => session.defaultSession.protocol.request(url, init);

let win: FakeBrowserWindow;
const appFrame = () => win.webContents.mainFrame;
const invoke = (channel: string, raw: unknown, frame: { url: string } = appFrame(), sender: { mainFrame: unknown } = win.webContents) =>
  state.ipcHandlers.get(invokeChannel(channel as (typeof CHANNEL_NAMES)[number]))!({ senderFrame: frame, sender }, raw) as Promise<{
    ok: boolean;
    value?: unknown;
    error?: IpcError;
  }>;

beforeAll(async () => {
  await import('../electron/main/index');
  await vi.waitFor(() => expect(state.windows[0]?.loaded).toBeTruthy(), { timeout: 10_000 });
  win = state.windows[0]!;
});

describe('Electron shell start-up', () => {
  it('sandboxes every renderer and holds the single-instance lock before anything else', () => {
    expect(callsOf('app.enableSandbox')).toHaveLength(1);
    expect(callsOf('app.requestSingleInstanceLock')).toHaveLength(1);
    expect(callsOf('app.quit')).toHaveLength(0);
  });

  it('opens exactly one window, with the secure preferences and no others', () => {
    expect(state.windows).toHaveLength(1);
    const prefs = win.options.webPreferences as Record<string, unknown>;
    // An installed build (the stand-in says isPackaged) has no developer tools.
    expect(prefs).toEqual({ ...WEB_PREFERENCES, devTools: false });
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
    expect(String(prefs.preload)).toMatch(/[\\/]preload[\\/]index\.cjs$/);
    expect(win.options).toMatchObject({ minWidth: 1024, minHeight: 700, show: false });
  });

  it('keeps the preferences constant frozen, so no code path can relax it', () => {
    expect(Object.isFrozen(WEB_PREFERENCES)).toBe(true);
    expect(() => {
      (WEB_PREFERENCES as { sandbox: boolean }).sandbox = false;
    }).toThrow(TypeError);
    expect(WEB_PREFERENCES.sandbox).toBe(true);
  });

  it('loads the built renderer from app://wizard/index.html, not from a file:// URL', () => {
    expect(win.loaded).toEqual({ url: APP_INDEX });
  });

  it("registers app: as a standard, secure scheme before ready (nothing more), and serves it on the window's session", () => {
    // The stand-in throws if the scheme is registered after ready, as Electron does.
    expect(callsOf('protocol.registerSchemesAsPrivileged')).toEqual([[[{ scheme: 'app', privileges: { standard: true, secure: true } }]]]);
    expect(win.options.webPreferences).not.toHaveProperty('partition');
    expect(session.defaultSession.protocol.isProtocolHandled('app')).toBe(true);
  });

  it('registers a handler for every contract channel, and only those', () => {
    expect([...state.ipcHandlers.keys()].sort()).toEqual(CHANNEL_NAMES.map(invokeChannel).sort());
  });
});

describe('IPC as registered by the shell', () => {
  it('serves the app page', async () => {
    const result = await invoke('app.info', {});
    expect(result.ok).toBe(true);
    expect(result.value).toMatchObject({
      version: '0.0.0-test',
      locale: 'zh-TW',
      dataDir: join(state.root, 'userData'),
      logsDir: join(state.root, 'logs'),
    });
  });

  it('refuses a foreign page, a subframe and a frame that went away, without running the handler', async () => {
    const draftFile = join(state.root, 'userData', 'draft.json');
    const draft = { draft: { step: 'start', config: {} } };
    const foreign = [
      { frame: { url: 'https://evil.example/index.html' }, sender: undefined },
      { frame: { url: pathToFileURL(join(state.root, 'other.html')).href }, sender: undefined },
      { frame: { url: appFrame().url }, sender: { mainFrame: { url: appFrame().url } } }, // an iframe showing the same file
      { frame: null, sender: undefined },
    ];
    for (const { frame, sender } of foreign) {
      const result = await state.ipcHandlers.get(invokeChannel('draft.save'))!(
        { senderFrame: frame, sender: sender ?? { mainFrame: frame } },
        draft,
      );
      expect(result).toEqual({
        ok: false,
        error: { kind: 'refused', message: { code: 'ipc.foreignSender', params: { channel: 'draft.save' } } },
      });
    }
    expect(existsSync(draftFile)).toBe(false);
    const saved = await invoke('draft.save', draft);
    expect(saved.ok).toBe(true);
    expect(existsSync(draftFile)).toBe(true);
  });

  it('refuses the built index.html over file:// and any app: page but the index', async () => {
    const index = { url: `${APP_INDEX}?x=1#top` };
    expect((await invoke('app.info', {}, index, { mainFrame: index })).ok).toBe(true);
    for (const url of [
      pathToFileURL(join(RENDERER_ROOT, 'index.html')).href,
      'app://wizard/other.html',
      'app://wizard/assets/index.js',
      'app://evil/index.html',
      'app://wizard:8080/index.html',
      'app://user@wizard/index.html',
    ]) {
      const frame = { url };
      const result = await invoke('app.info', {}, frame, { mainFrame: frame });
      expect(result, url).toEqual({
        ok: false,
        error: { kind: 'refused', message: { code: 'ipc.foreignSender', params: { channel: 'app.info' } } },
      });
    }
  });

  it('logs each refusal in the log file', () => {
    const log = readFileSync(join(state.root, 'logs', 'main.log'), 'utf8');
    expect(log).toContain('Refused draft.save from a foreign sender: https://evil.example/index.html');
  });

  it('refuses a malformed payload with a usage error', async () => {
    const result = await invoke('profiles.load', { name: '../../etc/passwd' });
    expect(result.ok).toBe(false);
    expect(result.error!.kind).toBe('usage');
    expect(result.error!.message).toEqual({
      code: 'ipc.badRequestAt',
      params: { channel: 'profiles.load', path: 'name', detail: { code: 'storage.profileName.invalid' } },
    });
  });

  it('applies a saved theme to native UI', async () => {
    const result = await invoke('settings.save', { settings: { language: 'en', theme: 'dark' } });
    expect(result.ok).toBe(true);
    expect(nativeTheme.themeSource).toBe('dark');
  });
});

describe('session lock-down', () => {
  const ses = session.defaultSession;

  it('denies every permission request and check', () => {
    for (const permission of ['media', 'notifications', 'geolocation', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const answers: boolean[] = [];
      ses.permissionRequestHandler!(win.webContents, permission, (granted) => answers.push(granted));
      expect(answers).toEqual([false]);
      expect(ses.permissionCheckHandler!(win.webContents, permission, 'file:///', {})).toBe(false);
    }
    expect(ses.devicePermissionHandler!({ deviceType: 'usb', origin: 'file://' })).toBe(false);
  });

  it("lets only the app's own page write text to the clipboard (its Copy buttons)", () => {
    const ask = (url: string) => {
      const contents = new FakeWebContents();
      contents.mainFrame.url = url;
      const answers: boolean[] = [];
      ses.permissionRequestHandler!(contents, 'clipboard-sanitized-write', (granted) => answers.push(granted));
      return [...answers, ses.permissionCheckHandler!(contents, 'clipboard-sanitized-write', '', {})];
    };
    expect(ask(win.webContents.mainFrame.url)).toEqual([true, true]);
    expect(ask('https://evil.example.com/')).toEqual([false, false]);
    expect(ask(pathToFileURL(join(RENDERER_ROOT, 'index.html')).href)).toEqual([false, false]);
    expect(ask('app://wizard/other.html')).toEqual([false, false]);
    expect(ses.permissionCheckHandler!(null, 'clipboard-sanitized-write', '', {})).toBe(false);
  });

  it('cancels every download', () => {
    const event = { preventDefault: vi.fn() };
    ses.emit('will-download', event, {}, win.webContents);
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('sends the strict CSP with every response, replacing a weaker one', () => {
    const out: Record<string, string[]>[] = [];
    ses.headersHandler!({ responseHeaders: { 'content-security-policy': ["script-src 'unsafe-inline' *"], 'X-Other': ['kept'] } }, (r) =>
      out.push(r.responseHeaders),
    );
    expect(out[0]).toEqual({ 'X-Other': ['kept'], 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] });
  });

  it('serves app://wizard from the renderer folder only, with the strict CSP', async () => {
    const page = await appRequest(APP_INDEX);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toBe('<!doctype html><title>app</title>');
    expect((await appRequest('app://wizard/assets/index.js')).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    for (const url of [
      'app://wizard/../outside.txt',
      'app://wizard/%2e%2e/outside.txt',
      'app://wizard/assets/%2e%2e%2f..%2foutside.txt',
      'app://wizard/..%5coutside.txt',
      `app://wizard/${encodeURIComponent(join(RENDERER_ROOT, '..', 'outside.txt'))}`,
      'app://evil/index.html',
      'app://wizard/missing.js',
    ]) {
      const response = await appRequest(url);
      expect([403, 404], url).toContain(response.status);
      expect(await response.text(), url).not.toContain('not part of the app');
    }
    expect((await appRequest(APP_INDEX, { method: 'POST', body: 'x' })).status).toBe(405);
  });

  it('has a CSP that allows nothing but the app itself', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name!, values]),
    );
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('connect-src')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline|\*|http:|https:/);
  });
});

describe('navigation, new windows and external links', () => {
  const contents = () => win.webContents as FakeWebContents;
  const opened = () => callsOf('shell.openExternal').map(([url]) => url);

  it('never navigates away; an allowlisted Adobe link goes to the OS browser instead', () => {
    const before = opened().length;
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'http://experienceleague.adobe.com/x', 'javascript:alert(1)']) {
      const event = { preventDefault: vi.fn() };
      contents().emit('will-navigate', event, url);
      expect(event.preventDefault).toHaveBeenCalled();
    }
    expect(opened().length).toBe(before);
    const event = { preventDefault: vi.fn() };
    contents().emit('will-navigate', event, ADOBE_DOCS_URL);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(opened().slice(before)).toEqual([ADOBE_DOCS_URL]);
  });

  it('denies every new window, opening only allowlisted links in the browser', () => {
    const before = opened().length;
    expect(contents().windowOpenHandler!({ url: 'https://evil.example/phish' })).toEqual({ action: 'deny' });
    expect(contents().windowOpenHandler!({ url: 'https://helpx.adobe.com/campaign.html' })).toEqual({ action: 'deny' });
    expect(opened().slice(before)).toEqual(['https://helpx.adobe.com/campaign.html']);
  });

  it('refuses redirects and <webview> tags', () => {
    for (const name of ['will-redirect', 'will-attach-webview']) {
      const event = { preventDefault: vi.fn() };
      contents().emit(name, event, {}, {});
      expect(event.preventDefault).toHaveBeenCalled();
    }
  });

  it('hardens every web contents created later too', () => {
    const later = new (win.constructor as typeof FakeBrowserWindow)({});
    const event = { preventDefault: vi.fn() };
    later.webContents.emit('will-navigate', event, 'https://evil.example/');
    expect(event.preventDefault).toHaveBeenCalled();
    expect(later.webContents.windowOpenHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    later.destroyed = true;
  });

  it('app.openExternal refuses anything off the allowlist and opens Adobe docs', async () => {
    const before = opened().length;
    for (const url of [
      'https://evil.example/',
      'http://helpx.adobe.com/',
      'https://helpx.adobe.com.evil.example/',
      'https://user:pw@helpx.adobe.com/',
      'file:///etc/passwd',
    ]) {
      const result = await invoke('app.openExternal', { url });
      expect(result.ok).toBe(false);
      expect(result.error!.kind).toBe('refused');
      expect(result.error!.message).toMatchObject({ code: 'ipc.externalRefused' });
    }
    expect(opened().length).toBe(before);
    expect((await invoke('app.openExternal', { url: ADOBE_DOCS_URL })).ok).toBe(true);
    expect(opened().slice(before)).toEqual([ADOBE_DOCS_URL]);
  });
});

describe('native menu', () => {
  type Item = { id?: string; label?: string; role?: string; submenu?: Item[]; click?: () => unknown };
  const menu = () => state.applicationMenu as Item[];
  const item = (top: string, id: string) =>
    menu()
      .find((m) => m.id === top)
      ?.submenu?.find((m) => m.id === id);

  it("speaks the admin's language: the OS's at first, then the one picked in the wizard", async () => {
    await invoke('settings.save', { settings: { language: 'system', theme: 'system' } });
    expect(item('help', 'dataFolder')!.label).toBe('開啟應用程式資料夾'); // the stand-in OS is zh-TW
    expect(menu().find((m) => m.id === 'file')!.label).toBe('檔案(&F)');
    await invoke('settings.save', { settings: { language: 'en', theme: 'system' } });
    expect(item('help', 'dataFolder')!.label).toBe('Open Data Folder');
    expect(item('file', 'export')!.label).toBe('Export…');
  });

  it('has Help > Open Data Folder and Open Logs Folder, which create and open those folders', async () => {
    const data = item('help', 'dataFolder');
    const logs = item('help', 'logsFolder');
    expect(data && logs).toBeTruthy();
    const before = callsOf('shell.openPath').length;
    await data!.click!();
    await logs!.click!();
    expect(callsOf('shell.openPath').slice(before)).toEqual([[join(state.root, 'userData')], [join(state.root, 'logs')]]);
  });

  it('opens the Adobe page on this task from Help, and sends File commands to the wizard', () => {
    item('help', 'adobeDocs')!.click!();
    expect(callsOf('shell.openExternal').at(-1)).toEqual([ADOBE_DOCS_URL]);
    item('file', 'export')!.click!();
    expect(win.webContents.sent.at(-1)).toEqual({ channel: 'wizard-event:app.command', payload: { command: 'export' } });
  });

  it('offers no developer tools in a packaged build', () => {
    const roles = JSON.stringify(menu());
    expect(roles).not.toContain('toggleDevTools');
  });
});

describe('window lifecycle', () => {
  it('focuses the existing window when a second instance starts', () => {
    const before = callsOf('window.focus').length;
    app.emit('second-instance');
    expect(callsOf('window.focus').length).toBe(before + 1);
  });

  it('remembers size and place on close, then closes', async () => {
    const file = join(state.root, 'userData', 'window-state.json');
    win.close();
    expect(win.destroyed).toBe(false); // held back until the state is on disk
    await vi.waitFor(() => expect(win.destroyed).toBe(true));
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ x: 40, y: 30, width: 1100, height: 760, maximized: false });
  });

  it('resumes a quit that the state save held back (Cmd+Q on macOS)', async () => {
    app.emit('activate');
    await vi.waitFor(() => expect(state.windows.filter((w) => !w.destroyed && w.loaded)).toHaveLength(1));
    const second = state.windows.at(-1)!;
    const quitsBefore = callsOf('app.quit').length;
    app.emit('before-quit');
    second.close();
    await vi.waitFor(() => expect(callsOf('app.quit').length).toBe(quitsBefore + 1));
  });
});
