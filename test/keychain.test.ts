import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { WizardError } from '../electron/common/errors';
import { render } from '../electron/common/messages/catalogs';
import { deleteSecret, getSecret, KEYCHAIN_SERVICE, listSecretNames, requireSecret, setSecret } from '../electron/node/keychain/keychain';
import { filesContaining, listFiles, makeCanary, tempHome } from './helpers/canary';
import { runCli } from './helpers/run-cli';

// These run against the real Secret Service (gnome-keyring) that scripts/test.sh starts for the suite.
const entryName = () => `acc-ims-test/${randomBytes(6).toString('hex')}`;

/** What the OS keychain holds, read by another program than ours (libsecret's secret-tool). */
function lookup(name: string): string | null {
  const run = spawnSync('secret-tool', ['lookup', 'service', KEYCHAIN_SERVICE, 'account', name], { encoding: 'utf8' });
  return run.status === 0 ? run.stdout : null;
}

describe('keychain service (real Secret Service)', () => {
  it('stores a secret that another libsecret client reads back, and deletes it', async () => {
    const name = entryName();
    const secret = makeCanary();
    await setSecret(name, secret);
    expect(lookup(name)).toBe(secret);
    expect(await getSecret(name)).toBe(secret);
    expect(await listSecretNames()).toContain(name);

    expect(await deleteSecret(name)).toBe(true);
    expect(lookup(name)).toBeNull();
    expect(await getSecret(name)).toBeNull();
    expect(await deleteSecret(name)).toBe(false);
  });

  it('keeps non-ASCII secrets byte for byte', async () => {
    const name = entryName();
    const secret = `密碼-ключ-🔑-${makeCanary()}`;
    await setSecret(name, secret);
    expect(await getSecret(name)).toBe(secret);
    expect(lookup(name)).toBe(secret);
    await deleteSecret(name);
  });

  it('replaces an entry in place rather than adding a second one', async () => {
    const name = entryName();
    await setSecret(name, 'first-value-1');
    await setSecret(name, 'second-value-2');
    expect(lookup(name)).toBe('second-value-2');
    expect((await listSecretNames()).filter((n) => n === name)).toHaveLength(1);
    await deleteSecret(name);
  });

  it('names a missing entry and says how to store it', async () => {
    const name = entryName();
    const error = await requireSecret(name).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WizardError);
    expect((error as WizardError).kind).toBe('keychain');
    expect((error as WizardError).userMessage).toEqual({ code: 'keychain.missingEntry', params: { name, command: name } });
    expect(render('en', (error as WizardError).userMessage)).toContain(`acc-ims secret set ${name}`);
  });

  it('refuses names that would be ambiguous in the keychain', async () => {
    for (const [bad, code] of [
      ['', 'keychain.name.empty'],
      ['  ', 'keychain.name.empty'],
      [' lead', 'keychain.name.badCharacters'],
      ['trail ', 'keychain.name.badCharacters'],
      ['new\nline', 'keychain.name.badCharacters'],
      ['x'.repeat(201), 'keychain.name.tooLong'],
    ]) {
      await expect(setSecret(bad!, 'value-1234')).rejects.toMatchObject({ kind: 'usage', userMessage: { code } });
    }
  });
});

describe('acc-ims secret', () => {
  it('set reads the value from a pipe, drops one trailing newline, and stores exactly the rest', async () => {
    const cases: [string, string][] = [
      ['plain', 'abc-123-secret'],
      ['newline', 'abc-123-secret\n'],
      ['CRLF', 'abc-123-secret\r\n'],
    ];
    for (const [label, input] of cases) {
      const name = entryName();
      const run = await runCli(['secret', 'set', name], { input });
      expect(run.code, `${label}: ${run.stderr}`).toBe(0);
      expect(lookup(name), label).toBe('abc-123-secret');
      expect(run.stdout + run.stderr).not.toContain('abc-123-secret');
      await deleteSecret(name);
    }
    const name = entryName();
    expect((await runCli(['secret', 'set', name], { input: 'two-lines\n\n' })).code).toBe(0);
    expect(lookup(name)).toBe('two-lines\n');
    await deleteSecret(name);
  });

  it('set refuses empty input and stores nothing', async () => {
    const name = entryName();
    const run = await runCli(['secret', 'set', name], { input: '\n' });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/empty; nothing was stored/);
    expect(lookup(name)).toBeNull();
  });

  it('never takes the value from the command line', async () => {
    const name = entryName();
    const run = await runCli(['secret', 'set', name, 'value-on-argv'], { input: 'x-from-stdin' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/never go on the command line/);
    expect(run.stdout + run.stderr).not.toContain('value-on-argv');
    expect(lookup(name)).toBeNull();
  });

  it('list prints names only; delete removes the entry; deleting again exits 1 and says so', async () => {
    const name = entryName();
    const secret = makeCanary();
    await setSecret(name, secret);
    const list = await runCli(['secret', 'list']);
    expect(list.code).toBe(0);
    expect(list.stdout.split('\n')).toContain(name);
    expect(list.stdout + list.stderr).not.toContain(secret);

    const del = await runCli(['secret', 'delete', name]);
    expect(del.code).toBe(0);
    expect(lookup(name)).toBeNull();

    const again = await runCli(['secret', 'delete', name]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`no secret named "${name}"`);
  });

  it('with no Secret Service: exits 1 with what to install, and writes nothing anywhere', async () => {
    const { home, env } = tempHome();
    const secret = makeCanary();
    const name = entryName();
    // A shell with no D-Bus session and no display: what a bare server or SSH login looks like.
    const run = await runCli(['secret', 'set', name], {
      input: secret,
      env: { ...env, DBUS_SESSION_BUS_ADDRESS: undefined, DISPLAY: undefined, WAYLAND_DISPLAY: undefined },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/no Secret Service is running/);
    expect(run.stderr).toMatch(/gnome-keyring/);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stdout + run.stderr).not.toContain(secret);
    expect(listFiles(home).filter((f) => !f.endsWith('/tmp'))).toEqual([]);
    expect(filesContaining(home, secret)).toEqual([]);
    expect(lookup(name)).toBeNull();
  });
});
