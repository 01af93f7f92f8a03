import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { validConfig } from './helpers/configs';
import { runCli } from './helpers/run-cli';

// Each case starts the real CLI as a child process, several seconds apiece on a loaded 2-core machine.
vi.setConfig({ testTimeout: 120_000 });

/** What may be a secret is never printed: a value given where a variable name belongs, or extra arguments. */

let config: string;
beforeAll(() => {
  const dir = mkdtempSync(join(tmpdir(), 'acc-ims-echo-'));
  config = join(dir, 'prod.acc-ims.json');
  const c = validConfig();
  delete c.account.clientSecret;
  writeFileSync(config, JSON.stringify(c));
});

const VALUE = 'Summer2024';
const all = (r: { stdout: string; stderr: string }) => r.stdout + r.stderr;

describe('never echo a possible secret', () => {
  it('--password-env / --secret-env / --passphrase-env / --bearer-env given a value: not shown, each with its own example name', async () => {
    const instance = ['--instance', 'https://campaign.example.com'];
    const runs = await Promise.all([
      runCli(['check', ...instance, '--user', 'admin', '--password-env', VALUE, '--json']),
      runCli(['push', config, ...instance, '--user', 'admin', '--password-env', 'P', '--secret-env', `${VALUE}!`], {
        env: { P: 'pw-123456' },
      }),
      runCli(['export', config, '--format', 'bundle', '--out', join(tmpdir(), 'never.accims'), '--passphrase-env', 'my pass phrase']),
      runCli(['check', ...instance, '--bearer-env', 'eyJhbGciOi.x.y']),
      runCli(['check', ...instance, '--user', 'admin', '--password', VALUE]),
      runCli(['check', ...instance, '--user', 'admin', `--password=${VALUE}`]),
      runCli(['check', ...instance, '--user', 'admin', `--passwd=${VALUE}`]),
    ]);
    for (const run of runs) {
      expect(run.code).toBe(2);
      expect(all(run)).not.toContain(VALUE);
      expect(all(run)).not.toContain('pass phrase');
      expect(all(run)).not.toContain('eyJhbGciOi');
    }
    expect(runs[0]!.stderr).toContain('--password-env ACC_PASSWORD');
    expect(runs[1]!.stderr).toContain('--secret-env IMS_CLIENT_SECRET');
    expect(runs[2]!.stderr).toContain('--passphrase-env ACC_IMS_PASSPHRASE');
    expect(runs[3]!.stderr).toContain('--bearer-env IMS_TOKEN');
    expect(runs[4]!.stderr).toContain('--password-env VAR');
    expect(runs[6]!.stderr).toContain('unknown option --passwd');
  });

  it('a name that looks like a variable is shown back when it is not set; one that does not, never', async () => {
    const [named, lower] = await Promise.all([
      runCli(['check', '--instance', 'https://campaign.example.com', '--user', 'admin', '--password-env', 'ACC_PW_NOT_SET']),
      runCli(['check', '--instance', 'https://campaign.example.com', '--user', 'admin', '--password-env', 'summer2024']),
    ]);
    expect(named.stderr).toContain('the environment variable ACC_PW_NOT_SET is not set');
    expect(lower.stderr).toContain('no environment variable of that name is set');
    expect(all(lower)).not.toContain('summer2024');
  });

  it('unexpected arguments are counted, never shown, in every command', async () => {
    const runs = await Promise.all([
      runCli(['secret', 'set', 'acc-ims-wizard/prod', VALUE]),
      runCli(['secret', 'delete', 'acc-ims-wizard/prod', VALUE, 'more']),
      runCli(['secret', 'list', VALUE]),
      runCli(['validate', config, VALUE]),
      runCli(['check', config, VALUE, '--json']),
      runCli(['push', config, VALUE]),
      runCli(['export', config, VALUE, '--format', 'json']),
      runCli(['import', config, VALUE]),
      runCli(['secret', VALUE]),
    ]);
    for (const run of runs) {
      expect(run.code).toBe(2);
      expect(all(run)).not.toContain(VALUE);
    }
    expect(runs[0]!.stderr).toContain('1 more argument was given (not shown)');
    expect(runs[1]!.stderr).toContain('2 more arguments were given (not shown)');
  });
});
