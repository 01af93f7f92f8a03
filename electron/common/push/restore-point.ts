import { z } from 'zod';
import { msg, type Message } from '../messages/message';
import type { ExtAccountRecord } from '../checks/facts';

/**
 * A restore point: an existing external account exactly as the instance held it before a push changed
 * it, so the push can be undone (docs/DOMAIN.md, "Restore points"). The client secret is kept in the
 * instance's own encrypted form, which only that instance can decrypt.
 */

export const RESTORE_FORMAT = 'acc-ims-restore';

/** Attributes the instance manages itself: read for reference, never written back. */
export const SYSTEM_ATTRIBUTES: readonly string[] = ['id', 'name', 'created', 'lastModified', 'createdBy-id', 'modifiedBy-id'];

// Attribute names end up as XML attribute names in the write: only plain XTK names.
const attributeName = z.string().regex(/^[A-Za-z_][A-Za-z0-9_-]{0,63}$/);

export const restorePointSchema = z.strictObject({
  format: z.literal(RESTORE_FORMAT),
  version: z.literal(1),
  savedAt: z.iso.datetime(),
  instance: z.strictObject({
    url: z.url(),
    build: z.string().max(32).optional(),
    instanceName: z.string().max(256).optional(),
  }),
  account: z.strictObject({
    /** Internal name (@name): the key the restore writes on. */
    name: z.string().min(1).max(256),
    attributes: z.record(attributeName, z.string().max(64 * 1024)),
    /** What the push was about to write: each is emptied again on restore when the account had no value. */
    touched: z.array(attributeName).max(64),
  }),
});

export type RestorePoint = z.infer<typeof restorePointSchema>;

export function restorePointOf(input: {
  url: string;
  build?: string;
  instanceName?: string;
  record: ExtAccountRecord;
  name: string;
  touched: readonly string[];
  savedAt: Date;
}): RestorePoint {
  const attributes: Record<string, string> = {};
  for (const [k, v] of Object.entries(input.record)) if (!SYSTEM_ATTRIBUTES.includes(k)) attributes[k] = v;
  return {
    format: RESTORE_FORMAT,
    version: 1,
    savedAt: input.savedAt.toISOString(),
    instance: {
      url: input.url,
      ...(input.build ? { build: input.build } : {}),
      ...(input.instanceName ? { instanceName: input.instanceName } : {}),
    },
    account: { name: input.name, attributes, touched: [...new Set(input.touched)] },
  };
}

/** What a restore writes: every saved attribute, and every touched one that had no value emptied again. */
export function restoreWrite(point: RestorePoint): Record<string, string> {
  const out: Record<string, string> = {};
  for (const a of point.account.touched) if (!SYSTEM_ATTRIBUTES.includes(a)) out[a] = '';
  for (const [a, v] of Object.entries(point.account.attributes)) if (!SYSTEM_ATTRIBUTES.includes(a)) out[a] = v;
  return out;
}

/** Why this restore point must not be written to the instance at `url` (another host), or null. */
export function otherHostRefusal(point: RestorePoint, url: string, file: string): Message | null {
  const saved = new URL(point.instance.url).host.toLowerCase();
  const target = new URL(url).host.toLowerCase();
  return saved === target ? null : msg('restore.otherInstance', { file, saved, target });
}

/** Why it must not be written to the instance that answered (another instance name behind the same host), or null. */
export function otherInstanceRefusal(point: RestorePoint, instanceName: string | undefined, file: string): Message | null {
  const saved = point.instance.instanceName;
  if (!saved || !instanceName || saved === instanceName) return null;
  return msg('restore.otherInstanceName', { file, saved, target: instanceName });
}

/** Attributes in the restore point that this instance's schema does not declare (a point from another build). */
export function undeclaredAttributes(point: RestorePoint, declared: readonly string[]): string[] {
  return Object.keys(restoreWrite(point)).filter((a) => !declared.includes(a));
}
