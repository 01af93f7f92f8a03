import { WizardError } from '../../common/errors';
import { msg } from '../../common/messages/message';
import { decideReadiness, duplicateGroupNames, type UsableTemplate } from '../../common/readiness/decide';
import type { ReadinessProgress } from '../../common/readiness/progress';
import type { ReadinessReport } from '../../common/readiness/report';
import type { Wording } from '../../common/campaign/wording';
import { CampaignSession, type Credentials } from '../campaign/session';
import { readDirectory } from './read-directory';

/**
 * Sign-in readiness of a live instance, for `acc-ims operators` and the desktop's readiness step:
 * log on, read operators, groups and memberships in pages, log off, then decide. Reads only. Any
 * failure on the way throws: a partial directory is never decided as if it were the whole.
 */

export interface ReadinessRequest {
  url: string;
  credentials: Credentials;
  template: UsableTemplate;
  timeoutMs: number;
  signal?: AbortSignal;
  caPem?: string;
  wording?: Wording;
  pageSize?: number;
  onProgress?: (progress: ReadinessProgress) => void;
}

export async function runReadiness(req: ReadinessRequest): Promise<ReadinessReport> {
  const progress = req.onProgress ?? (() => undefined);
  progress({ table: 'logon', rows: 0 });
  const session = await CampaignSession.open({
    url: req.url,
    credentials: req.credentials,
    timeoutMs: req.timeoutMs,
    ...(req.signal ? { signal: req.signal } : {}),
    ...(req.caPem ? { caPem: req.caPem } : {}),
    ...(req.wording ? { wording: req.wording } : {}),
  });
  let facts;
  try {
    const { rights, login } = session.facts;
    // Only administrators see every operator; a partial list would look like a ready instance.
    if (rights !== null && !rights.includes('admin')) throw new WizardError('refused', msg('readiness.notAdmin', { login }));
    facts = await readDirectory(session, {
      url: req.url,
      onProgress: progress,
      ...(req.signal ? { signal: req.signal } : {}),
      ...(req.pageSize ? { pageSize: req.pageSize } : {}),
    });
  } finally {
    progress({ table: 'logoff', rows: 0 });
    await session.close();
  }
  // The logged-on operator is one of them: none at all means the answer was filtered or wrong.
  if (facts.operators.length === 0) throw new WizardError('refused', msg('readiness.read.noOperators', { login: session.facts.login }));
  const duplicates = duplicateGroupNames(facts);
  if (duplicates.length > 0) throw new WizardError('connection', msg('readiness.read.duplicateGroups', { names: duplicates }));
  return decideReadiness(facts, req.template);
}
