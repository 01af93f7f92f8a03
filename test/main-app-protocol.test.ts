import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path, { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, appRequestHandler, registerAppScheme } from '../electron/main/app-protocol';
import { APP_INDEX_URL, contentTypeOf, isInsideRoot, resolveAppRequest } from '../electron/main/app-url';
import { CONTENT_SECURITY_POLICY } from '../electron/main/security';
import { isAppRendererUrl } from '../electron/main/trusted-origin';

/**
 * app://wizard, the renderer's origin (docs/ARCHITECTURE.md): which requests reach which file, what the
 * handler answers, and which page main trusts for IPC.
 */
const ROOT = '/opt/acc-ims-wizard/resources/app.asar/out/renderer';
const get = (url: string) => resolveAppRequest({ method: 'GET', url }, ROOT, path.posix);

describe('resolveAppRequest', () => {
  it('maps the app host to files inside the renderer folder', () => {
    expect(get(APP_INDEX_URL)).toEqual({ ok: true, file: `${ROOT}/index.html`, segments: ['index.html'] });
    expect(get('app://wizard/assets/index-Jmnsueid.js?v=1#x')).toMatchObject({ ok: true, file: `${ROOT}/assets/index-Jmnsueid.js` });
    expect(get('app://wizard/assets/a%20b.css')).toMatchObject({ ok: true, file: `${ROOT}/assets/a b.css` });
  });

  it.each([
    ['an encoded ../', 'app://wizard/%2e%2e%2fsecret'],
    ['an encoded ..\\', 'app://wizard/%2e%2e%5csecret'],
    ['a mixed ../', 'app://wizard/assets/..%2f..%2fsecret'],
    ['a backslash', 'app://wizard/..\\..\\secret'],
    ['an encoded backslash', 'app://wizard/assets%5c..%5c..%5csecret'],
    ['an absolute path', 'app://wizard//etc/passwd'],
    ['an encoded absolute path', 'app://wizard/%2fetc%2fpasswd'],
    ['a Windows drive', 'app://wizard/C:%5cWindows%5cwin.ini'],
    ['a Windows drive with slashes', 'app://wizard/C:/Windows/win.ini'],
    ['.. with a trailing space', 'app://wizard/..%20/secret'],
    ['... (Windows trims it to ..)', 'app://wizard/.../secret'],
    ['a NUL byte', 'app://wizard/index.html%00.png'],
    ['an alternate data stream', 'app://wizard/index.html::$DATA'],
    ['a directory', 'app://wizard/'],
  ])('refuses %s', (_, url) => {
    expect(get(url)).toEqual({ ok: false, status: 403 });
  });

  it('keeps plain and encoded dot segments inside the root (the URL parser resolves them first)', () => {
    for (const url of [
      'app://wizard/../../etc/passwd',
      'app://wizard/%2e%2e/%2E%2E/etc/passwd',
      'app://wizard/assets/.%2e/.././etc/passwd',
    ]) {
      expect(get(url), url).toMatchObject({ ok: true, file: `${ROOT}/etc/passwd` });
    }
  });

  it.each([
    ['another host', 'app://evil/index.html'],
    ['the host in another case (Chromium lowercases it)', 'app://WIZARD/index.html'],
    ['a port', 'app://wizard:8080/index.html'],
    ['a user', 'app://user:pw@wizard/index.html'],
    ['no host', 'app:///index.html'],
    ['another scheme', 'file:///opt/acc-ims-wizard/resources/app.asar/out/renderer/index.html'],
    ['https on the same host', 'https://wizard/index.html'],
  ])('refuses %s', (_, url) => {
    expect(get(url)).toEqual({ ok: false, status: 403 });
  });

  it('refuses every method but GET, and a malformed escape', () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'HEAD', 'OPTIONS', 'get']) {
      expect(resolveAppRequest({ method, url: APP_INDEX_URL }, ROOT, path.posix), method).toEqual({ ok: false, status: 405 });
    }
    expect(get('app://wizard/%E0%A4%A')).toEqual({ ok: false, status: 400 });
    expect(get('not a url')).toEqual({ ok: false, status: 400 });
  });

  it('refuses the same escapes with Windows paths, and stays inside a Windows root', () => {
    const winRoot = 'C:\\Program Files\\ACC IMS Wizard\\resources\\app.asar\\out\\renderer';
    const win = (url: string) => resolveAppRequest({ method: 'GET', url }, winRoot, path.win32);
    expect(win('app://wizard/assets/x.js')).toMatchObject({ ok: true, file: `${winRoot}\\assets\\x.js` });
    for (const url of [
      'app://wizard/..%5c..%5csecret',
      'app://wizard/..\\..\\secret',
      'app://wizard/C:%5cWindows%5cwin.ini',
      'app://wizard/%5c%5cserver%5cshare%5cx',
      'app://wizard/..%20/secret',
      'app://wizard/.%2e./secret',
    ]) {
      expect(win(url), url).toEqual({ ok: false, status: 403 });
    }
  });
});

