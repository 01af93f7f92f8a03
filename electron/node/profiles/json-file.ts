import { readFile, rename } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { z } from 'zod';
import type { StorageWarning } from '../../common/ipc/contract';
import { WizardError } from '../../common/errors';
import { redactor } from '../../common/redact';
import { describeFsError, writeFileAtomic } from '../fs/atomic-write';

export interface ReadResult<T> {
  /** null when the file does not exist or could not be used (then `warning` says why and where it went). */
  value: T | null;
  warning?: StorageWarning;
}

/**
 * Reads a JSON file and checks it against `schema`. A file that is not JSON or has the wrong shape is
 * renamed aside (`name.corrupt-<timestamp>.json`) and reported, so the admin never silently loses work
 * and the app never keeps tripping over it.
 */
export async function readJsonFile<S extends z.ZodType>(file: string, schema: S, what: string, now = () => new Date()): Promise<ReadResult<z.output<S>>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { value: null };
    throw new WizardError('io', `Cannot read ${what} ${file}: ${describeFsError(e)}. Check the permissions of the app's data folder.`);
  }
  let problem: string;
  try {
    const parsed = schema.safeParse(JSON.parse(text));
    if (parsed.success) return { value: parsed.data };
    const issue = parsed.error.issues[0];
    problem = `unexpected content${issue?.path.length ? ` at ${issue.path.join('.')}` : ''}: ${issue?.message ?? 'wrong shape'}`;
  } catch (e) {
    problem = `not valid JSON (${e instanceof Error ? e.message : String(e)})`;
  }
  const movedTo = await moveAside(file, now());
  return {
    value: null,
    warning: {
      file,
      movedTo,
      message: redactor.redact(`The saved ${what} could not be read (${problem}). It was kept as ${basename(movedTo)} in the data folder; the wizard continues without it.`),
    },
  };
}

/** Writes `value` as pretty JSON, atomically, readable only by the user. */
export async function writeJsonFile(file: string, value: unknown): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600 });
}

async function moveAside(file: string, when: Date): Promise<string> {
  const ext = extname(file);
  const stamp = when.toISOString().replace(/[:.]/g, '-');
  const target = join(dirname(file), `${basename(file, ext)}.corrupt-${stamp}${ext || '.json'}`);
  try {
    await rename(file, target);
  } catch (e) {
    throw new WizardError('io', `Cannot move the unreadable file ${file} aside: ${describeFsError(e)}. Move or delete it by hand, then try again.`);
  }
  return target;
}
