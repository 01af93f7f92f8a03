import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { WizardError } from '../electron/common/errors';
import { render } from '../electron/common/messages/catalogs';
import { msg } from '../electron/common/messages/message';
import { CHANNEL_NAMES, type ChannelName } from '../electron/common/ipc/channels';
import { CONTRACT, type CampaignConnection, type CheckReport } from '../electron/common/ipc/contract';
import { dispatch, type Handlers } from '../electron/main/dispatch';
import { createHandlers } from '../electron/main/handlers';
import { createNodeServices } from '../electron/main/node-adapters';
import type { CampaignService, NetworkContext } from '../electron/main/handler-deps';
import { exportConfig } from '../electron/node/handover/export';
import { getSecret, setSecret } from '../electron/node/keychain/keychain';
import { createAppStore } from '../electron/node/app-data/app-store';
import { filesContaining, makeCanary } from './helpers/canary';
import { validConfig } from './helpers/configs';

/**
 * The IPC seam without Electron: dispatch() + the real handlers over the real store (temp folder) and
 * the real keychain (the test session's gnome-keyring). Only the Campaign service is a recording
 * stand-in, to prove what reaches it and what does not.
 */
const dataDir = mkdtempSync(join(tmpdir(), 'acc-ims-ipc-'));
const exportDir = mkdtempSync(join(tmpdir(), 'acc-ims-ipc-out-'));
const keychainNames: string[] = [];
let campaignCalls: { method: string; connection: CampaignConnection }[] = [];
let campaignBehaviour: (ctx: NetworkContext, connection: CampaignConnection) => Promise<unknown> = async () => okReport;
const events: { name: string; payload: unknown }[] = [];
const logLines: string[] = [];
const activity: string[] = [];
let nextSavePath: string | null = null;
let nextOpenPath: string | null = null;

const okReport: CheckReport = { ok: true, checks: [{ id: 'reachable', status: 'pass', message: { code: 'ipc.job.check' } }] };

const recordingCampaign: CampaignService = Object.fromEntries(
  (['testConnection', 'check', 'plan', 'push'] as const).map((method) => [
    method,
    async (connection: CampaignConnection, ...rest: unknown[]) => {
      campaignCalls.push({ method, connection });
      return campaignBehaviour(rest.find((a) => typeof a === 'object' && a !== null && 'signal' in a) as NetworkContext, connection);
    },
  ]),
) as unknown as CampaignService;

const handlers = createHandlers({
  info: {
    version: '0.0.0-test',
    dataDir,
    logsDir: join(dataDir, 'logs'),
    locale: 'en-US',
    preferredLanguages: ['en-US'],
    platform: process.platform,
  },
  store: createAppStore(dataDir),
  ...createNodeServices({ generator: 'acc-ims-wizard test' }),
  campaign: recordingCampaign,
  dialogs: { save: async () => nextSavePath, open: async () => nextOpenPath, confirm: async () => false },
  openPath: async () => undefined,
  openExternal: async () => undefined,
  emit: (name, payload) => void events.push({ name, payload }),
  activity: { begin: () => activity.push('begin'), progress: (f) => activity.push(`progress ${f}`), end: () => activity.push('end') },
});

// Counts every handler that actually ran, to prove a refused request never reaches one.
const ran: string[] = [];
const spied = Object.fromEntries(
  Object.entries(handlers).map(([name, fn]) => [name, (req: unknown) => (ran.push(name), (fn as (r: unknown) => Promise<unknown>)(req))]),
) as unknown as Handlers;
const call = (name: string, raw: unknown) => dispatch(spied, name, raw, { logError: (line) => logLines.push(line) });

const connection = (password?: string) => ({ url: 'https://campaign.example.com', user: 'admin', ...(password ? { password } : {}) });

beforeEach(() => {
  ran.length = 0;
  campaignCalls = [];
  campaignBehaviour = async () => okReport;
});

