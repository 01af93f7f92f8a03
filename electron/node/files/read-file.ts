import { constants } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { WizardError } from '../../common/errors';
import { msg, type Message } from '../../common/messages/message';
import { describeFsError } from './atomic-write';

/** What a file is meant to be, for messages: a config, a hand-over file, a CA certificate, or any file. */
export type FileKind = 'config' | 'handover' | 'ca' | 'restore' | 'file';

// Non-blocking open: a FIFO would otherwise wait forever for a writer before we can look at it.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
const CHUNK_BYTES = 64 * 1024;

/**
 * Reads a whole regular file of at most `maxBytes`. A device (/dev/zero), a FIFO or a socket is refused
 * before reading, and at most `maxBytes + 1` bytes are ever read, so a file that grows meanwhile (or
 * lies about its size) cannot fill memory.
 */
export async function readFileCapped(path: string, maxBytes: number, kind: FileKind = 'file'): Promise<Buffer> {
  const what = msg(`file.kind.${kind}`);
  let handle: FileHandle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (e) {
    throw new WizardError('io', msg('file.cannotOpen', { what, path, reason: describeFsError(e) }));
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new WizardError('io', msg('file.isFolder', { path, what }));
    if (!stat.isFile()) throw new WizardError('io', msg('file.notRegular', { path, what }));
    const tooLarge = (size: number) =>
      new WizardError('invalid', msg('file.tooLarge', { path, size: formatSize(size), max: formatSize(maxBytes), what }));
    if (stat.size > maxBytes) throw tooLarge(stat.size);
    const bytes = await readAtMost(handle, maxBytes + 1);
    if (bytes.length > maxBytes) throw tooLarge(Math.max(stat.size, bytes.length));
    return bytes;
  } catch (e) {
    if (e instanceof WizardError) throw e;
    throw new WizardError('io', msg('file.cannotRead', { what, path, reason: describeFsError(e) }));
  } finally {
    await handle.close();
  }
}

async function readAtMost(handle: FileHandle, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  while (total < limit) {
    const chunk = Buffer.alloc(Math.min(CHUNK_BYTES, limit - total));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
  }
  return Buffer.concat(chunks, total);
}

export function formatSize(bytes: number): Message {
  if (bytes < 1024) return msg('file.size.bytes', { count: bytes });
  if (bytes < 1024 * 1024) return msg('file.size.kb', { size: (bytes / 1024).toFixed(0) });
  return msg('file.size.mb', { size: (bytes / 1024 / 1024).toFixed(1) });
}
