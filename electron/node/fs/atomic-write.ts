import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { WizardError } from '../../common/errors';

/**
 * Writes a file so readers only ever see the old or the new content: a temp file in the same folder,
 * flushed to disk, then renamed over the target. A crash leaves at most a stray temp file.
 */
export async function writeFileAtomic(
  target: string,
  data: string | Uint8Array,
  options: { mode?: number } = {},
): Promise<void> {
  const dir = dirname(target);
  const temp = join(dir, `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await mkdir(dir, { recursive: true });
    const handle = await open(temp, 'wx', options.mode ?? 0o600);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await renameWithRetry(temp, target);
    await syncFolder(dir);
  } catch (e) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw new WizardError('io', `Cannot write ${target}: ${describeFsError(e)}. Check that the folder exists and is writable.`);
  }
}

// Windows refuses a rename while another process (an antivirus, a second writer) holds the target open.
const RENAME_RETRIES_MS = [10, 30, 100, 300];

async function renameWithRetry(from: string, to: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await rename(from, to);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const delay = RENAME_RETRIES_MS[attempt];
      if (process.platform !== 'win32' || delay === undefined || (code !== 'EPERM' && code !== 'EACCES' && code !== 'EBUSY')) throw e;
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}

/** Flushes the folder entry too, so the rename itself survives a power cut (not possible on Windows). */
async function syncFolder(dir: string): Promise<void> {
  if (process.platform === 'win32') return;
  const handle = await open(dir, 'r').catch(() => null);
  if (!handle) return;
  try {
    await handle.sync();
  } catch {
    // Some file systems cannot sync a folder; the file itself is already on disk.
  } finally {
    await handle.close();
  }
}

export function describeFsError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the file system is read-only';
    default:
      return code ? `system error ${code}` : 'unexpected error';
  }
}
