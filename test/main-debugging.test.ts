import { afterEach, describe, expect, it, vi } from 'vitest';
import type * as FakeElectron from './helpers/fake-electron';
import { render } from '../electron/common/messages/catalogs';
import { msg } from '../electron/common/messages/message';
import { debuggingSwitches } from '../electron/main/security';

// The real electron/main/index.ts, started against a fresh recording stand-in for Electron each time.
vi.mock('electron', () => import('./helpers/fake-electron'));

const argv = process.argv;
afterEach(() => {
  process.argv = argv;
});

/** Starts the shell with this command line, as an installed (packaged) build or a development one. */
async function start(args: string[], packaged: boolean) {
  vi.resetModules();
  // The mocked module survives resetModules (index.ts is evaluated afresh): clear what it recorded.
  const fake = (await import('electron')) as unknown as typeof FakeElectron;
  fake.restartProcess();
  fake.app.isPackaged = packaged;
  process.argv = [argv[0]!, 'acc-ims-wizard', ...args];
  await import('../electron/main/index');
  await new Promise((resolve) => setTimeout(resolve, 100));
  return fake;
}

describe('remote debugging in an installed build', () => {
  for (const args of [
    ['--remote-debugging-port=9222'],
    ['--remote-debugging-port', '9222'],
    ['--remote-debugging-pipe'],
    ['--inspect'],
    ['--inspect-brk=0.0.0.0:9229'],
    ['--inspect-port=9229'],
    ['--js-flags=--expose-gc'],
    ['-remote-debugging-port=9222'],
  ]) {
    it(`exits at start with ${args.join(' ')}: no window, no IPC, a message that says why`, async () => {
      const fake = await start(args, true);
      expect(fake.callsOf('app.exit')).toEqual([[1]]);
      expect(fake.state.windows).toHaveLength(0);
      expect(fake.state.ipcHandlers.size).toBe(0);
      expect(fake.callsOf('app.requestSingleInstanceLock')).toHaveLength(0);
      const [[title, text]] = fake.callsOf('dialog.showErrorBox') as [[string, string]];
      expect(title).toBe('ACC IMS Wizard');
      // In the OS language (the stand-in's is zh-TW), naming the switch as typed.
      expect(text).toBe(render('zh-Hant', msg('ipc.debuggingRefused', { switches: [args[0]!.split('=')[0]!] })));
    });
  }

  it('starts normally with ordinary switches, and without developer tools', async () => {
    const fake = await start(['--enable-logging'], true);
    await vi.waitFor(() => expect(fake.state.windows[0]?.loaded).toBeTruthy(), { timeout: 10_000 });
    expect(fake.callsOf('app.exit')).toEqual([]);
    expect(fake.state.windows[0]!.options.webPreferences).toMatchObject({ devTools: false, sandbox: true });
  });

  it('leaves a development build alone: debugging switches allowed, developer tools on', async () => {
    const fake = await start(['--inspect'], false);
    await vi.waitFor(() => expect(fake.state.windows[0]?.loaded).toBeTruthy(), { timeout: 10_000 });
    expect(fake.callsOf('app.exit')).toEqual([]);
    expect(fake.state.windows[0]!.options.webPreferences).toMatchObject({ devTools: true, sandbox: true });
  });
});

describe('debuggingSwitches', () => {
  it('reads Chromium switch spellings: one or two dashes, "/" on Windows, any case; values dropped', () => {
    expect(debuggingSwitches(['app', '--INSPECT=9229', '/remote-debugging-port=1', 'file.json'], 'win32')).toEqual([
      '--INSPECT',
      '/remote-debugging-port',
    ]);
    expect(debuggingSwitches(['app', '/inspect'], 'linux')).toEqual([]);
    expect(debuggingSwitches(['app', '--inspector-ish-not'], 'linux')).toEqual(['--inspector-ish-not']);
    expect(debuggingSwitches(['app', '--js-flagsx', '--no-sandbox', '--remote-debugging-portal'], 'darwin')).toEqual([]);
  });
});
