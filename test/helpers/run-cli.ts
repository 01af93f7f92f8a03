import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const CLI = resolve(__dirname, '../../bin/acc-ims.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built `acc-ims` as users do: a child process of plain node, with its own env and stdin. */
export function runCli(
  args: string[],
  options: {
    env?: NodeJS.ProcessEnv;
    input?: string;
    cwd?: string;
    timeoutMs?: number;
    /** Run as this user (needs root), e.g. NOBODY. */ as?: { uid: number; gid: number };
  } = {},
): Promise<CliRun> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [options.as ? cliReadableByAll() : CLI, ...args], {
      cwd: options.cwd,
      ...(options.as ? { uid: options.as.uid, gid: options.as.gid } : {}),
      // A schema cache of its own unless the test names one: simulators reuse ports, with other schemas.
      env: mergeEnv(process.env, { ACC_IMS_CACHE_DIR: mkdtempSync(join(tmpdir(), 'acc-ims-cache-')), ...options.env }),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 60_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
    child.stdin.end(options.input ?? '');
  });
}

let copy: string | undefined;
/**
 * Another user may not reach the checkout (a clone in a private temp folder): a copy of the bin and its
 * bundle in a folder everyone can read, enough for commands that never load a dependency (validate).
 */
function cliReadableByAll(): string {
  if (!copy) {
    const dir = mkdtempSync(join(tmpdir(), 'acc-ims-cli-copy-'));
    mkdirSync(join(dir, 'bin'));
    mkdirSync(join(dir, 'dist', 'cli'), { recursive: true });
    copyFileSync(CLI, join(dir, 'bin', 'acc-ims.js'));
    copyFileSync(resolve(__dirname, '../../dist/cli/acc-ims.cjs'), join(dir, 'dist', 'cli', 'acc-ims.cjs'));
    for (const d of [dir, join(dir, 'bin'), join(dir, 'dist'), join(dir, 'dist', 'cli')]) chmodSync(d, 0o755);
    copy = join(dir, 'bin', 'acc-ims.js');
  }
  return copy;
}

/** The unprivileged user root can run a child as, to see what a file's mode refuses (root reads anything). */
export const NOBODY = { uid: 65534, gid: 65534 };

/** The parent's environment with overrides; an override of `undefined` removes the variable. */
export function mergeEnv(base: NodeJS.ProcessEnv, overrides: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...base };
  for (const [k, v] of Object.entries(overrides)) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  return env;
}

/** Starts `acc-ims` and hands back the child, for tests that act while it runs (Ctrl+C); stdin stays open. */
export function startCli(
  args: string[],
  options: { env?: NodeJS.ProcessEnv; cwd?: string } = {},
): { child: ChildProcess; done: Promise<CliRun> } {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: options.cwd,
    env: mergeEnv(process.env, options.env),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d) => (stdout += d));
  child.stderr!.on('data', (d) => (stderr += d));
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
  const done = new Promise<CliRun>((resolvePromise, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
  });
  return { child, done };
}
