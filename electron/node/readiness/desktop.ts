import { normalizeInstanceUrl } from '../../common/campaign/instance-url';
import { DESKTOP_WORDING } from '../../common/campaign/wording';
import { WizardError } from '../../common/errors';
import type { CampaignConnection, ReadinessReportData } from '../../common/ipc/contract';
import { msg } from '../../common/messages/message';
import { maskTemplate } from '../../common/readiness/profile-name';
import type { ReadinessProgress } from '../../common/readiness/progress';
import type { ReadinessReport } from '../../common/readiness/report';
import { buildUsersCsv, type CsvSeparator, type IdentityType } from '../../common/readiness/users-csv';
import { redactor } from '../../common/redact';
import { DEFAULT_TIMEOUT_MS } from '../campaign/desktop-campaign';
import { runReadiness } from './run-readiness';
import { writeUsersCsv } from './write-users-csv';

/**
 * The desktop's readiness step over the same node functions as `acc-ims operators`: main's handlers
 * call these, with the network context (cancel, progress) and the save dialog they own.
 */

export interface ReadinessContext {
  signal: AbortSignal;
  progress(stage: string, fraction?: number): void;
}

const STAGES: Record<ReadinessProgress['table'], { stage: string; fraction: number }> = {
  logon: { stage: 'logon', fraction: 0.05 },
  operators: { stage: 'read-operators', fraction: 0.1 },
  groups: { stage: 'read-groups', fraction: 0.5 },
  memberships: { stage: 'read-memberships', fraction: 0.55 },
  logoff: { stage: 'logoff', fraction: 0.95 },
};

/** Checks the mask and the credentials at once, then returns the network job (refusals come before any request). */
export function readinessJob(connection: CampaignConnection, mask: string): (ctx: ReadinessContext) => Promise<ReadinessReport> {
  const template = maskTemplate(mask);
  if (!template.ok) throw new WizardError('usage', template.error);
  const url = normalizeInstanceUrl(connection.url, DESKTOP_WORDING);
  if (!url.ok) throw new WizardError('usage', url.message);
  const login = connection.user?.trim();
  if (!login || !connection.password) throw new WizardError('usage', msg('readiness.desktop.credentials'));
  redactor.add(connection.password);
  const credentials = { kind: 'password' as const, login, password: connection.password };
  return (ctx) =>
    runReadiness({
      url: url.url,
      credentials,
      template,
      timeoutMs: DEFAULT_TIMEOUT_MS,
      signal: ctx.signal,
      wording: DESKTOP_WORDING,
      onProgress: (p) => ctx.progress(STAGES[p.table].stage, STAGES[p.table].fraction),
    });
}

/** Builds the users file(s) from the report (common) and writes them where the admin chose (atomically). */
export async function saveUsersCsv(
  request: { report: ReadinessReportData; identityType: IdentityType; separator: CsvSeparator },
  choosePath: () => Promise<string | null>,
): Promise<{ cancelled: true } | { paths: string[]; rows: number; skipped: number }> {
  const csv = buildUsersCsv(request.report as ReadinessReport, { identityType: request.identityType, separator: request.separator });
  const path = await choosePath();
  if (path === null) return { cancelled: true };
  const paths = await writeUsersCsv(path, csv);
  return { paths, rows: csv.rows, skipped: csv.skipped };
}