afterAll(async () => {
  for (const name of keychainNames) await createNodeServices({ generator: 'x' }).keychain.deleteSecret(name);
});

describe('the contract and the handlers', () => {
  it('declares every channel name once, and has exactly one handler per channel', () => {
    expect(Object.keys(CONTRACT).sort()).toEqual([...CHANNEL_NAMES].sort());
    expect(new Set(CHANNEL_NAMES).size).toBe(CHANNEL_NAMES.length);
    expect(Object.keys(handlers).sort()).toEqual([...CHANNEL_NAMES].sort());
    for (const name of CHANNEL_NAMES) expect(typeof handlers[name]).toBe('function');
  });

  it('refuses a channel the contract does not declare', async () => {
    expect(await call('shell.exec', { command: 'rm -rf /' })).toEqual({
      ok: false,
      error: { kind: 'usage', message: { code: 'ipc.unknownChannel', params: { channel: 'shell.exec' } } },
    });
    expect(await call('__proto__', {})).toMatchObject({ ok: false, error: { kind: 'usage' } });
    expect(await call('constructor', {})).toMatchObject({ ok: false, error: { kind: 'usage' } });
    expect(ran).toEqual([]);
  });
});

describe('malformed payloads', () => {
  // For every channel: not an object, an unknown key, and a field of the wrong type where one exists.
  const wrongField: Partial<Record<ChannelName, unknown>> = {
    'app.openPath': { target: 'root' },
    'app.openExternal': { url: 42 },
    'settings.save': { settings: { theme: 'neon' } },
    'profiles.load': { name: '../secrets' },
    'profiles.save': { profile: { name: 'prod', connection: { url: 5 } } },
    'profiles.delete': { name: '' },
    'draft.save': { draft: { step: 'nowhere', config: {} } },
    'secret.status': { name: 'bad\u0000name' },
    'secret.set': { name: 'acc-ims-wizard/x', value: '' },
    'secret.delete': { name: 7 },
    'campaign.testConnection': { requestId: 'r1', connection: { url: '' } },
    'campaign.check': { requestId: '', connection: connection() },
    'campaign.plan': { requestId: 'r1', connection: connection(), config: [] },
    'campaign.push': { requestId: 'r1', connection: connection() },
    'campaign.cancel': { requestId: 5 },
    'files.export': { format: 'exe', config: validConfig() },
    'files.import': { pickedFileId: 12 },
  };

  for (const name of CHANNEL_NAMES) {
    it(`${name}: refused with a usage error that names the channel, before any handler runs`, async () => {
      const payloads: unknown[] = ['a string', 42, [], { unexpectedKey: true }];
      if (wrongField[name] !== undefined) payloads.push(wrongField[name]);
      for (const raw of payloads) {
        const result = await call(name, raw);
        expect(result.ok, JSON.stringify(raw)).toBe(false);
        if (result.ok) continue;
        expect(result.error.kind).toBe('usage');
        expect(['ipc.badRequest', 'ipc.badRequestAt']).toContain(result.error.message.code);
        expect(result.error.message.params).toMatchObject({ channel: name });
        expect(render('en', result.error.message)).toMatch(new RegExp(`^The request to ${name.replace('.', '\\.')} was malformed`));
        expect(render('en', result.error.message)).not.toMatch(/\n| {4}at /);
      }
      expect(ran).toEqual([]);
      expect(campaignCalls).toEqual([]);
    });
  }

  it('names the offending field', async () => {
    const result = await call('profiles.save', { profile: { name: 'prod', connection: { url: 5 } } });
    expect(result).toMatchObject({
      ok: false,
      error: { message: { code: 'ipc.badRequestAt', params: { path: 'profile.connection.url' } } },
    });
  });
});

