import { open } from 'node:fs/promises';
import { WizardError } from '../../common/errors';
import { describeFsError } from '../fs/atomic-write';

/** Reads a whole file, refusing early (before reading it all) when it is larger than `maxBytes`. */
export async function readFileCapped(path: string, maxBytes: number, what = 'file'): Promise<Buffer> {
  let handle;
  try {
    handle = await open(path, 'r');
  } catch (e) {
    throw new WizardError('io', `Cannot read the ${what} ${path}: ${describeFsError(e)}. Check the path.`);
  }
  try {
    const stat = await handle.stat();
    if (stat.isDirectory()) throw new WizardError('io', `${path} is a folder, not a ${what}.`);
    if (stat.size > maxBytes) {
      throw new WizardError('invalid', `${path} is ${formatSize(stat.size)}; a ${what} is at most ${formatSize(maxBytes)}. Check that you picked the right file.`);
    }
    return await handle.readFile();
  } catch (e) {
    if (e instanceof WizardError) throw e;
    throw new WizardError('io', `Cannot read the ${what} ${path}: ${describeFsError(e)}.`);
  } finally {
    await handle.close();
  }
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
