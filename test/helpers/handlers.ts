import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dispatch } from '../../electron/main/dispatch';
import { createHandlers, type HandlerDeps } from '../../electron/main/handlers';
import { createNodeServices } from '../../electron/main/node-adapters';
import { createAppStore } from '../../electron/node/app-data/app-store';

/**
 * Main's real handlers over the real node services (keychain, hand-over, Campaign client) and a fresh
 * data folder, called through the real dispatch: what a renderer's IPC call reaches. `extra` replaces
 * any dependency (dialogs, a stand-in IMS, a log sink); `locale` is the OS language main sees.
 */
export function testHandlers(extra: Partial<HandlerDeps> = {}, options: { locale?: string } = {}) {
  const dataDir = mkdtempSync(join(tmpdir(), 'acc-ims-handlers-'));
  const events: unknown[] = [];
  const handlers = createHandlers({
    info: {
      version: '0.0.0-test',
      dataDir,
      logsDir: join(dataDir, 'logs'),
      locale: options.locale ?? 'en-US',
      preferredLanguages: [options.locale ?? 'en-US'],
      platform: process.platform,
    },
    store: createAppStore(dataDir),
    ...createNodeServices({ generator: 'acc-ims-wizard test', restoreDir: join(dataDir, 'restore'), cacheDir: join(dataDir, 'cache') }),
    dialogs: { save: async () => null, open: async () => null, confirm: async () => false },
    openPath: async () => undefined,
    openExternal: async () => undefined,
    emit: (name, payload) => void events.push({ name, payload }),
    ...extra,
  });
  const logged: string[] = [];
  return {
    dataDir,
    handlers,
    events,
    logged,
    call: (name: string, raw: unknown) => dispatch(handlers, name, raw, { logError: (line) => logged.push(line) }),
  };
}