describe('secrets never come back out', () => {
  it('redacts the operator password from a bug thrown by the service: envelope, log and stack', async () => {
    const password = makeCanary('password');
    campaignBehaviour = async (_ctx, conn) => {
      throw new TypeError(`cannot read logon reply for ${conn.user}:${conn.password}`);
    };
    const result = await call('campaign.testConnection', { requestId: randomUUID(), connection: connection(password) });
    expect(result).toMatchObject({ ok: false, error: { kind: 'internal' } });
    expect(JSON.stringify(result)).not.toContain(password);
    expect(JSON.stringify(result)).toContain('«redacted»');
    expect(logLines.join('\n')).not.toContain(password);
    expect(logLines.at(-1)).toMatch(/campaign\.testConnection failed: TypeError: cannot read logon reply for admin:«redacted»/);
    expect(logLines.at(-1)).toContain('ipc-dispatch.test.ts'); // the stack is kept for support, redacted
  });

  it('redacts the password from a user error the service throws', async () => {
    const password = makeCanary('password');
    campaignBehaviour = async () => {
      // A secret deep inside a message: a nested message's param, and an item of a list param.
      throw new WizardError(
        'refused',
        msg('ipc.internal', {
          channel: 'x',
          detail: msg('file.writeFailed', {
            path: `/tmp/${password}`,
            reason: [password, 3, msg('file.reason.system', { code: password })],
          }),
        }),
      );
    };
    const result = await call('campaign.check', { requestId: randomUUID(), connection: connection(password) });
    expect(result).toEqual({
      ok: false,
      error: {
        kind: 'refused',
        message: msg('ipc.internal', {
          channel: 'x',
          detail: msg('file.writeFailed', {
            path: '/tmp/«redacted»',
            reason: ['«redacted»', 3, msg('file.reason.system', { code: '«redacted»' })],
          }),
        }),
      },
    });
  });

  it('never echoes a secret from a malformed request', async () => {
    const password = makeCanary('password');
    const passphrase = makeCanary('passphrase');
    const value = makeCanary('client-secret');
    const results = [
      await call('campaign.push', { requestId: 'r', connection: { ...connection(password), [password]: password } }),
      await call('files.export', { format: 'bundle', config: validConfig(), passphrase, includeSecret: passphrase }),
      await call('secret.set', { name: `bad\u0001${value}`, value }),
    ];
    for (const result of results) expect(result.ok).toBe(false);
    const text = JSON.stringify(results) + logLines.join('\n');
    for (const secret of [password, passphrase, value]) expect(text).not.toContain(secret);
  });

  it('redacts a response outside the contract before logging it', async () => {
    const password = makeCanary('password');
    campaignBehaviour = async (_ctx, conn) => ({ ok: 'yes', leaked: conn.password });
    const result = await call('campaign.testConnection', { requestId: randomUUID(), connection: connection(password) });
    expect(result).toEqual({
      ok: false,
      error: { kind: 'internal', message: { code: 'ipc.badResponse', params: { channel: 'campaign.testConnection' } } },
    });
    expect(JSON.stringify(result) + logLines.join('\n')).not.toContain(password);
  });

  it('stores a client secret in the real keychain and answers only stored/not stored', async () => {
    const name = `acc-ims-wizard-test/${randomUUID()}`;
    keychainNames.push(name);
    const value = makeCanary('client-secret');
    expect(await call('secret.status', { name })).toEqual({ ok: true, value: { stored: false } });
    const set = await call('secret.set', { name, value });
    expect(set).toEqual({ ok: true, value: { stored: true } });
    expect(await call('secret.status', { name })).toEqual({ ok: true, value: { stored: true } });
    expect(await call('secret.delete', { name })).toEqual({ ok: true, value: { deleted: true } });
    expect(await call('secret.status', { name })).toEqual({ ok: true, value: { stored: false } });
    expect(filesContaining(dataDir, value)).toEqual([]);
  });

  it('refuses to autosave a draft that holds a secret seen on IPC, and writes nothing', async () => {
    const password = makeCanary('password');
    await call('campaign.testConnection', { requestId: randomUUID(), connection: connection(password) });
    const result = await call('draft.save', { draft: { step: 'instance', config: {}, answers: { note: `pw ${password}` } } });
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalid', message: { code: 'storage.refusedSecret' } } });
    expect(JSON.stringify(result)).not.toContain(password);
    expect(existsSync(join(dataDir, 'draft.json'))).toBe(false);
    expect(filesContaining(dataDir, password)).toEqual([]);
  });
});

