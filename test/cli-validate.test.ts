import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { NOBODY, runCli } from './helpers/run-cli';
import { minimalConfig, validConfig } from './helpers/configs';

// Each case starts the real CLI as a child process, several seconds apiece on a loaded 2-core machine.
vi.setConfig({ testTimeout: 120_000 });

let dir: string;
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'acc-ims-cli-'));
});

const noStack = (text: string) => expect(text).not.toMatch(/\n\s+at |Error: .*\n.*at /);

describe('acc-ims validate', () => {
  it('/dev/zero and a FIFO nobody writes to: exit 2 with "not a regular file", never a hang (the run is killed after 20 s otherwise)', async () => {
    const fifo = join(mkdtempSync(join(tmpdir(), 'acc-ims-fifo-')), 'config.json');
    execFileSync('mkfifo', [fifo]);
    for (const file of ['/dev/zero', fifo]) {
      const run = await runCli(['validate', file], { timeoutMs: 20_000 });
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('is not a regular file');
    }
  });

  it('exits 0 on a valid config and says so', async () => {
    const run = await runCli(['validate', file('ok.json', validConfig())]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/valid\./);
  });

  it('exits 0 with warnings, listing them', async () => {
    const config = validConfig();
    config.account.productContext = 'dma_other';
    const run = await runCli(['validate', file('warn.json', config), '--json']);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc).toEqual({
      valid: true,
      errors: [],
      warnings: [{ path: 'account.productContext', code: expect.stringMatching(/^rule\./), message: expect.any(String) }],
    });
  });

  it('exits 1 on an invalid config with the dotted path of each error', async () => {
    const config = minimalConfig();
    config.account.imsOrgId = '12345@AdobeOrg';
    config.account.associationMask = 'Campaign (.*) (.*)';
    config.account.extraField = true;
    const run = await runCli(['validate', file('bad.json', config), '--json']);
    expect(run.code).toBe(1);
    const doc = JSON.parse(run.stdout);
    expect(doc.valid).toBe(false);
    expect(doc.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      'account.associationMask',
      'account.extraField',
      'account.imsOrgId',
    ]);
    for (const e of doc.errors) expect(Object.keys(e).sort()).toEqual(['code', 'message', 'path']);
  });

  it('prints readable lines without --json', async () => {
    const config = minimalConfig();
    config.account.callbackServer = 'http://campaign.example.com';
    const run = await runCli(['validate', file('http.json', config)]);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/invalid, 1 error/);
    expect(run.stdout).toMatch(/error\s+account\.callbackServer: The callback server must use https/);
  });

  it.each([
    ['a missing file', () => join(dir, 'nope.json'), 2, /Cannot read the config file .*no such file/],
    ['a folder', () => dir, 2, /is a folder/],
  ])('exits 2 on %s with one line on stderr', async (_what, path, code, message) => {
    const run = await runCli(['validate', path()]);
    expect(run.code).toBe(code);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
    noStack(run.stderr);
  });

  // root reads any file whatever its mode, so as root the CLI runs as nobody, in a folder nobody may enter.
  it('exits 2 on a file without read permission', async () => {
    const path = file('locked.json', validConfig());
    chmodSync(path, 0o000);
    const asRoot = process.getuid?.() === 0;
    if (asRoot) chmodSync(dir, 0o755);
    const run = await runCli(['validate', path], asRoot ? { as: NOBODY, env: { HOME: dir } } : {});
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/permission denied/);
  });

  it('exits 1 on text that is not JSON, saying so', async () => {
    const run = await runCli(['validate', file('notjson.json', '{"format": "acc-ims-config", oops}'), '--json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).errors[0].message).toMatch(/not valid JSON/);
  });

  it('refuses a huge file quickly without reading it as a config', async () => {
    const path = join(dir, 'huge.json');
    writeFileSync(path, Buffer.alloc(50 * 1024 * 1024, 0x20));
    const run = await runCli(['validate', path]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/50\.0 MB; a config file is at most 1\.0 MB/);
    noStack(run.stderr);
  });

  it('refuses an unknown version', async () => {
    const run = await runCli(['validate', file('v2.json', { ...validConfig(), version: 2 }), '--json']);
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout).errors).toEqual([
      { path: 'version', code: expect.any(String), message: expect.stringMatching(/not supported.*version 1/) },
    ]);
  });

  it.each([
    [['validate'], /FILE is missing/],
    [['validate', 'a.json', 'b.json'], /takes one FILE, and 1 more argument was given \(not shown\)/],
    [['validate', 'a.json', '--frobnicate'], /unknown option --frobnicate\./],
    [['frobnicate'], /unknown command frobnicate\./],
  ])('exits 2 on bad usage %j', async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    noStack(run.stderr);
  });

  it('has --help on every command and --version', async () => {
    const top = await runCli(['--help']);
    expect(top.code).toBe(0);
    const commands = [...top.stdout.matchAll(/^ {2}(\w+) {2,}/gm)].map((m) => m[1]!);
    expect(commands).toEqual(expect.arrayContaining(['validate', 'export']));
    for (const command of commands) {
      const help = await runCli([command, '--help']);
      expect(help.code, command).toBe(0);
      expect(help.stdout, command).toMatch(new RegExp(`Usage: acc-ims ${command}`));
      expect(help.stdout, command).toMatch(/Exit codes/);
    }
    const version = await runCli(['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')).version);
  });
});

