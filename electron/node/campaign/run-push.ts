import { findAccountType } from '../../common/checks/account-type';
import type { AccImsConfig } from '../../common/config/schema';
import { instanceMismatchWarnings } from '../../common/campaign/instance-url';
import { msg, type Message } from '../../common/messages/message';
import { TYPE_ATTRIBUTE } from '../../common/push/account-mapping';
import { planPush, type FieldChange, type PushPlan } from '../../common/push/plan';
import { restorePointOf, type RestorePoint } from '../../common/push/restore-point';
import { verifyWrite } from '../../common/push/verify';
import { WizardError, isWizardError } from '../../common/errors';
import { redactor } from '../../common/redact';
import { transportOptions, type NetworkOptions } from './run-checks';
import { tlsEnvironmentWarning } from './transport';
import type { CampaignSession, Credentials } from './session';
import { withSession } from './session-keeper';

/**
 * `acc-ims push` and the desktop's review/push: read the account on the instance, plan the change
 * (pure, common/push/plan.ts), and unless it is a dry run encrypt the secret on the instance, write
 * with insertOrUpdate keyed by internal name, and read back to verify.
 */

export interface PushRequest extends NetworkOptions {
  credentials: Credentials;
  config: AccImsConfig;
  /** The client secret (flag, environment or keychain); undefined keeps the instance's. */
  secret?: string;
  /** Dry run only: a secret will be supplied at push time (the desktop reads it from the keychain then). */
  secretExpected?: boolean;
  dryRun: boolean;
  /** Overwrite a client secret the instance already has (it cannot be compared: Campaign salts it). */
  replaceSecret: boolean;
  /** Update the one existing account of the type even though its internal name differs. */
  updateExisting: boolean;
  accountType?: number;
  /**
   * Saves the account as it is before an existing one is changed, and says where (restore-file.ts);
   * the push writes nothing when it fails. Without it, no restore point is kept.
   */
  saveRestorePoint?: (point: RestorePoint) => Promise<string>;
}

export interface PushOutcome {
  ok: boolean;
  dryRun: boolean;
  changes: FieldChange[];
  /** Read back after the write matched; null for a dry run or a refusal. */
  verified: boolean | null;
  accountName?: string;
  exists?: boolean;
  /** Why nothing was written, when the plan refused. */
  refused?: Message;
  /** Notes for the admin (kept secret, restart reminder, URL mismatch, read-back differences). */
  warnings: Message[];
  /** Where the account as it was before this push is saved, when an existing one was changed. */
  restoreFile?: string;
}

