import { WizardError } from '../../common/errors';
import { fieldOfAttribute } from '../../common/campaign/ext-account-fields';
import { msg, type Message } from '../../common/messages/message';
import { SECRET_SET, type FieldChange } from '../../common/push/plan';
import {
  otherHostRefusal,
  otherInstanceRefusal,
  restoreWrite,
  undeclaredAttributes,
  type RestorePoint,
} from '../../common/push/restore-point';
import { verifyWrite } from '../../common/push/verify';
import { transportOptions, type NetworkOptions } from './run-checks';
import { tlsEnvironmentWarning } from './transport';
import type { Credentials } from './session';
import { withSession } from './session-keeper';

/**
 * `acc-ims push --restore FILE` and the desktop's "Undo the last push": write a saved account back
 * exactly as it was (the secret in the instance's own encrypted form, no EncryptPassword), then read it
 * back and verify. Refused before anything is sent when the file was made for another instance.
 */

export interface RestoreRequest extends NetworkOptions {
  credentials: Credentials;
  point: RestorePoint;
  /** The restore file's path, for messages. */
  file: string;
  dryRun: boolean;
}

export interface RestoreOutcome {
  ok: boolean;
  dryRun: boolean;
  accountName: string;
  /** What goes back, field by field (the secret only as set or empty). */
  changes: FieldChange[];
  /** Read back matched; null for a dry run. */
  verified: boolean | null;
  warnings: Message[];
}

export async function runRestore(req: RestoreRequest): Promise<RestoreOutcome> {
  const progress = req.onProgress ?? (() => undefined);
  const { point, file } = req;
  const otherHost = otherHostRefusal(point, req.url, file);
  if (otherHost) throw new WizardError('refused', otherHost);
  const tlsWarning = tlsEnvironmentWarning(req.url, req.wording);
  const warnings: Message[] = tlsWarning ? [tlsWarning] : [];
  const name = point.account.name;
  const write = restoreWrite(point);

  const options = { ...transportOptions(req), credentials: req.credentials };
  return withSession(req.sessions, options, progress, async (session) => {
    const otherInstance = otherInstanceRefusal(point, session.facts.serverInfo.instanceName, file);
    if (otherInstance) throw new WizardError('refused', otherInstance);
    progress('read-accounts');
    const declared = await session.extAccountAttributes();
    const undeclared = undeclaredAttributes(point, declared);
    if (undeclared.length > 0) throw new WizardError('refused', msg('restore.undeclared', { file, attributes: undeclared }));
    const attributes = [...new Set(['id', ...Object.keys(write)])];
    const read = () => session.queryAccounts(`@name = ${session.quote(name)}`, attributes, 'readAccounts');
    const current = (await read())[0] ?? {};
    const changes = diff(current, write);
    const base = { dryRun: req.dryRun, accountName: name, changes };
    if (req.dryRun) return { ...base, ok: true, verified: null, warnings };
    if (changes.length === 0)
      return { ...base, ok: true, verified: true, warnings: [...warnings, msg('restore.alreadyAsSaved', { name })] };

    progress('write-account');
    await session.writeAccount(name, write);
    progress('verify');
    const { clientSecret, ...plain } = write;
    const verification = verifyWrite(plain, clientSecret ?? null, (await read())[0] ?? null);
    const after = verification.verified
      ? [msg('push.note.restart')]
      : [msg('push.verify.differs', { mismatches: verification.mismatches })];
    return { ...base, ok: verification.verified, verified: verification.verified, warnings: [...warnings, ...after] };
  });
}

/** Field by field, what the restore changes; the encrypted secret is never shown, only whether it is set. */
function diff(current: Record<string, string>, write: Record<string, string>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const [attribute, to] of Object.entries(write)) {
    const from = current[attribute] ?? '';
    if (from === to) continue;
    const field = fieldOfAttribute(attribute)?.field ?? attribute;
    const secret = attribute === 'clientSecret';
    changes.push({ field, from: secret && from ? SECRET_SET : from, to: secret && to ? SECRET_SET : to });
  }
  return changes;
}