describe('network calls', () => {
  it('reports progress (redacted), drives the taskbar, and ends with a done event', async () => {
    const password = makeCanary('password');
    const requestId = randomUUID();
    activity.length = 0;
    campaignBehaviour = async (ctx) => {
      ctx.progress('logon', 0.5);
      return okReport;
    };
    expect(await call('campaign.testConnection', { requestId, connection: connection(password) })).toEqual({ ok: true, value: okReport });
    const mine = events.filter((e) => (e.payload as { requestId: string }).requestId === requestId).map((e) => e.payload);
    expect(mine).toEqual([
      { requestId, stage: 'logon', fraction: 0.5 },
      { requestId, stage: 'finished', message: msg('ipc.job.finished', { job: msg('ipc.job.testConnection') }), fraction: 1, done: true },
    ]);
    expect(activity).toEqual(['begin', 'progress 0.5', 'end']);
  });

  it('cancels a running call at once, even when the service ignores the abort signal', async () => {
    const requestId = randomUUID();
    let release!: () => void;
    campaignBehaviour = () => new Promise((resolve) => (release = () => resolve(okReport)));
    const pending = call('campaign.check', { requestId, connection: connection() });
    await new Promise((resolve) => setImmediate(resolve));
    expect(await call('campaign.cancel', { requestId })).toEqual({ ok: true, value: { cancelled: true } });
    expect(await pending).toEqual({
      ok: false,
      error: { kind: 'cancelled', message: msg('ipc.job.cancelled', { job: msg('ipc.job.check') }) },
    });
    release();
    expect(await call('campaign.cancel', { requestId })).toEqual({ ok: true, value: { cancelled: false } });
  });

  it('does not contact the instance with an invalid config', async () => {
    const config = validConfig();
    config.account.imsOrgId = 'not-an-org';
    const result = await call('campaign.push', { requestId: randomUUID(), connection: connection(), config });
    expect(result).toMatchObject({
      ok: false,
      error: {
        kind: 'invalid',
        message: {
          code: 'ipc.configInvalid',
          params: { problems: [{ code: 'handover.problemAt', params: { path: 'account.imsOrgId' } }] },
        },
      },
    });
    expect(campaignCalls).toEqual([]);
  });
});

describe('exports through the save dialog', () => {
  it('writes the json config where the dialog says, without any secret', async () => {
    nextSavePath = join(exportDir, 'prod.json');
    const result = await call('files.export', { format: 'json', config: validConfig(), includeSecret: true });
    expect(result).toMatchObject({
      ok: true,
      value: { path: nextSavePath, notes: [{ code: 'handover.export.secretLeftOut', params: { format: 'json' } }] },
    });
    expect(JSON.parse(readFileSync(nextSavePath, 'utf8')).account.clientSecret).toEqual({ keychain: 'acc-ims-wizard/prod' });
    expect(statSync(nextSavePath).mode & 0o777).toBe(0o644);
  });

  it('writes nothing when the admin cancels the dialog', async () => {
    nextSavePath = null;
    expect(await call('files.export', { format: 'package', config: validConfig() })).toEqual({ ok: true, value: { cancelled: true } });
  });
});