describe('isInsideRoot', () => {
  it('holds only for paths strictly below the root, on either platform', () => {
    expect(isInsideRoot('/r/out', '/r/out/a/b.js', path.posix)).toBe(true);
    expect(isInsideRoot('/r/out', '/r/out/..foo', path.posix)).toBe(true);
    for (const file of ['/r/out', '/r/out/', '/r', '/r/out/../x', '/r/outside/x', '/etc/passwd']) {
      expect(isInsideRoot('/r/out', file, path.posix), file).toBe(false);
    }
    expect(isInsideRoot('C:\\r\\out', 'C:\\r\\out\\a.js', path.win32)).toBe(true);
    for (const file of ['C:\\r\\out\\..\\x', 'D:\\r\\out\\a.js', '\\\\server\\share\\a.js', 'C:\\r\\out']) {
      expect(isInsideRoot('C:\\r\\out', file, path.win32), file).toBe(false);
    }
  });
});

describe('contentTypeOf', () => {
  it('names the types the renderer is built of, and nothing else is sniffable', () => {
    expect(
      ['index.html', 'a.js', 'a.mjs', 'a.css', 'a.svg', 'a.woff2', 'a.woff', 'a.png', 'a.json', 'A.HTML', 'a.exe', 'noext'].map(
        contentTypeOf,
      ),
    ).toEqual([
      'text/html; charset=utf-8',
      'text/javascript; charset=utf-8',
      'text/javascript; charset=utf-8',
      'text/css; charset=utf-8',
      'image/svg+xml',
      'font/woff2',
      'font/woff',
      'image/png',
      'application/json',
      'text/html; charset=utf-8',
      'application/octet-stream',
      'application/octet-stream',
    ]);
  });
});

