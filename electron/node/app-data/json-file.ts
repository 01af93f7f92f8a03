import { open, rename } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { z } from 'zod';
import type { StorageWarning } from '../../common/ipc/contract';
import { WizardError } from '../../common/errors';
import { msg, type Message } from '../../common/messages/message';
import { redactMessage } from '../../common/redact';
import { describeFsError, writeFileAtomic } from '../files/atomic-write';

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
export async function readJsonFile<S extends z.ZodType>(
  file: string,
  schema: S,
  what: Message,
  now = () => new Date(),
): Promise<ReadResult<z.output<S>>> {
  let text: string | null;
  try {
    text = await readSmallText(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return { value: null };
    throw new WizardError('io', msg('storage.cannotRead', { what, path: file, reason: describeFsError(e) }));
  }
  const problem = text === null ? msg('storage.problem.tooLarge', { max: MAX_STORED_BYTES / 1024 / 1024 }) : checkContent(text, schema);
  if ('value' in problem) return { value: problem.value };
  const movedTo = await moveAside(file, now());
  return {
    value: null,
    warning: {
      file,
      movedTo,
      message: redactMessage(msg('storage.movedAside', { what, problem, movedTo: basename(movedTo) })),
    },
  };
}

// The parsed value, or what is wrong with the text.
function checkContent<S extends z.ZodType>(text: string, schema: S): { value: z.output<S> } | Message {
  try {
    // A byte-order mark from a hand edit in Notepad is not a reason to set the file aside.
    const parsed = schema.safeParse(JSON.parse(text.replace(/^\uFEFF/, '')));
    if (parsed.success) return { value: parsed.data };
    const issue = parsed.error.issues[0];
    const detail = issue?.message ?? 'wrong shape';
    return issue?.path.length
      ? msg('storage.problem.shapeAt', { path: issue.path.join('.'), detail })
      : msg('storage.problem.shape', { detail });
  } catch (e) {
    return msg('storage.problem.notJson', { detail: e instanceof Error ? e.message : String(e) });
  }
}

/** The wizard's own files are a few KB; anything this big was not written by it. */
export const MAX_STORED_BYTES = 4 * 1024 * 1024;

// null when the file is too big to be one of ours (checked before reading it into memory).
async function readSmallText(file: string): Promise<string | null> {
  const handle = await open(file, 'r');
  try {
    if ((await handle.stat()).size > MAX_STORED_BYTES) return null;
    return await handle.readFile('utf8');
  } finally {
    await handle.close();
  }
}

// Saves of one file run one after the other, so the last call wins even when an earlier write is
// slower to reach the disk (autosave fires on every keystroke).
const writeQueues = new Map<string, Promise<void>>();

/** Writes `value` as pretty JSON, atomically, readable only by the user; in call order per file. */
export async function writeJsonFile(file: string, value: unknown): Promise<void> {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  const previous = writeQueues.get(file) ?? Promise.resolve();
  const mine = previous.catch(() => undefined).then(() => writeFileAtomic(file, text, { mode: 0o600 }));
  writeQueues.set(file, mine);
  try {
    await mine;
  } finally {
    if (writeQueues.get(file) === mine) writeQueues.delete(file);
  }
}

async function moveAside(file: string, when: Date): Promise<string> {
  const ext = extname(file);
  const stamp = when.toISOString().replace(/[:.]/g, '-');
  const target = join(dirname(file), `${basename(file, ext)}.corrupt-${stamp}${ext || '.json'}`);
  try {
    await rename(file, target);
  } catch (e) {
    throw new WizardError('io', msg('storage.cannotMoveAside', { path: file, reason: describeFsError(e) }));
  }
  return target;
}
