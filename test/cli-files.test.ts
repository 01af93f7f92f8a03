import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { en } from '../electron/common/messages/catalog/en';
import { validConfig } from './helpers/configs';
import { runCli } from './helpers/run-cli';

// Each case starts the real CLI as a child process, several seconds apiece on a loaded 2-core machine.
vi.setConfig({ testTimeout: 120_000 });

/** Files as admins really hand them over: named for what they are, read when they can be, never dumped. */

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'acc-ims-files-'));
});
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const text = JSON.stringify(validConfig(), null, 2);
const all = (r: { stdout: string; stderr: string }) => r.stdout + r.stderr;
/** Nothing binary reaches the terminal: no NUL, no C1 controls, no replacement characters. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const printable = (s: string) => expect(s).not.toMatch(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufffd]/);

describe('reading a config file', () => {
  it('UTF-16 from PowerShell 5 (with BOM, LE or BE, and without BOM) is read like UTF-8', async () => {
    const le = file('ps-le.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    const be = Buffer.from(text, 'utf16le').swap16();
    const runs = await Promise.all([
      runCli(['validate', le]),
      runCli(['validate', file('ps-be.json', Buffer.concat([Buffer.from([0xfe, 0xff]), be]))]),
      runCli(['validate', file('ps-nobom.json', Buffer.from(text, 'utf16le'))]),
      runCli(['validate', file('ps-bad.json', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"format": 1,}', 'utf16le')]))]),
    ]);
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 1]);
    for (const run of runs) printable(all(run));
    expect(runs[0]!.stdout).toContain('valid.');
    expect(runs[3]!.stdout).toContain('line 1, column 13: JSON does not allow a comma before a closing bracket');
  });

  it('comments and trailing commas: line, column and what JSON does not allow', async () => {
    const commented = text.replace('"version": 1,', '"version": 1, // v1 only');
    const trailing = text.replace('"tenant": "acme"', '"tenant": "acme",');
    const [c, t, s] = await Promise.all([
      runCli(['validate', file('comment.json', commented), '--json']),
      runCli(['validate', file('trailing.json', trailing)]),
      runCli(['validate', file('single.json', "{'format': 'acc-ims-config'}")]),
    ]);
    expect(JSON.parse(c.stdout).errors).toEqual([
      {
        path: '',
        code: 'cli.file.jsonComment',
        message: 'line 3, column 17: JSON does not allow comments. Remove the comment (// or /* */).',
      },
    ]);
    expect(t.stdout).toMatch(/line 23, column 21: JSON does not allow a comma before a closing bracket/);
    expect(s.stdout).toContain('line 1, column 2: the file is not valid JSON there (strings need double quotes)');
  });

  it('a bundle, a Campaign package or a binary file given to validate: what it is and which command reads it', async () => {
    const bundle = Buffer.concat([
      Buffer.from([0x89, 0x41, 0x43, 0x43, 0x49, 0x4d, 0x53, 0x0a, 1, 1]),
      Buffer.alloc(64, 0x00),
      Buffer.from([0xff, 0x89, 0x9b]),
    ]);
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0x9b, 0x9b]);
    const pkg =
      '<?xml version="1.0" encoding="UTF-8"?>\n<package><entities schema="nms:extAccount"><extAccount name="Adobe_Marketing_Cloud"/></entities></package>';
    const runs = await Promise.all([
      runCli(['validate', file('prod.accims', bundle)]),
      runCli(['validate', file('account.xml', pkg), '--json']),
      runCli(['validate', file('photo.png', png)]),
      runCli(['push', file('prod2.accims', bundle), '--instance', 'https://campaign.example.com', '--user', 'a', '--password-env', 'P'], {
        env: { P: 'pw-123456' },
      }),
    ]);
    expect(runs.map((r) => r.code)).toEqual([1, 1, 1, 1]);
    for (const run of runs) printable(all(run));
    expect(runs[0]!.stdout).toContain('is an encrypted hand-over bundle (.accims), not a config file. Read it with "acc-ims import');
    expect(JSON.parse(runs[1]!.stdout).errors[0]).toMatchObject({
      code: 'cli.file.isPackage',
      message: expect.stringContaining('acc-ims import'),
    });
    expect(runs[2]!.stdout).toContain('is a binary file, not a config file');
    expect(runs[3]!.stderr).toContain('acc-ims import');
  });

  const versionCode = Object.keys(en).find((k) => /^rule\..*version.*(number|type|string)/i.test(k));
  // The wording is the config rules' (their catalog); this runs once they name a string version.
  it.skipIf(!versionCode)('"version": "1" (a string) says it must be the number 1', async () => {
    const run = await runCli(['validate', file('v-string.json', text.replace('"version": 1', '"version": "1"')), '--json']);
    expect(JSON.parse(run.stdout).errors[0]).toMatchObject({
      path: 'version',
      code: versionCode,
      message: expect.stringMatching(/number 1/),
    });
  });
});

describe('writes only what was asked for', () => {
  const config = () => file(`c-${Math.random().toString(36).slice(2)}.json`, text);

  it('--out into a missing folder is an error, and no folder is made (export and import)', async () => {
    const src = config();
    const [exp, imp] = await Promise.all([
      runCli(['export', src, '--format', 'json', '--out', join(dir, 'no-such', 'deeper', 'out.json')]),
      runCli(['import', src, '--out', join(dir, 'no-such-either', 'out.acc-ims.json')]),
    ]);
    for (const run of [exp, imp]) {
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('does not exist; nothing was written');
    }
    expect(existsSync(join(dir, 'no-such'))).toBe(false);
    expect(existsSync(join(dir, 'no-such-either'))).toBe(false);
  });

  it('an existing output file is kept unless --force (export and import)', async () => {
    const src = config();
    const target = file('keep.json', 'precious');
    const target2 = file('keep2.json', 'precious');
    const [exp, imp] = await Promise.all([
      runCli(['export', src, '--format', 'package', '--out', target]),
      runCli(['import', src, '--out', target2]),
    ]);
    for (const run of [exp, imp]) {
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('already exists; nothing was written. Pass --force to replace it');
    }
    expect(readFileSync(target, 'utf8')).toBe('precious');
    expect(readFileSync(target2, 'utf8')).toBe('precious');
    const [forcedExp, forcedImp] = await Promise.all([
      runCli(['export', src, '--format', 'json', '--out', target, '--force']),
      runCli(['import', src, '--out', target2, '--force']),
    ]);
    expect(forcedExp.code, forcedExp.stderr).toBe(0);
    expect(forcedImp.code, forcedImp.stderr).toBe(0);
    expect(JSON.parse(readFileSync(target, 'utf8')).format).toBe('acc-ims-config');
    expect(JSON.parse(readFileSync(target2, 'utf8')).format).toBe('acc-ims-config');
    expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