describe('appRequestHandler', () => {
  // A renderer folder with a secret beside it, and links that point out of (and within) the folder.
  const base = mkdtempSync(join(tmpdir(), 'acc-ims-app-protocol-'));
  const root = join(base, 'renderer');
  mkdirSync(join(root, 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
  for (const name of ['a.js', 'a.css', 'a.svg', 'a.woff2', 'a.png', 'a.json']) writeFileSync(join(root, 'assets', name), name);
  writeFileSync(join(base, 'secret.txt'), 'SECRET');
  mkdirSync(join(base, 'elsewhere'));
  writeFileSync(join(base, 'elsewhere', 'x.js'), 'SECRET');
  symlinkSync(join(base, 'secret.txt'), join(root, 'link-out.txt'));
  symlinkSync(join(base, 'elsewhere'), join(root, 'dir-out'));
  symlinkSync(join(root, 'index.html'), join(root, 'link-in.html'));
  const logged: string[] = [];
  const handler = appRequestHandler(root, (line) => logged.push(line));
  const ask = (url: string, init?: RequestInit) => handler(new Request(url, init));

  it('serves the index page with its type, the strict CSP and no sniffing', async () => {
    const response = await ask(APP_INDEX_URL);
    expect(response.status).toBe(200);
    expect(Object.fromEntries(response.headers)).toEqual({
      'content-type': 'text/html; charset=utf-8',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
    });
    expect(await response.text()).toBe('<!doctype html><title>app</title>');
  });

  it('serves each asset with its Content-Type', async () => {
    for (const name of ['a.js', 'a.css', 'a.svg', 'a.woff2', 'a.png', 'a.json']) {
      const response = await ask(`app://wizard/assets/${name}`);
      expect(response.status, name).toBe(200);
      expect(response.headers.get('content-type'), name).toBe(contentTypeOf(name));
      expect(await response.text()).toBe(name);
    }
  });

  it('answers 404 for a missing file or a folder', async () => {
    expect((await ask('app://wizard/missing.js')).status).toBe(404);
    expect((await ask('app://wizard/assets')).status).toBe(404);
  });

  it.runIf(process.platform !== 'win32')('refuses what is not a regular file (a FIFO) without opening it', { timeout: 5_000 }, async () => {
    execFileSync('mkfifo', [join(root, 'assets', 'pipe.js')]);
    expect((await ask('app://wizard/assets/pipe.js')).status).toBe(404);
  });

  it('never follows a symbolic link, out of the folder or within it', async () => {
    for (const url of ['app://wizard/link-out.txt', 'app://wizard/dir-out/x.js', 'app://wizard/link-in.html']) {
      const response = await ask(url);
      expect(response.status, url).toBe(403);
      expect(await response.text()).toBe('');
    }
  });

  it('refuses escapes, other hosts and other methods, and logs each refusal', async () => {
    logged.length = 0;
    const refusals = [
      ['app://wizard/%2e%2e%2fsecret.txt', 403],
      ['app://wizard/..%5csecret.txt', 403],
      [`app://wizard/${encodeURIComponent(join(base, 'secret.txt'))}`, 403],
      ['app://evil/index.html', 403],
      ['app://wizard/%2e%2e/secret.txt', 404], // resolved to renderer/secret.txt by the URL parser
    ] as const;
    for (const [url, status] of refusals) {
      const response = await ask(url);
      expect(response.status, url).toBe(status);
      expect(await response.text()).not.toContain('SECRET');
    }
    expect((await ask(APP_INDEX_URL, { method: 'POST', body: 'x' })).status).toBe(405);
    expect(logged).toHaveLength(refusals.length + 1);
    expect(logged[0]).toBe('Refused app request (403): GET app://wizard/%2e%2e%2fsecret.txt');
  });
});

describe('registerAppScheme', () => {
  it('asks for a standard, secure scheme and no other privilege', () => {
    const calls: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => void calls.push(schemes) });
    expect(calls).toEqual([[{ scheme: 'app', privileges: { standard: true, secure: true } }]]);
    expect(Object.isFrozen(APP_SCHEME_PRIVILEGES)).toBe(true);
  });
});

describe('isAppRendererUrl', () => {
  const built = { indexUrl: APP_INDEX_URL };
  it('trusts exactly the index page on app://wizard, query and hash aside', () => {
    for (const url of [APP_INDEX_URL, `${APP_INDEX_URL}?step=review#top`]) expect(isAppRendererUrl(url, built), url).toBe(true);
    for (const url of [
      'file:///opt/acc-ims-wizard/resources/app.asar/out/renderer/index.html',
      'file:///index.html',
      'app://wizard/',
      'app://wizard/other.html',
      'app://wizard/assets/index.html',
      'app://evil/index.html',
      'app://wizard:1/index.html',
      'app://u:p@wizard/index.html',
      'https://wizard/index.html',
      'about:blank',
      'not a url',
    ]) {
      expect(isAppRendererUrl(url, built), url).toBe(false);
    }
  });

  it("adds the dev server's origin in development, never an opaque one", () => {
    const dev = { ...built, devServerUrl: 'http://localhost:5173/' };
    expect(isAppRendererUrl('http://localhost:5173/index.html', dev)).toBe(true);
    expect(isAppRendererUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppRendererUrl(APP_INDEX_URL, dev)).toBe(true);
    expect(isAppRendererUrl('file:///index.html', { ...built, devServerUrl: 'file:///index.html' })).toBe(false);
  });
});
