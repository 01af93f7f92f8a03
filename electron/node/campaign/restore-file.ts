import { constants } from 'node:fs';
import { access } from 'node:fs/promises';
import { join } from 'node:path';
import { WizardError } from '../../common/errors';
import { msg } from '../../common/messages/message';
import { restorePointSchema, type RestorePoint } from '../../common/push/restore-point';
import { redactor } from '../../common/redact';
import { writeFileAtomic } from '../files/atomic-write';
import { readFileCapped } from '../files/read-file';

/** Restore points on disk: JSON, mode 0600 (the client secret in it is encrypted only with the instance's key). */

const MAX_RESTORE_BYTES = 1024 * 1024;

/** A file name that says which instance and account it holds, and when, and sorts by time. */
export function restoreFileName(url: string, accountName: string, savedAt: Date): string {
  const stamp = savedAt
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d+Z$/, 'Z');
  const safe = (s: string) => s.replace(/[^A-Za-z0-9._-]+/g, '_').slice(0, 64);
  return `${safe(new URL(url).host)}.${safe(accountName)}.${stamp}.restore.json`;
}

export function restoreFileIn(folder: string, point: RestorePoint): string {
  return join(folder, restoreFileName(point.instance.url, point.account.name, new Date(point.savedAt)));
}

/** Writes a new restore file; an existing one is never replaced (it may be the only copy of an older state). */
export async function saveRestoreFile(path: string, point: RestorePoint): Promise<void> {
  if (await exists(path)) throw new WizardError('io', msg('restore.fileExists', { file: path }));
  await writeFileAtomic(path, `${JSON.stringify(point, null, 2)}\n`, { mode: 0o600 });
}

export async function readRestoreFile(path: string): Promise<RestorePoint> {
  const text = (await readFileCapped(path, MAX_RESTORE_BYTES, 'restore')).toString('utf8');
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new WizardError('invalid', msg('restore.notRestoreFile', { file: path }));
  }
  const result = restorePointSchema.safeParse(parsed);
  if (!result.success) throw new WizardError('invalid', msg('restore.notRestoreFile', { file: path }));
  const secret = result.data.account.attributes.clientSecret;
  if (secret) redactor.add(secret);
  return result.data;
}

async function exists(path: string): Promise<boolean> {
  return access(path, constants.F_OK).then(
    () => true,
    () => false,
  );
}
