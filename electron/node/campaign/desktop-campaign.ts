import { normalizeInstanceUrl } from '../../common/campaign/instance-url';
import { PROGRESS_STEPS, type ProgressStep } from '../../common/checks/progress';
import type { AccImsConfig } from '../../common/config/schema';
import { WizardError } from '../../common/errors';
import { msg } from '../../common/messages/message';
import type { CampaignService, NetworkContext } from '../../common/campaign/service';
import type { CampaignConnection, CheckReport, PushChoices, PushReport } from '../../common/ipc/contract';
import { redactor } from '../../common/redact';
import { runChecks, type CheckOutcome } from './run-checks';
import { runPush, type PushOutcome } from './run-push';
import { runRestore } from './run-restore';
import { createSessionKeeper } from './session-keeper';
import { readRestoreFile, restoreFileIn, saveRestoreFile } from './restore-file';
import type { RestorePoint } from '../../common/push/restore-point';
import { DESKTOP_WORDING, type Wording } from '../../common/campaign/wording';
import type { Credentials } from './session';

/** One HTTP call may take this long before it is reported as a timeout (schema reads can be slow). */
export const DEFAULT_TIMEOUT_MS = 30_000;

export interface CampaignServiceOptions {
  timeoutMs?: number;
  /** Extra trusted CA (PEM) for instances behind a private CA. */
  caPem?: string;
  /** Folder for the schema cache (e.g. under the app's data folder); none: schemas are read every time. */
  cacheDir?: string;
  /** Folder where a push saves an existing account before changing it; none: no restore point is kept. */
  restoreDir?: string;
}

/** The desktop's Campaign service, over the same runners as the CLI. */
export function createCampaignService(options: CampaignServiceOptions = {}): CampaignService {
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  // One logged-on session kept between test, check, compare and push (session-keeper.ts).
  const sessions = createSessionKeeper();
  let lastRestoreFile: string | null = null;
  const restoreDir = options.restoreDir;
  const saveRestorePoint = restoreDir
    ? async (point: RestorePoint) => {
        const path = restoreFileIn(restoreDir, point);
        await saveRestoreFile(path, point);
        lastRestoreFile = path;
        return path;
      }
    : undefined;
  const net = (connection: CampaignConnection, ctx: NetworkContext) => ({
    url: instanceUrl(connection, DESKTOP_WORDING),
    timeoutMs,
    signal: ctx.signal,
    ...(options.caPem ? { caPem: options.caPem } : {}),
    ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
    onProgress: reportTo(ctx),
    sessions,
    // Messages name the wizard's own controls, not the CLI's flags.
    wording: DESKTOP_WORDING,
  });

  return {
    async testConnection(connection, ctx) {
      const credentials = credentialsOf(connection, false);
      return toCheckReport(await runChecks({ ...net(connection, ctx), ...(credentials ? { credentials } : {}), scope: 'connection' }));
    },
    async check(connection, ctx) {
      const credentials = credentialsOf(connection, false);
      return toCheckReport(
        await runChecks({
          ...net(connection, ctx),
          ...(credentials ? { credentials } : {}),
          ...(connection.consoleBuild ? { console: { consoleBuild: connection.consoleBuild, source: { kind: 'given' as const } } } : {}),
          scope: 'full',
        }),
      );
    },
    async plan(connection, config, ctx, choices = KEEP) {
      // The handler reads the secret from the keychain only when pushing; the plan shows what that push will do.
      return toPushReport(
        await runPush({
          ...net(connection, ctx),
          ...pushInputs(connection, config, choices),
          secretExpected: config.account.clientSecret !== undefined,
          dryRun: true,
        }),
      );
    },
    async push(connection, config, secret, ctx, choices = KEEP) {
      if (secret !== undefined) redactor.add(secret);
      return toPushReport(
        await runPush({
          ...net(connection, ctx),
          ...pushInputs(connection, config, choices),
          ...(secret !== undefined ? { secret } : {}),
          dryRun: false,
          ...(saveRestorePoint ? { saveRestorePoint } : {}),
        }),
      );
    },
    async undoLastPush(connection, ctx) {
      const file = lastRestoreFile;
      if (file === null) throw new WizardError('invalid', msg('restore.undo.nothing'));
      const point = await readRestoreFile(file);
      const credentials = credentialsOf(connection, true)!;
      const o = await runRestore({ ...net(connection, ctx), credentials, point, file, dryRun: false });
      return { ok: o.ok, accountName: o.accountName, changes: o.changes, verified: o.verified, warnings: o.warnings };
    },
  };
}

/** Without an explicit choice a push keeps the instance's secret and touches only the config's account. */
const KEEP: PushChoices = { replaceSecret: false, updateExisting: false };

function pushInputs(connection: CampaignConnection, config: AccImsConfig, choices: PushChoices) {
  return { credentials: credentialsOf(connection, true)!, config, ...choices };
}

function instanceUrl(connection: CampaignConnection, wording: Wording): string {
  const result = normalizeInstanceUrl(connection.url, wording);
  if (!result.ok) throw new WizardError('usage', result.message);
  return result.url;
}

function credentialsOf(connection: CampaignConnection, required: boolean): Credentials | undefined {
  const login = connection.user?.trim();
  if (connection.password) redactor.add(connection.password);
  if (login && connection.password) return { kind: 'password', login, password: connection.password };
  if (login && !connection.password) throw new WizardError('usage', msg('connection.needPassword', { login }));
  if (required) throw new WizardError('usage', msg('connection.needCredentials'));
  return undefined;
}

function reportTo(ctx: NetworkContext): (step: ProgressStep) => void {
  return (step) => ctx.progress(step, PROGRESS_STEPS.indexOf(step) / PROGRESS_STEPS.length);
}

function toCheckReport(o: CheckOutcome): CheckReport {
  return {
    ok: o.ok,
    checks: o.checks,
    connectionFailed: o.connectionFailed,
    ...(o.server ? { server: o.server } : {}),
    ...(o.packages ? { packages: o.packages } : {}),
    ...(o.warnings.length > 0 ? { warnings: o.warnings } : {}),
  };
}

function toPushReport(o: PushOutcome): PushReport {
  if (o.refused) throw new WizardError('refused', o.refused);
  return {
    ok: o.ok,
    dryRun: o.dryRun,
    changes: o.changes,
    verified: o.verified,
    ...(o.accountName ? { accountName: o.accountName } : {}),
    ...(o.exists !== undefined ? { exists: o.exists } : {}),
    warnings: o.warnings,
    ...(o.restoreFile ? { restoreFile: o.restoreFile } : {}),
  };
}
