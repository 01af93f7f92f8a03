import { shell } from 'electron';
import { mkdir } from 'node:fs/promises';
import { WizardError } from '../common/errors';
import { msg } from '../common/messages/message';

/**
 * Shows a folder of the app in the OS file manager. The data and logs folders may not exist yet on a
 * first run (nothing saved so far), and shell.openPath fails on a missing path, so it is created first.
 */
export async function openFolder(path: string): Promise<void> {
  try {
    await mkdir(path, { recursive: true, mode: 0o700 });
  } catch {
    // openPath below reports the folder that cannot be shown.
  }
  const problem = await shell.openPath(path);
  if (problem) throw new WizardError('io', msg('file.cannotOpenFolder', { path, detail: problem }));
}
