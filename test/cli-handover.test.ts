import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WizardError } from '../electron/common/errors';
import { readHandover } from '../electron/node/handover/import';
import { deleteSecret, getSecret, setSecret } from '../electron/node/keychain/keychain';
import { filesContaining, listFiles, makeCanary, tempHome } from './helpers/canary';
import { validConfig } from './helpers/configs';
import { runCli } from './helpers/run-cli';

// Each case starts the real CLI as a child process, several seconds apiece on a loaded 2-core machine.
vi.setConfig({ testTimeout: 120_000 });

const PASSPHRASE = 'correct horse battery staple';
const cleanup: string[] = [];
afterEach(async () => {
  for (const name of cleanup.splice(0)) await deleteSecret(name).catch(() => undefined);
});

function entryName(): string {
  const name = `acc-ims-test/${randomBytes(6).toString('hex')}`;
  cleanup.push(name);
  return name;
}

/** A work folder with a valid config whose client secret (a canary) is in the real keychain. */
async function preparedConfig() {
  const dir = mkdtempSync(join(tmpdir(), 'acc-ims-handover-'));
  const ref = entryName();
  const secret = makeCanary();
  await setSecret(ref, secret);
  const config = validConfig();
  config.account.clientSecret = { keychain: ref };
  const file = join(dir, 'prod.acc-ims.json');
  writeFileSync(file, JSON.stringify(config, null, 2));
  return { dir, file, ref, secret, config };
}

describe('acc-ims export --format package', () => {
  it('writes a parseable package with the account fields and never the secret', async () => {
    const { dir, file, secret } = await preparedConfig();
    const out = join(dir, 'prod-account.xml');
    const run = await runCli(['export', file, '--format', 'package', '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/type the IMS client secret/);
    const xml = readFileSync(out, 'utf8');
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (level, msg) => void (level !== 'warning' && errors.push(msg)) }).parseFromString(xml, 'text/xml');
    expect(errors).toEqual([]);
    const account = doc.getElementsByTagName('extAccount')[0];
    expect(account?.getAttribute('name')).toBe('Adobe_Marketing_Cloud');
    expect(xml).toContain('0123456789ABCDEF01234567@AdobeOrg');
    expect(filesContaining(dir, secret)).toEqual([]);
  });
});

describe('acc-ims export --format bundle / import', () => {
  it('round-trips: config → bundle → import → same config, the secret in the receiver keychain', async () => {
    const { dir, file, secret, config } = await preparedConfig();
    const bundle = join(dir, 'prod.accims');
    const exported = await runCli(['export', file, '--format', 'bundle', '--passphrase-env', 'PP', '--out', bundle], {
      env: { PP: PASSPHRASE },
    });
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stderr).toMatch(/encrypted client secret/);
    expect(filesContaining(dir, secret)).toEqual([]);

    const received = entryName();
    const out = join(dir, 'received.acc-ims.json');
    const imported = await runCli(['import', bundle, '--passphrase-env', 'PP', '--secret-name', received, '--out', out], {
      env: { PP: PASSPHRASE },
    });
    expect(imported.code, imported.stderr).toBe(0);
    expect(await getSecret(received)).toBe(secret);
    const written = JSON.parse(readFileSync(out, 'utf8'));
    expect(written).toEqual({ ...config, account: { ...config.account, clientSecret: { keychain: received } } });
    expect(imported.stdout + imported.stderr + exported.stdout + exported.stderr).not.toContain(secret);
    expect(filesContaining(dir, secret)).toEqual([]);
    expect(filesContaining(dir, PASSPHRASE)).toEqual([]);
  });

  it('refuses to put a secret in a bundle without a passphrase, and writes nothing', async () => {
    const { dir, file } = await preparedConfig();
    const bundle = join(dir, 'prod.accims');
    const run = await runCli(['export', file, '--format', 'bundle', '--out', bundle]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/needs a passphrase.*--passphrase-env/);
    expect(existsSync(bundle)).toBe(false);
  });

  it('says which keychain entry is missing instead of silently leaving the secret out', async () => {
    const { dir, file, ref } = await preparedConfig();
    await deleteSecret(ref);
    const bundle = join(dir, 'prod.accims');
    const run = await runCli(['export', file, '--format', 'bundle', '--passphrase-env', 'PP', '--out', bundle], {
      env: { PP: PASSPHRASE },
    });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`no secret named "${ref}"`);
    expect(existsSync(bundle)).toBe(false);
  });

  it('refuses a passphrase given on the command line without echoing it', async () => {
    const { dir, file } = await preparedConfig();
    const run = await runCli(['export', file, '--format', 'bundle', '--passphrase-env', PASSPHRASE, '--out', join(dir, 'b.accims')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/takes the NAME of an environment variable/);
    expect(run.stderr).not.toContain('horse');
  });

  it('a wrong passphrase, a damaged or a truncated bundle exit 1 and leave no file and no keychain entry', async () => {
    const { dir, file } = await preparedConfig();
    const bundle = join(dir, 'prod.accims');
    expect(
      (await runCli(['export', file, '--format', 'bundle', '--passphrase-env', 'PP', '--out', bundle], { env: { PP: PASSPHRASE } })).code,
    ).toBe(0);
    const bytes = readFileSync(bundle);
    const damaged = Buffer.from(bytes);
    damaged[damaged.length - 20]! ^= 0x01;
    const variants: [string, Buffer, string, RegExp][] = [
      ['wrong passphrase', bytes, 'not the passphrase', /passphrase/i],
      ['damaged', damaged, PASSPHRASE, /damaged|changed|passphrase/i],
      ['truncated', bytes.subarray(0, 60), PASSPHRASE, /truncated|incomplete|cut/i],
    ];
    for (const [label, content, passphrase, message] of variants) {
      const input = join(dir, `${label.replace(/ /g, '-')}.accims`);
      writeFileSync(input, content);
      const received = entryName();
      const out = join(dir, `${label}.out.json`);
      const before = listFiles(dir);
      const run = await runCli(['import', input, '--passphrase-env', 'PP', '--secret-name', received, '--out', out], {
        env: { PP: passphrase },
      });
      expect(run.code, label).toBe(1);
      expect(run.stderr, label).toMatch(message);
      expect(run.stderr.trim().split('\n'), label).toHaveLength(1);
      expect(listFiles(dir), label).toEqual(before);
      expect(await getSecret(received), label).toBeNull();
    }
  });

  it('imports a plain config JSON and never replaces an existing file it was not told to', async () => {
    const { dir, file } = await preparedConfig();
    const copy = join(dir, 'copy.json');
    writeFileSync(copy, readFileSync(file));
    const first = await runCli(['import', copy]);
    expect(first.code, first.stderr).toBe(0);
    expect(existsSync(join(dir, 'copy.acc-ims.json'))).toBe(true);
    const second = await runCli(['import', copy]);
    expect(second.code).toBe(2);
    expect(second.stderr).toMatch(/already exists.*--out/);
  });
});

