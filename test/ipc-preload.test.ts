import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { CHANNEL_NAMES, EVENT_NAMES, eventChannel, eventMember, invokeChannel } from '../electron/common/ipc/channels';

/**
 * The preload as Electron runs it: bundled into one CommonJS file (as electron-vite does), then run in a
 * bare VM context whose `require` offers only a recording `electron` — what a sandboxed preload gets.
 */
type Listener = (event: unknown, payload: unknown) => void;

let exposed: { key: string; api: any }[];
let required: string[];
let invoked: { channel: string; req: unknown }[];
let listeners: Map<string, Set<Listener>>;

beforeAll(async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'acc-ims-preload-'));
  const outfile = join(outDir, 'index.cjs');
  await build({
    entryPoints: [resolve(__dirname, '../electron/preload/index.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    external: ['electron'],
    logLevel: 'silent',
  });
  exposed = [];
  required = [];
  invoked = [];
  listeners = new Map();
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.push({ key, api }) },
    ipcRenderer: {
      invoke: async (channel: string, req: unknown) => (invoked.push({ channel, req }), { ok: true, value: channel }),
      on: (channel: string, l: Listener) => void (listeners.get(channel) ?? listeners.set(channel, new Set()).get(channel)!).add(l),
      removeListener: (channel: string, l: Listener) => void listeners.get(channel)?.delete(l),
    },
  };
  const module = { exports: {} };
  runInNewContext(readFileSync(outfile, 'utf8'), {
    module,
    exports: module.exports,
    require: (id: string) => {
      required.push(id);
      if (id === 'electron') return electron;
      throw new Error(`a sandboxed preload cannot require "${id}"`);
    },
  });
});

describe('the preload bridge', () => {
  it('is one file that needs nothing but electron', () => {
    expect(required).toEqual(['electron']);
  });

  it('exposes exactly one global, window.wizard', () => {
    expect(exposed.map((e) => e.key)).toEqual(['wizard']);
  });

  it('offers exactly the contract channels and events, and nothing else', () => {
    const api = exposed[0]!.api;
    const members = Object.entries(api).flatMap(([area, verbs]) => Object.keys(verbs as object).map((verb) => `${area}.${verb}`));
    const expected = [
      ...CHANNEL_NAMES,
      ...EVENT_NAMES.map((name) => {
        const { area, member } = eventMember(name);
        return `${area}.${member}`;
      }),
    ];
    expect(members.sort()).toEqual([...expected].sort());
    for (const area of Object.values(api)) for (const member of Object.values(area as object)) expect(typeof member).toBe('function');
    expect(JSON.stringify(Object.keys(api))).not.toMatch(/ipcRenderer|send|require|process/);
  });

  it('is frozen: the page cannot add or replace a member', () => {
    const api = exposed[0]!.api;
    expect(Object.isFrozen(api)).toBe(true);
    for (const area of Object.values(api)) expect(Object.isFrozen(area)).toBe(true);
    expect(() => {
      api.app.info = () => 'hijacked';
    }).toThrow(TypeError);
  });

  it('sends each call on its own namespaced channel with the request as given', async () => {
    const api = exposed[0]!.api;
    for (const name of CHANNEL_NAMES) {
      const [area, verb] = name.split('.') as [string, string];
      const req = { probe: name };
      await expect(api[area][verb](req)).resolves.toEqual({ ok: true, value: invokeChannel(name) });
      expect(invoked.at(-1)).toEqual({ channel: invokeChannel(name), req });
    }
    await api.app.info();
    expect(invoked.at(-1)).toEqual({ channel: invokeChannel('app.info'), req: {} });
  });

  it('passes events to a listener without the IPC event object, and unsubscribes', () => {
    const api = exposed[0]!.api;
    const seen: unknown[][] = [];
    const channel = eventChannel('campaign.progress');
    const off = api.campaign.onProgress((...args: unknown[]) => seen.push(args));
    const senderHandle = { sender: { send: () => undefined }, ports: [] };
    for (const l of listeners.get(channel)!) l(senderHandle, { requestId: 'r', stage: 'logon', message: 'Logging on' });
    expect(seen).toEqual([[{ requestId: 'r', stage: 'logon', message: 'Logging on' }]]);
    off();
    expect(listeners.get(channel)!.size).toBe(0);
  });

  it('rejects a listener that is not a function', () => {
    expect(() => exposed[0]!.api.app.onCommand('alert(1)')).toThrow(/needs a listener function/);
  });
});
