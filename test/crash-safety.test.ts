import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
import { draftSchema, profileSchema } from '../electron/common/ipc/contract';
import { createAppStore } from '../electron/node/app-data/app-store';

/**
 * Crash safety: real child processes (plain node, the built store code) save the draft or a
 * profile in a loop and are killed with SIGKILL at random moments; the file on disk must always parse,
 * pass its schema, and be either the last save the child confirmed or the one it was writing.
 */
const KILLS = 30;
let childScript: string;

// The child: saves in a loop, printing "saved <seq>" after each save has returned.
const CHILD_SOURCE = `
import { createAppStore } from './electron/node/app-data/app-store';
const [dataDir, kind, writer, firstSeq, count] = process.argv.slice(2);
const store = createAppStore(dataDir);
// About 40 KB per save, so a kill often lands in the middle of writing it.
const bulk = 'x'.repeat(40_000);
(async () => {
  const last = Number(firstSeq) + Number(count ?? Infinity) - 1;
  for (let seq = Number(firstSeq); seq <= last; seq++) {
    const answers = { writer, seq, bulk };
    if (kind === 'draft') await store.saveDraft({ step: 'account', config: { format: 'acc-ims-config', version: 1 }, answers });
    else await store.saveProfile({ name: 'prod', label: writer + ' ' + seq, connection: { url: 'https://campaign.example.com' }, config: { answers } });
    process.stdout.write('saved ' + seq + '\\n');
  }
})();
`;

beforeAll(async () => {
  const outDir = mkdtempSync(join(tmpdir(), 'acc-ims-crash-build-'));
  childScript = join(outDir, 'saver.cjs');
  await build({
    stdin: { contents: CHILD_SOURCE, resolveDir: resolve(__dirname, '..'), loader: 'ts', sourcefile: 'saver.ts' },
    outfile: childScript,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    logLevel: 'silent',
  });
});

function startSaver(dataDir: string, kind: 'draft' | 'profile', writer: string, firstSeq: number, count?: number) {
  const child = spawn(process.execPath, [childScript, dataDir, kind, writer, String(firstSeq), ...(count ? [String(count)] : [])], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const state = { lastConfirmed: firstSeq - 1, stderr: '' };
  let buffered = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop()!;
    for (const line of lines) state.lastConfirmed = Number(line.slice('saved '.length));
  });
  child.stderr!.on('data', (chunk: Buffer) => (state.stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) =>
    child.on('close', (code, signal) => done({ code, signal })),
  );
  return { child, state, exited };
}

const firstSave = (state: { lastConfirmed: number }, from: number, child: ChildProcess) =>
  new Promise<void>((done, fail) => {
    const poll = setInterval(() => {
      if (state.lastConfirmed >= from) {
        clearInterval(poll);
        done();
      } else if (child.exitCode !== null) {
        clearInterval(poll);
        fail(new Error('the saver exited before saving'));
      }
    }, 1);
  });

/** What is on disk, read the strict way: must be JSON and must pass the schema. */
function readSeq(file: string, kind: 'draft' | 'profile'): number {
  const json = JSON.parse(readFileSync(file, 'utf8'));
  if (kind === 'draft') return Number(draftSchema.parse(json).answers!.seq);
  return Number((profileSchema.parse(json).config!.answers as { seq: number }).seq);
}

describe('crash safety: saves killed with SIGKILL', () => {
  for (const kind of ['draft', 'profile'] as const) {
    it(`the ${kind} file is always readable and is the old or the new version (${KILLS} kills)`, async () => {
      const dataDir = mkdtempSync(join(tmpdir(), `acc-ims-crash-${kind}-`));
      const file = kind === 'draft' ? join(dataDir, 'draft.json') : join(dataDir, 'profiles', 'prod.json');
      let nextSeq = 1;
      let killedMidway = 0;
      for (let round = 0; round < KILLS; round++) {
        const saver = startSaver(dataDir, kind, 'solo', nextSeq);
        // First wait for one confirmed save (so there is an "old" version), then kill at a random moment.
        await firstSave(saver.state, nextSeq, saver.child);
        await new Promise((r) => setTimeout(r, Math.random() * 25));
        saver.child.kill('SIGKILL');
        const { signal } = await saver.exited;
        expect(signal, saver.state.stderr).toBe('SIGKILL');
        const confirmed = saver.state.lastConfirmed;
        const onDisk = readSeq(file, kind);
        // Old (the last confirmed save) or new (the one in flight when the kill came).
        expect([confirmed, confirmed + 1]).toContain(onDisk);
        if (onDisk === confirmed + 1) killedMidway++;
        nextSeq = onDisk + 1;
      }
      // The app's own reader agrees and sets nothing aside.
      const store = createAppStore(dataDir);
      const loaded = kind === 'draft' ? await store.loadDraft() : await store.loadProfile('prod');
      expect(loaded.warnings).toEqual([]);
      expect(readdirSync(kind === 'draft' ? dataDir : join(dataDir, 'profiles')).filter((f) => f.includes('.corrupt-'))).toEqual([]);
      // Informational: how often the kill came after the new file was in place but before the child said so,
      // and how many temp files interrupted writes left behind (harmless: never read, never listed).
      const strays = readdirSync(kind === 'draft' ? dataDir : join(dataDir, 'profiles')).filter((f) => f.endsWith('.tmp')).length;
      console.info(`${kind}: ${KILLS} kills, ${killedMidway} between rename and confirmation, ${strays} stray temp files`);
      // The next start sweeps them away, and only them.
      expect(await store.removeStaleTempFiles()).toBe(strays);
      expect(readdirSync(kind === 'draft' ? dataDir : join(dataDir, 'profiles'))).toEqual([kind === 'draft' ? 'draft.json' : 'prod.json']);
      expect(readSeq(file, kind)).toBe(nextSeq - 1);
    }, 120_000); // 30 child processes; a loaded 2-core CI machine may need a while
  }
});

describe('two processes saving the same profile at once', () => {
  it("never corrupt it: every read during the race is a complete version, the end state is one writer's last save", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'acc-ims-race-'));
    const file = join(dataDir, 'profiles', 'prod.json');
    const saves = 150;
    const a = startSaver(dataDir, 'profile', 'A', 1, saves);
    const b = startSaver(dataDir, 'profile', 'B', 1, saves);
    let reads = 0;
    const seen = new Set<string>();
    let racing = true;
    const reader = (async () => {
      while (racing) {
        try {
          const profile = profileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
          seen.add(profile.label!.split(' ')[0]!);
          reads++;
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e; // before the first save only
        }
        await new Promise((r) => setImmediate(r));
      }
    })();
    const [ea, eb] = await Promise.all([a.exited, b.exited]);
    racing = false;
    await reader;
    expect(ea.code, a.state.stderr).toBe(0);
    expect(eb.code, b.state.stderr).toBe(0);
    expect(a.state.lastConfirmed).toBe(saves);
    expect(b.state.lastConfirmed).toBe(saves);
    expect(reads).toBeGreaterThan(0);
    const final = profileSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
    expect(['A 150', 'B 150']).toContain(final.label);
    expect(readdirSync(join(dataDir, 'profiles'))).toEqual(['prod.json']);
    console.info(`race: ${reads} reads during ${2 * saves} concurrent saves, writers seen: ${[...seen].sort().join(', ')}`);
  }, 120_000);
});