describe('canary: no secret or passphrase in any file or output', () => {
  it('export json/package/bundle and import, in a temporary HOME', async () => {
    const { home, env } = tempHome();
    const { dir, file, secret } = await preparedConfig();
    const runEnv = { ...env, PP: PASSPHRASE, SECRET_VAR: secret };
    const runs = [
      await runCli(['export', file, '--format', 'json', '--secret-env', 'SECRET_VAR', '--out', join(dir, 'a.json')], { env: runEnv }),
      await runCli(['export', file, '--format', 'package', '--secret-env', 'SECRET_VAR', '--out', join(dir, 'a.xml')], { env: runEnv }),
      await runCli(['export', file, '--format', 'package'], { env: runEnv }),
      await runCli(['export', file, '--format', 'bundle', '--passphrase-env', 'PP', '--out', join(dir, 'a.accims')], { env: runEnv }),
      await runCli(
        ['import', join(dir, 'a.accims'), '--passphrase-env', 'PP', '--secret-name', entryName(), '--out', join(dir, 'b.json')],
        { env: runEnv },
      ),
      await runCli(['import', join(dir, 'a.accims'), '--passphrase-env', 'SECRET_VAR', '--out', join(dir, 'c.json')], { env: runEnv }),
    ];
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 0, 0, 1]);
    for (const needle of [secret, PASSPHRASE]) {
      for (const r of runs) expect(r.stdout + r.stderr).not.toContain(needle);
      expect(filesContaining(home, needle)).toEqual([]);
      expect(filesContaining(dir, needle)).toEqual([]);
    }
  });
});

describe('import never crashes on hostile bytes', () => {
  it('any bytes (also behind a bundle header) give a WizardError or a valid config', async () => {
    const magic = Buffer.from([0x89, 0x41, 0x43, 0x43, 0x49, 0x4d, 0x53, 0x0a]);
    const prefixes = fc.constantFrom(
      Buffer.alloc(0),
      magic,
      Buffer.concat([magic, Buffer.from([1, 0])]),
      Buffer.concat([magic, Buffer.from([1, 1])]),
      Buffer.from('{'),
      Buffer.from('<'),
    );
    await fc.assert(
      fc.asyncProperty(prefixes, fc.uint8Array({ maxLength: 300 }), async (prefix, tail) => {
        try {
          const read = await readHandover(Buffer.concat([prefix, tail]), { passphrase: PASSPHRASE });
          expect(read.config.format).toBe('acc-ims-config');
        } catch (e) {
          if (!(e instanceof WizardError)) throw e;
          expect(e.message.length).toBeGreaterThan(10);
        }
      }),
      { numRuns: 300 },
    );
  });
});
