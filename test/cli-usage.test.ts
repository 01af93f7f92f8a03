import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { COMMANDS } from '../electron/cli/commands/index';
import { render } from '../electron/common/messages/catalogs';
import { isMessage } from '../electron/common/messages/message';
import { validConfig } from './helpers/configs';
import { runCli } from './helpers/run-cli';

// Each case starts the real CLI as a child process, several seconds apiece on a loaded 2-core machine.
vi.setConfig({ testTimeout: 120_000 });

/** Usage errors in the CLI's own words: no parser text, a suggestion for a typo, -v and -h. */

const version = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')).version;

describe('unknown commands and options', () => {
  it('suggests the command or option meant, without parser text', async () => {
    const [command, option, far, missing, boolValue] = await Promise.all([
      runCli(['valdiate', 'x.json']),
      runCli(['push', 'x.json', '--dryrun']),
      runCli(['push', 'x.json', '--frobnicate']),
      runCli(['check', '--instance']),
      runCli(['validate', 'x.json', '--json=yes']),
    ]);
    expect(command.stderr.trim()).toBe(
      'acc-ims: unknown command valdiate; did you mean validate? Run "acc-ims --help" to see the commands.',
    );
    expect(option.stderr).toContain('unknown option --dryrun; did you mean --dry-run?');
    expect(far.stderr).toContain('unknown option --frobnicate. Run "acc-ims push --help" for the options.');
    expect(missing.stderr).toContain('--instance needs a value: --instance URL.');
    expect(boolValue.stderr).toContain('--json takes no value');
    for (const run of [command, option, far, missing, boolValue]) {
      expect(run.code).toBe(2);
      expect(run.stderr).not.toMatch(/ERR_PARSE_ARGS|Unknown option '|argument is ambiguous|To specify a positional/);
    }
  });

  it("-v, --version, -h, --help and a command's -h work", async () => {
    const [v, V, h, sub] = await Promise.all([runCli(['-v']), runCli(['--version']), runCli(['-h']), runCli(['push', '-h'])]);
    expect(v.stdout.trim()).toBe(version);
    expect(V.stdout.trim()).toBe(version);
    expect(h.code).toBe(0);
    expect(h.stdout).toContain('Usage: acc-ims <command> [options]');
    expect(sub.stdout).toContain('Usage: acc-ims push FILE');
  });
});

describe('the help names what exists', () => {
  const mine = ['validate', 'check', 'push', 'export', 'import', 'secret'];
  it.each(mine)('the usage lines of %s list every option it takes', (name) => {
    const command = COMMANDS.find((c) => c.name === name)!;
    const help = isMessage(command.help) ? render('en', command.help) : command.help;
    const usage = help.split('\n\n')[0]!;
    for (const option of Object.keys(command.options).filter((o) => o !== 'password'))
      expect(usage, `${name} --${option}`).toContain(`--${option}`);
    expect(usage).toContain('--lang');
  });

  it('every --flag a CLI message or help names is an option of some command', () => {
    const options = new Set(['help', 'version', 'lang', ...COMMANDS.flatMap((c) => Object.keys(c.options))]);
    const text = [
      ...readFileSync(join(__dirname, '../electron/common/messages/catalog/en/cli.ts'), 'utf8').matchAll(/--([a-z][a-z-]+)/g),
    ].map((m) => m[1]!);
    expect([...new Set(text.filter((o) => !options.has(o)))]).toEqual([]);
  });
});

describe('CLI words for the CLI', () => {
  it('a bundle without a secret tells the receiver the command, not a wizard step', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'acc-ims-words-'));
    const config = join(dir, 'c.json');
    writeFileSync(config, JSON.stringify(validConfig()));
    const run = await runCli(
      ['export', config, '--format', 'bundle', '--no-secret', '--passphrase-env', 'PP', '--out', join(dir, 'c.accims')],
      {
        env: { PP: 'correct horse battery staple' },
      },
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('acc-ims secret set');
    expect(run.stderr).not.toMatch(/wizard/i);
  });
});
