import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import type { BrowserContext, Page } from 'playwright-core';
import type { EventName } from '../../electron/common/ipc/channels';
import type { EventPayloadOf } from '../../electron/common/ipc/contract';
import { eventChannel } from '../../electron/common/ipc/channels';
import { dispatch } from '../../electron/main/dispatch';
import { createHandlers } from '../../electron/main/handlers';
import { createNodeServices } from '../../electron/main/node-adapters';
import type { Dialogs } from '../../electron/main/handler-deps';
import { createAppStore } from '../../electron/node/app-data/app-store';

/**
 * The stand-in for the preload: window.wizard is built by the preload's own buildWizardApi (bundled
 * into an init script), and every call crosses a Playwright binding into the REAL dispatch and
 * handlers, over the real node services (keychain, files, hand-over codec, Campaign client). Only the
 * native dialogs are scripted, and the app-data folder is a fresh temp dir per bridge.
 */
const ROOT = resolve(__dirname, '../..');
const INVOKE_PREFIX = 'wizard:';

let initScript: Promise<string> | null = null;
function preloadStandIn(): Promise<string> {
  initScript ??= build({
    stdin: {
      contents: `
        import { buildWizardApi } from './electron/preload/build-api';
        const listeners = new Map();
        window.__wizardEmit = (channel, payload) => { for (const l of listeners.get(channel) ?? []) l(payload); };
        const api = buildWizardApi({
          // Electron's IPC structured-clones every request; so does the stand-in, so a Svelte state
          // proxy (not cloneable) fails here as it would in the app.
          invoke: (channel, req) => window.__wizardInvoke(channel, structuredClone(req)),
          subscribe(channel, listener) {
            if (!listeners.has(channel)) listeners.set(channel, new Set());
            listeners.get(channel).add(listener);
            return () => listeners.get(channel).delete(listener);
          },
        });
        Object.defineProperty(window, 'wizard', { value: api, writable: false, configurable: false });
      `,
      resolveDir: ROOT,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'error',
  }).then((r) => r.outputFiles[0]!.text);
  return initScript;
}

/** Native dialogs answered by the test: queue the paths the admin would pick. */
export class ScriptedDialogs implements Dialogs {
  readonly saves: string[] = [];
  readonly opens: string[] = [];
  /** Answers to confirm(), in order; no answer left = the admin cancels. */
  readonly confirms: boolean[] = [];
  readonly asked: { kind: 'save' | 'open' | 'confirm'; title: string; defaultName?: string; message?: string }[] = [];
  async save(options: { title: string; defaultName: string }): Promise<string | null> {
    this.asked.push({ kind: 'save', title: options.title, defaultName: options.defaultName });
    return this.saves.shift() ?? null;
  }
  async open(options: { title: string }): Promise<string | null> {
    this.asked.push({ kind: 'open', title: options.title });
    return this.opens.shift() ?? null;
  }
  async confirm(options: { title: string; message: string }): Promise<boolean> {
    this.asked.push({ kind: 'confirm', title: options.title, message: options.message });
    return this.confirms.shift() ?? false;
  }
}

export interface BridgeOptions {
  /** The OS locale app.info reports (decides the language while settings say "system"). */
  locale?: string;
  /** Reuse an app-data folder (a reopened app); a fresh temp dir otherwise. */
  dataDir?: string;
  /** A stand-in IMS (test/ims-sim) for "Check with Adobe IMS"; the app itself has no such setting. */
  imsUrl?: string;
}

export interface Bridge {
  dataDir: string;
  dialogs: ScriptedDialogs;
  openedExternal: string[];
  openedPaths: string[];
  /** What the renderer sent to main.log (app.logError), as main writes it. */
  rendererErrors: string[];
  attach(context: BrowserContext): Promise<void>;
}

export async function createBridge(options: BridgeOptions = {}): Promise<Bridge> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'acc-ims-e2e-data-'));
  mkdirSync(join(dataDir, 'logs'), { recursive: true });
  const services = createNodeServices({
    generator: 'acc-ims-wizard e2e',
    restoreDir: join(dataDir, 'restore'),
    cacheDir: join(dataDir, 'cache'),
  });
  const dialogs = new ScriptedDialogs();
  const openedExternal: string[] = [];
  const openedPaths: string[] = [];
  const rendererErrors: string[] = [];
  const pages = new Set<Page>();

  const emit = <K extends EventName>(name: K, payload: EventPayloadOf<K>) => {
    for (const page of pages) {
      page
        .evaluate(([channel, p]) => (window as unknown as { __wizardEmit(c: string, p: unknown): void }).__wizardEmit(channel, p), [
          eventChannel(name),
          payload,
        ] as const)
        .catch(() => undefined);
    }
  };

  const handlers = createHandlers({
    info: {
      version: '0.1.0-e2e',
      dataDir,
      logsDir: join(dataDir, 'logs'),
      locale: options.locale ?? 'en-US',
      preferredLanguages: [options.locale ?? 'en-US'],
      platform: process.platform,
    },
    store: createAppStore(dataDir),
    keychain: services.keychain,
    campaign: services.campaign,
    handover: services.handover,
    dialogs,
    openPath: async (p) => void openedPaths.push(p),
    openExternal: async (u) => void openedExternal.push(u),
    emit,
    logRendererError: (line) => void rendererErrors.push(line),
    ...(options.imsUrl ? { imsUrlForTests: options.imsUrl } : {}),
  });

  return {
    dataDir,
    dialogs,
    openedExternal,
    openedPaths,
    rendererErrors,
    async attach(context) {
      context.on('page', (page) => {
        pages.add(page);
        page.on('close', () => pages.delete(page));
      });
      for (const page of context.pages()) pages.add(page);
      await context.exposeBinding('__wizardInvoke', async (_source, channel: string, req: unknown) => {
        const name = channel.startsWith(INVOKE_PREFIX) ? channel.slice(INVOKE_PREFIX.length) : channel;
        return dispatch(handlers, name, req);
      });
      await context.addInitScript({ content: await preloadStandIn() });
    },
  };
}
