import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { WizardError } from '../common/errors';
import { msg } from '../common/messages/message';

/**
 * Writes only what was asked for: the folder must exist (no silent mkdir -p of a mistyped path), and an
 * existing file is replaced only with --force. Checked before any work, so a refusal leaves no trace.
 */
export async function checkOutputPath(path: string, force: boolean): Promise<void> {
  const target = await stat(path).catch(() => null);
  if (target?.isDirectory()) throw new WizardError('usage', msg('cli.file.outputIsFolder', { file: path }));
  if (target && !force) throw new WizardError('usage', msg('cli.file.outputExists', { file: path }));
  const folder = await stat(dirname(resolve(path))).catch(() => null);
  if (!folder?.isDirectory()) throw new WizardError('io', msg('cli.file.outputFolderMissing', { file: path }));
}