describe('acc-ims export --format json', () => {
  it('writes the config with defaults filled, atomically, and leaves no temp file', async () => {
    mkdirSync(join(dir, 'export'));
    const out = join(dir, 'export', 'handover.json');
    const run = await runCli(['export', file('min.json', minimalConfig()), '--format', 'json', '--out', out]);
    expect(run.code).toBe(0);
    const written = JSON.parse(readFileSync(out, 'utf8'));
    expect(written.account.productContext).toBe('dma_campaign_classic');
    expect(written.account.imsServer).toBe('ims-na1.adobelogin.com');
    expect(readdirSync(join(dir, 'export'))).toEqual(['handover.json']);
    const again = await runCli(['validate', out]);
    expect(again.code).toBe(0);
  });

  it('prints to stdout without --out', async () => {
    const run = await runCli(['export', file('ok2.json', validConfig()), '--format', 'json']);
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual(validConfig());
  });

  it('refuses an invalid config with exit 1 and writes nothing', async () => {
    const config = validConfig();
    config.account.clientSecret = 'plaintext-secret-value';
    const out = join(dir, 'never.json');
    const run = await runCli(['export', file('secret.json', config), '--format', 'json', '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/nothing was exported/);
    expect(run.stderr).not.toContain('plaintext-secret-value');
    expect(readdirSync(dir)).not.toContain('never.json');
  });

  it('ignores --secret-env for json, with a note, and never writes the secret', async () => {
    const out = join(dir, 'nosecret.json');
    const canary = `canary-${Math.random().toString(36).slice(2)}`;
    const run = await runCli(['export', file('ok3.json', validConfig()), '--format', 'json', '--out', out, '--secret-env', 'CANARY'], {
      env: { CANARY: canary },
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/ignored/);
    expect(readFileSync(out, 'utf8')).not.toContain(canary);
    expect(run.stdout + run.stderr).not.toContain(canary);
  });

  it.each([
    [['export', 'x.json'], /--format is required/],
    [['export', 'x.json', '--format', 'yaml'], /--format takes json, package or bundle/],
  ])('exits 2 on bad usage %j', async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
  });

  it('exits 2 when the output cannot be written, leaving nothing behind', async () => {
    const blocker = file('blocker', 'not a folder');
    const run = await runCli(['export', file('ok4.json', validConfig()), '--format', 'json', '--out', join(blocker, 'out.json')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/does not exist; nothing was written/);
  });
});
