import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { minimalConfig, validConfig } from './helpers/configs';
import { runCli } from './helpers/run-cli';
import { start, type Simulator } from './campaign-sim/server';
import { ADMIN } from './campaign-sim/scenario';
import { closedUrl } from './helpers/closed-port';

// Each case starts the real CLI as a child process, several seconds apiece on a loaded 2-core machine.
vi.setConfig({ testTimeout: 120_000 });

/**
 * The CLI speaks the admin's language: --lang, else LC_ALL / LC_MESSAGES / LANG (zh_TW, zh_HK, zh_MO,
 * zh-Hant → Traditional Chinese), else English. `--json` keeps paths, ids and codes as they are.
 */

const CHINESE = /[\u4e00-\u9fff]/;
const ZH = { LANG: 'zh_TW.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined };
const C = { LANG: 'C', LC_ALL: undefined, LC_MESSAGES: undefined };

let dir: string;
let sim: Simulator | undefined;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'acc-ims-lang-'));
});
afterEach(async () => {
  await sim?.close();
  sim = undefined;
});

const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
};

function invalidConfig(): Record<string, any> {
  const c = minimalConfig();
  c.account.callbackServer = 'http://campaign.example.com';
  return c;
}

describe('the language of every command', () => {
  it('validate: Traditional Chinese under LANG=zh_TW.UTF-8, English under LANG=C', async () => {
    const path = file('bad.json', invalidConfig());
    const [zh, en] = await Promise.all([runCli(['validate', path], { env: ZH }), runCli(['validate', path], { env: C })]);
    expect(zh.code).toBe(1);
    expect(zh.stdout).toContain('無效，有 1 個錯誤');
    expect(zh.stdout).toMatch(/^錯誤\s+account\.callbackServer: /m);
    expect(zh.stdout).not.toContain('invalid, 1 error');
    expect(en.stdout).toContain('invalid, 1 error');
    expect(en.stdout).not.toMatch(CHINESE);
  });

  it('validate --json: the message in Chinese, path and code untouched', async () => {
    const run = await runCli(['validate', file('comment.json', '{\n  // prod\n  "format": "acc-ims-config"\n}'), '--json'], { env: ZH });
    const doc = JSON.parse(run.stdout);
    expect(doc.errors).toEqual([
      { path: '', code: 'cli.file.jsonComment', message: '第 2 行第 3 欄：JSON 不允許註解。請刪除該註解（// 或 /* */）。' },
    ]);
  });

  it('check: the verdict and the header in Chinese; --json ids, statuses and codes unchanged', async () => {
    const { url } = await closedUrl();
    const [zh, en, json] = await Promise.all([
      runCli(['check', '--instance', url], { env: ZH }),
      runCli(['check', '--instance', url], { env: C }),
      runCli(['check', '--instance', url, '--json'], { env: ZH }),
    ]);
    expect(zh.code).toBe(2);
    expect(zh.stdout).toContain(`對 ${url} 的檢查：`);
    expect(zh.stdout).toContain('無法連線到執行個體：請先修正連線問題。');
    expect(zh.stdout).not.toContain('The instance could not be reached');
    expect(zh.stderr).toMatch(/^警告：/m);
    expect(en.stdout).toContain('The instance could not be reached: fix the connection first.');
    const doc = JSON.parse(json.stdout);
    expect(doc.checks[0]).toMatchObject({ id: 'reachable', status: 'fail', code: expect.stringMatching(/^[a-z]+\.[\w.-]+$/) });
  });

  it('push: a refused invalid config in Chinese, in English under LANG=C', async () => {
    const path = file('push-bad.json', invalidConfig());
    const args = ['push', path, '--instance', 'https://campaign.example.com', '--user', 'admin', '--password-env', 'P'];
    const [zh, en] = await Promise.all([runCli(args, { env: { ...ZH, P: 'pw-123456' } }), runCli(args, { env: { ...C, P: 'pw-123456' } })]);
    expect(zh.code).toBe(1);
    expect(zh.stderr).toContain('未傳送任何內容到執行個體');
    expect(zh.stderr).not.toContain('nothing was sent');
    expect(en.stderr).toContain('nothing was sent to the instance');
    expect(en.stderr).not.toMatch(CHINESE);
  });

  it('push: the plan and the verdict in Chinese against a live instance', async () => {
    sim = await start({ scenario: {} });
    const config = validConfig();
    delete config.instance;
    delete config.account.clientSecret;
    const run = await runCli(
      [
        'push',
        file('push-ok.json', config),
        '--instance',
        sim.url,
        '--user',
        'admin',
        '--password-env',
        'P',
        '--secret-env',
        'S',
        '--dry-run',
      ],
      {
        env: { ...ZH, P: ADMIN.password, S: 'x-secret-value' },
      },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain('新增帳戶「Adobe_Marketing_Cloud」');
    expect(run.stdout).toContain('clientSecret: （空白） -> （新的用戶端密碼）');
    expect(run.stdout).toMatch(/試執行：未寫入任何內容。/);
    expect(run.stdout).not.toContain('Dry run');
  });

  it('export, import and secret errors in Chinese', async () => {
    const ok = file('ok.json', validConfig());
    const [exp, imp, sec, usage] = await Promise.all([
      runCli(['export', ok, '--format', 'yaml'], { env: ZH }),
      runCli(['import', ok, '--out', join(dir, 'missing', 'x.json')], { env: ZH }),
      runCli(['secret', 'set'], { env: ZH }),
      runCli(['export', ok, '--format', 'json', '--secret-env', 'not a name'], { env: ZH }),
    ]);
    expect(exp.code).toBe(2);
    expect(exp.stderr).toContain('--format 只接受 json、package 或 bundle。');
    expect(exp.stderr).not.toContain('--format takes');
    expect(imp.code).toBe(2);
    expect(imp.stderr).toContain('所在的資料夾不存在；未寫入任何內容');
    expect(sec.code).toBe(2);
    expect(sec.stderr).toContain('缺少項目名稱 NAME');
    expect(usage.stderr).toMatch(CHINESE);
    expect(usage.stderr).not.toContain('takes the NAME');
  });

  it('--lang wins over the environment, LC_ALL over LANG; zh_CN stays English (no Simplified catalog)', async () => {
    const path = file('bad2.json', invalidConfig());
    const runs = await Promise.all([
      runCli(['validate', path, '--lang', 'en'], { env: ZH }),
      runCli(['validate', '--lang=zh-Hant', path], { env: C }),
      runCli(['validate', path], { env: { LANG: 'C', LC_ALL: 'zh_HK.UTF-8' } }),
      runCli(['validate', path], { env: { LANG: 'C', LC_ALL: undefined, LC_MESSAGES: 'zh_TW' } }),
      runCli(['validate', path], { env: { LANG: 'zh_CN.UTF-8', LC_ALL: undefined, LC_MESSAGES: undefined } }),
      runCli(['validate', path, '--lang', 'fr'], { env: C }),
    ]);
    expect(runs.map((r) => CHINESE.test(r.stdout + r.stderr))).toEqual([false, true, true, true, false, false]);
    expect(runs[5]!.code).toBe(2);
    expect(runs[5]!.stderr).toContain('--lang takes en or zh-Hant.');
  });

  it('help in Chinese, with every option still named as typed', async () => {
    const [top, push] = await Promise.all([runCli(['--help'], { env: ZH }), runCli(['push', '--help'], { env: ZH })]);
    expect(top.stdout).toContain('用法：acc-ims <命令> [選項]');
    expect(push.stdout).toContain('--accept-instance HOST');
    expect(push.stdout).toContain('只顯示變更，不寫入任何內容');
  });
});
