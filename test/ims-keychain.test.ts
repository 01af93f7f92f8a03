import { randomBytes } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteSecret, setSecret } from '../electron/node/keychain/keychain';
import { filesContaining, makeCanary, tempHome } from './helpers/canary';
import { minimalConfig } from './helpers/configs';
import { runCli } from './helpers/run-cli';
import { startImsSim, type ImsSim } from './ims-sim/server';

// Real Secret Service: run through scripts/test.sh, which starts a private D-Bus session and keyring.

// Each case starts the real CLI as a child process, seconds apiece on a loaded 2-core machine.
vi.setConfig({ testTimeout: 120_000 });

let sim: ImsSim | undefined;
const entries: string[] = [];
afterEach(async () => {
  await sim?.close();
  sim = undefined;
  for (const name of entries.splice(0)) await deleteSecret(name);
});

async function configWithKeychainSecret(secret: string): Promise<string> {
  const name = `acc-ims-test/ims-${randomBytes(6).toString('hex')}`;
  await setSecret(name, secret);
  entries.push(name);
  const config = minimalConfig();
  config.account.clientSecret = { keychain: name };
  const file = join(mkdtempSync(join(tmpdir(), 'acc-ims-ims-kc-')), 'prod.acc-ims.json');
  writeFileSync(file, JSON.stringify(config));
  return file;
}

describe('acc-ims ims-check with the secret in the keychain', () => {
  it("reads the secret from the config's keychain reference; a wrong one is rejected (exit 1), the right one not (exit 0)", async () => {
    sim = await startImsSim({ clients: { 'Campaign1-Demo': 'right-secret-0000' } });
    const wrong = await runCli(['ims-check', await configWithKeychainSecret('wrong-secret-1111'), '--ims-url', sim.url, '--json']);
    expect(wrong.code).toBe(1);
    expect(JSON.parse(wrong.stdout).result).toBe('invalid-client-secret');
    const right = await runCli(['ims-check', await configWithKeychainSecret('right-secret-0000'), '--ims-url', sim.url, '--json']);
    expect(right.code).toBe(0);
    expect(JSON.parse(right.stdout).result).toBe('not-rejected');
  });

  it('canary: the keychain secret reaches only the IMS POST body', async () => {
    const { home, env } = tempHome();
    const canary = makeCanary('ims-kc');
    sim = await startImsSim({ clients: { 'Campaign1-Demo': 'right-secret-0000' } });
    const run = await runCli(['ims-check', await configWithKeychainSecret(canary), '--ims-url', sim.url], {
      env: { ...env, ACC_IMS_DEBUG: '1' },
    });
    expect(run.code).toBe(1);
    expect(run.stdout + run.stderr).not.toContain(canary);
    expect(sim.requests).toHaveLength(1);
    expect(new URLSearchParams(sim.requests[0]!.body).get('client_secret')).toBe(canary);
    expect(sim.requests[0]!.url).not.toContain(canary);
    expect(filesContaining(home, canary)).toEqual([]);
  });

  it('a keychain reference with no entry: says how to store it, exit 2 (not 1, which means IMS rejected), nothing sent', async () => {
    sim = await startImsSim();
    const config = minimalConfig();
    config.account.clientSecret = { keychain: `acc-ims-test/none-${randomBytes(6).toString('hex')}` };
    const file = join(mkdtempSync(join(tmpdir(), 'acc-ims-ims-kc-')), 'prod.acc-ims.json');
    writeFileSync(file, JSON.stringify(config));
    const run = await runCli(['ims-check', file, '--ims-url', sim.url, '--json']);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: false, result: null });
    expect(run.stderr).toContain('acc-ims secret set');
    expect(sim.requests).toHaveLength(0);
  });
});