export async function runPush(req: PushRequest): Promise<PushOutcome> {
  const progress = req.onProgress ?? (() => undefined);
  if (req.secret !== undefined) redactor.add(req.secret);
  const tlsWarning = tlsEnvironmentWarning(req.url, req.wording);
  const warnings = [...(tlsWarning ? [tlsWarning] : []), ...instanceMismatchWarnings(req.url, req.config)];
  const wanted = req.config.account.internalName;

  const options = { ...transportOptions(req), credentials: req.credentials };
  return withSession(req.sessions, options, progress, async (session) => {
    progress('read-account-type');
    const lookup = findAccountType(await session.accountTypes(), req.accountType);
    if (!lookup.found) return refusal(lookup.message, warnings, req.dryRun);

    progress('read-accounts');
    const declared = await session.extAccountAttributes();
    // Every declared attribute, so the record an update replaces can be saved whole.
    const attributes = [...new Set(['id', ...declared])];
    const rows = await session.queryAccounts(
      `@${TYPE_ATTRIBUTE} = ${lookup.value} OR @name = ${session.quote(wanted)}`,
      attributes,
      'readAccounts',
    );
    const typeAccounts = rows.filter((r) => r[TYPE_ATTRIBUTE] === String(lookup.value));
    const sameNameAccount = rows.find((r) => r.name === wanted && r[TYPE_ATTRIBUTE] !== String(lookup.value)) ?? null;

    const plan = planPush({
      config: req.config,
      accountType: lookup,
      typeAccounts,
      sameNameAccount,
      secretAvailable: req.secret !== undefined || (req.dryRun && req.secretExpected === true),
      replaceSecret: req.replaceSecret,
      updateExisting: req.updateExisting,
      instanceAttributes: declared,
      ...(req.wording ? { wording: req.wording } : {}),
    });
    if (plan.kind === 'refused') return refusal(plan.reason, [...warnings, ...plan.notes], req.dryRun);

    const base = { dryRun: req.dryRun, changes: plan.changes, accountName: plan.targetName, exists: plan.kind === 'update' };
    if (req.dryRun) return { ...base, ok: true, verified: null, warnings: [...warnings, ...plan.notes] };
    if (plan.changes.length === 0) {
      return { ...base, ok: true, verified: true, warnings: [...warnings, ...plan.notes, msg('push.note.nothingToWrite')] };
    }

    const restoreFile = plan.kind === 'update' ? await saveBefore(req, session, plan, rows) : undefined;
    const saved = restoreFile ? { restoreFile } : {};
    try {
      let encrypted: string | null = null;
      if (plan.writeSecret && req.secret !== undefined) {
        progress('encrypt-secret');
        encrypted = await session.encryptPassword(req.secret);
      }
      progress('write-account');
      await session.writeAccount(plan.targetName, { ...plan.attributes, ...(encrypted !== null ? { clientSecret: encrypted } : {}) });

      progress('verify');
      const readBack = await session.queryAccounts(`@name = ${session.quote(plan.targetName)}`, attributes, 'readBack');
      const verification = verifyWrite(plan.attributes, encrypted, readBack[0] ?? null);
      const after = verification.verified
        ? [msg('push.note.restart')]
        : [msg('push.verify.differs', { mismatches: verification.mismatches })];
      const restoreNote = restoreFile ? [restoreHint('saved', req, restoreFile)] : [];
      return {
        ...base,
        ...saved,
        ok: verification.verified,
        verified: verification.verified,
        warnings: [...warnings, ...plan.notes, ...after, ...restoreNote],
      };
    } catch (e) {
      // Stopped half-way: the admin needs the way back more than anything else.
      if (!restoreFile || !isWizardError(e)) throw e;
      throw new WizardError(e.kind, msg('restore.halfway', { reason: e.userMessage, how: restoreHint('how', req, restoreFile) }));
    }
  });
}

async function saveBefore(
  req: PushRequest,
  session: CampaignSession,
  plan: Exclude<PushPlan, { kind: 'refused' }>,
  rows: Record<string, string>[],
): Promise<string | undefined> {
  const record = rows.find((r) => r.name === plan.targetName);
  if (!req.saveRestorePoint || !record) return undefined;
  if (record.clientSecret) redactor.add(record.clientSecret);
  const server = session.facts.serverInfo;
  return req.saveRestorePoint(
    restorePointOf({
      url: req.url,
      ...(server.buildNumber ? { build: server.buildNumber } : {}),
      ...(server.instanceName ? { instanceName: server.instanceName } : {}),
      record,
      name: plan.targetName,
      touched: [...Object.keys(plan.attributes), ...(plan.writeSecret && req.secret !== undefined ? ['clientSecret'] : [])],
      savedAt: new Date(),
    }),
  );
}

/** How to put the account back, in the admin's terms: the CLI's command or the desktop's button. */
function restoreHint(kind: 'saved' | 'how', req: PushRequest, file: string): Message {
  const desktop = req.wording === 'desktop';
  if (kind === 'saved') return desktop ? msg('restore.saved.desktop', { file }) : msg('restore.saved.cli', { file, url: req.url });
  return desktop ? msg('restore.how.desktop', { file }) : msg('restore.how.cli', { file, url: req.url });
}

function refusal(reason: Message, warnings: Message[], dryRun: boolean): PushOutcome {
  return { ok: false, dryRun, changes: [], verified: null, refused: reason, warnings };
}