describe('imports through the open dialog (the same job as acc-ims import)', () => {
  const PASSPHRASE = 'correct horse battery staple';

  /** An encrypted bundle carrying `secret` for a config that references the keychain entry `name`. */
  async function bundleFor(name: string, secret: string): Promise<string> {
    const config = validConfig();
    config.account.clientSecret = { keychain: name };
    const outPath = join(exportDir, `${randomUUID()}.accims`);
    await exportConfig({ config, format: 'bundle', outPath, secret, passphrase: PASSPHRASE });
    return outPath;
  }

  /** Picks the file, is asked for the passphrase, answers it: what the Start step does. */
  async function importWith(importCall: (raw: unknown) => Promise<unknown>, path: string) {
    nextOpenPath = path;
    const first = (await importCall({})) as { ok: true; value: { needsPassphrase: true; pickedFileId: string } };
    expect(first).toMatchObject({ ok: true, value: { needsPassphrase: true, fileName: path.split('/').pop() } });
    return importCall({ pickedFileId: first.value.pickedFileId, passphrase: PASSPHRASE });
  }

  it('says so when the bundle replaces a secret already in the keychain under that name', async () => {
    const name = `acc-ims-wizard-test/${randomUUID()}`;
    keychainNames.push(name);
    const before = makeCanary('old-secret');
    const imported = makeCanary('new-secret');
    await setSecret(name, before);
    const result = await importWith((raw) => call('files.import', raw), await bundleFor(name, imported));
    expect(result).toMatchObject({
      ok: true,
      value: {
        secretStored: true,
        config: { account: { clientSecret: { keychain: name } } },
        secretReplaced: msg('handover.import.secretReplaced', { name }),
      },
    });
    expect(result).not.toHaveProperty('value.unprotected');
    expect(await getSecret(name)).toBe(imported);
    expect(JSON.stringify(result)).not.toContain(imported);
    expect(JSON.stringify(result)).not.toContain(before);
  });

  it('puts the previous secret back when the import fails after storing the new one', async () => {
    const name = `acc-ims-wizard-test/${randomUUID()}`;
    keychainNames.push(name);
    const before = makeCanary('old-secret');
    const imported = makeCanary('new-secret');
    await setSecret(name, before);
    // The keychain takes the value, then the call times out: the import fails with the new secret stored.
    const keychain = createNodeServices({ generator: 'x' }).keychain;
    const flaky = {
      ...keychain,
      setSecret: async (entry: string, value: string) => {
        await keychain.setSecret(entry, value);
        if (value === imported)
          throw new WizardError(
            'keychain',
            msg('keychain.timeout', { seconds: 20, action: msg('keychain.action.store', { name: entry }) }),
          );
      },
    };
    const flakyHandlers = createHandlers({
      info: {
        version: '0.0.0-test',
        dataDir,
        logsDir: join(dataDir, 'logs'),
        locale: 'en-US',
        preferredLanguages: ['en-US'],
        platform: process.platform,
      },
      store: createAppStore(dataDir),
      ...createNodeServices({ generator: 'acc-ims-wizard test' }),
      keychain: flaky,
      dialogs: { save: async () => null, open: async () => nextOpenPath, confirm: async () => false },
      openPath: async () => undefined,
      openExternal: async () => undefined,
      emit: () => undefined,
    });
    const result = await importWith((raw) => dispatch(flakyHandlers, 'files.import', raw), await bundleFor(name, imported));
    expect(result).toMatchObject({ ok: false, error: { kind: 'keychain', message: { code: 'keychain.timeout' } } });
    expect(await getSecret(name)).toBe(before);
  });

  it('tells the admin a bundle made without a passphrase was neither encrypted nor authenticated', async () => {
    const outPath = join(exportDir, `${randomUUID()}.accims`);
    await exportConfig({ config: validConfig(), format: 'bundle', outPath });
    nextOpenPath = outPath;
    const result = await call('files.import', {});
    expect(result).toMatchObject({
      ok: true,
      value: { secretStored: false, unprotected: msg('handover.import.unprotected', { file: outPath.split('/').pop()! }) },
    });
  });
});
