import { randomBytes } from 'node:crypto';
import { mkdir, open, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { WizardError } from '../../common/errors';
import { msg, type Message } from '../../common/messages/message';

/**
 * Writes a file so readers only ever see the old or the new content: a temp file in the same folder,
 * flushed to disk, then renamed over the target. A crash leaves at most a stray temp file.
 */
export async function writeFileAtomic(target: string, data: string | Uint8Array, options: { mode?: number } = {}): Promise<void> {
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
    throw new WizardError('io', msg('file.writeFailed', { path: target, reason: describeFsError(e) }));
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

/** Why a file operation failed, in words the admin can act on. */
export function describeFsError(e: unknown): Message {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return msg('file.reason.notFound');
    case 'EACCES':
    case 'EPERM':
      return msg('file.reason.permission');
    case 'EISDIR':
      return msg('file.reason.isFolder');
    case 'ENOSPC':
      return msg('file.reason.diskFull');
    case 'EROFS':
      return msg('file.reason.readOnly');
    default:
      return code ? msg('file.reason.system', { code }) : msg('file.reason.unexpected');
  }
}
