import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from '../electron/common/messages/catalogs';
import { importHandover } from '../electron/node/handover/import';
import { deleteSecret, getSecretHost, setSecret, setSecretHost } from '../electron/node/keychain/keychain';
import { ScriptedDialogs } from './e2e/bridge';
import { makeCanary, tempHome } from './helpers/canary';
import { validConfig } from './helpers/configs';
import { testHandlers } from './helpers/handlers';
import { runCli } from './helpers/run-cli';
import { ADMIN } from './campaign-sim/scenario';
import { start, type Simulator } from './campaign-sim/server';

// The real CLI as a child process, the real keychain and the simulator: seconds apiece on a loaded machine.
vi.setConfig({ testTimeout: 120_000 });

/**
 * A stored client secret belongs to the instance it was stored or imported for: a handed-over file
 * naming a look-alike host never gets it without the admin's yes, and no password or secret goes out
 * over plain http except to this computer.
 */
let sim: Simulator | undefined;
const entries: string[] = [];
afterEach(async () => {
  await sim?.close();
  sim = undefined;
  for (const name of entries.splice(0)) await deleteSecret(name).catch(() => undefined);
});

async function storedSecret(boundTo: string | null): Promise<{ name: string; secret: string }> {
  const name = `acc-ims-test/bound-${randomBytes(6).toString('hex')}`;
  const secret = makeCanary('client-secret');
  await setSecret(name, secret);
  if (boundTo) await setSecretHost(name, boundTo);
  entries.push(name);
  return { name, secret };
}

/** A config as a look-alike would hand it over: its instance.url is the simulator, its secret an existing entry. */
function handedOverConfig(name: string, url: string): string {
  const { home } = tempHome();
  const raw = validConfig();
  raw.instance = { ...raw.instance, url };
  raw.account.clientSecret = { keychain: name };
  const file = join(home, 'handed-over.acc-ims.json');
  writeFileSync(file, JSON.stringify(raw));
  return file;
}

const push = (file: string, args: string[] = []) =>
  runCli(['push', file, '--user', 'admin', '--password-env', 'ACC_PASSWORD', ...args], { env: { ACC_PASSWORD: ADMIN.password } });

describe('acc-ims push: the secret goes only to its own instance', () => {
  it('refuses an entry bound to another host before any request, dry run included, and says how to allow it', async () => {
    sim = await start();
    const { name } = await storedSecret('campaign.example.com');
    const file = handedOverConfig(name, sim.url);
    for (const args of [[], ['--dry-run']]) {
      const run = await push(file, args);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(`"${name}" holds the client secret of campaign.example.com, not of 127.0.0.1`);
      expect(run.stderr).toContain('--accept-instance 127.0.0.1');
    }
    expect(sim.requests).toEqual([]);
    expect(await getSecretHost(name)).toBe('campaign.example.com');
  });

  it('sends it once the admin names the host with --accept-instance, and the binding stays', async () => {
    sim = await start();
    const { name, secret } = await storedSecret('campaign.example.com');
    const run = await push(handedOverConfig(name, sim.url), ['--accept-instance', '127.0.0.1', '--replace-secret']);
    expect(run.code, run.stderr).toBe(0);
    expect(sim.soapMethods()).toContain('Write');
    expect(sim.requests.some((r) => r.body.includes(secret))).toBe(true);
    expect(await getSecretHost(name)).toBe('campaign.example.com');
  });

  it('binds an entry stored without an instance to the first host it is pushed to', async () => {
    sim = await start();
    const { name } = await storedSecret(null);
    const run = await push(handedOverConfig(name, sim.url));
    expect(run.code, run.stderr).toBe(0);
    expect(await getSecretHost(name)).toBe('127.0.0.1');
  });

  it('never sends a password over plain http to another computer: refused before connecting', async () => {
    const { home } = tempHome();
    const raw = validConfig();
    raw.instance = { ...raw.instance, url: 'http://campaign.example.invalid' };
    delete raw.account.clientSecret;
    const file = join(home, 'plain-http.acc-ims.json');
    writeFileSync(file, JSON.stringify(raw));
    const run = await push(file, ['--json']);
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout);
    expect(out.error.code).toBe('connection.httpCredentials');
    expect(out.error.message).toContain('https://');
    expect(run.stderr + run.stdout).not.toContain(ADMIN.password);
  });
});

describe('desktop push: main asks before the secret leaves for another host', () => {
  const desktop = (dialogs: ScriptedDialogs) => testHandlers({ dialogs }, { locale: 'zh-TW' }).call;

  it("No keeps the secret home, Yes sends it; the question is in the admin's language and names both hosts", async () => {
    sim = await start();
    const { name } = await storedSecret('campaign.example.com');
    const config = validConfig();
    config.instance = { ...config.instance, url: sim.url };
    config.account.clientSecret = { keychain: name };
    const dialogs = new ScriptedDialogs();
    const call = desktop(dialogs);
    const request = (id: string) => ({
      requestId: id,
      connection: { url: sim!.url, user: ADMIN.login, password: ADMIN.password },
      config,
      replaceSecret: true,
      updateExisting: false,
    });

    const refused = await call('campaign.push', request('no'));
    expect(refused).toMatchObject({ ok: false, error: { kind: 'refused', message: { code: 'binding.refused' } } });
    expect(dialogs.asked).toHaveLength(1);
    expect(dialogs.asked[0]).toMatchObject({ kind: 'confirm', title: render('zh-Hant', { code: 'binding.confirm.title', params: {} }) });
    expect(dialogs.asked[0]!.message).toContain('campaign.example.com');
    expect(dialogs.asked[0]!.message).toContain('127.0.0.1');
    expect(sim.requests).toEqual([]);

    dialogs.confirms.push(true);
    const sent = await call('campaign.push', request('yes'));
    expect(sent).toMatchObject({ ok: true, value: { ok: true } });
    expect(sim.soapMethods()).toContain('Write');
  });

  it('stores a secret bound to the instance the admin named', async () => {
    const call = desktop(new ScriptedDialogs());
    const name = `acc-ims-test/desk-${randomBytes(6).toString('hex')}`;
    entries.push(name);
    expect(await call('secret.set', { name, value: makeCanary('client-secret'), instanceUrl: 'https://Campaign.Example.com/nl/' })).toEqual(
      {
        ok: true,
        value: { stored: true },
      },
    );
    expect(await getSecretHost(name)).toBe('campaign.example.com');
  });
});

describe('import', () => {
  it('never adopts an existing entry silently: the admin is told it was already there and whose it is', async () => {
    const { name } = await storedSecret('campaign.example.com');
    const file = handedOverConfig(name, 'https://look-alike.example.net');
    const outcome = await importHandover({ path: file, outPath: null });
    const said = outcome.notes.map((n) => render('en', n));
    expect(said).toContainEqual(expect.stringContaining(`"${name}", which was already on this computer (for campaign.example.com)`));
    expect(await getSecretHost(name)).toBe('campaign.example.com');
  });
});
