import { WizardError } from '../../common/errors';
import { msg, type Message } from '../../common/messages/message';
import type { DirectoryFacts, GroupFacts, MembershipFacts, OperatorFacts } from '../../common/readiness/facts';
import type { ReadinessProgress } from '../../common/readiness/progress';
import type { CampaignSession } from '../campaign/session';
import { explainFailure } from '../campaign/failure';
import { attributesOf, childElements, loadSdk, type SdkClient, type SdkElement } from '../campaign/sdk';

/**
 * Reads operators, operator groups and memberships with xtk:queryDef#ExecuteQuery, page by page
 * (lineCount/startLine, ordered by key so pages neither overlap nor skip), through the logged-on SDK
 * session. Instances hold thousands of operators and cap an unpaged select: see docs/DOMAIN.md.
 * Anything an answer lacks is an error, never a silently shorter list.
 */

export const PAGE_SIZE = 1000;
/** Far above any real instance; stops a server that keeps sending full pages. */
export const MAX_ROWS = 500_000;

export interface ReadOptions {
  url: string;
  signal?: AbortSignal;
  onProgress?: (progress: ReadinessProgress) => void;
  pageSize?: number;
}

interface TableSpec<T> {
  schema: string;
  element: string;
  table: ReadinessProgress['table'];
  /** What is being done, for a failure's "while …". */
  step: Message;
  select: string[];
  where?: string;
  orderBy: string[];
  /** Attributes every row must carry (Campaign sends selected attributes even when empty). */
  required: string[];
  row(attrs: Record<string, string>, el: SdkElement): T;
  key(item: T): string;
}

const OPERATORS: TableSpec<OperatorFacts> = {
  schema: 'xtk:operator',
  element: 'operator',
  table: 'operators',
  step: msg('readiness.step.operators'),
  select: ['@id', '@name', '@label', '@email', '@disabled', 'access/@authenticationType'],
  where: '@type = 0',
  orderBy: ['@id'],
  required: ['id', 'name', 'label', 'email', 'disabled'],
  row: (a, el) => ({
    id: a.id!,
    name: a.name!,
    label: a.label!,
    email: a.email!,
    disabled: a.disabled === '1' || a.disabled === 'true',
    // The linked access element may be absent on an operator that never had one: native.
    authenticationType: childElements(el, 'access')[0]?.getAttribute('authenticationType') ?? '',
  }),
  key: (o) => o.id,
};

const GROUPS: TableSpec<GroupFacts> = {
  schema: 'xtk:group',
  element: 'group',
  table: 'groups',
  step: msg('readiness.step.groups'),
  select: ['@id', '@name', '@label'],
  orderBy: ['@id'],
  required: ['id', 'name', 'label'],
  row: (a) => ({ id: a.id!, name: a.name!, label: a.label! }),
  key: (g) => g.id,
};

const MEMBERSHIPS: TableSpec<MembershipFacts> = {
  schema: 'xtk:operatorGroup',
  element: 'operatorGroup',
  table: 'memberships',
  step: msg('readiness.step.memberships'),
  select: ['@operator-id', '@group-id'],
  orderBy: ['@operator-id', '@group-id'],
  required: ['operator-id', 'group-id'],
  row: (a) => ({ operatorId: a['operator-id']!, groupId: a['group-id']! }),
  key: (m) => `${m.operatorId}/${m.groupId}`,
};

export async function readDirectory(session: CampaignSession, options: ReadOptions): Promise<DirectoryFacts> {
  const operators = await readTable(session, OPERATORS, options);
  const groups = await readTable(session, GROUPS, options);
  const memberships = await readTable(session, MEMBERSHIPS, options);
  return { operators, groups, memberships };
}

async function readTable<T>(session: CampaignSession, spec: TableSpec<T>, options: ReadOptions): Promise<T[]> {
  const sdk = await loadSdk();
  // The session keeps its SDK client to itself; this reader is the one other user of its queries.
  const client = session['client'] as SdkClient;
  const pageSize = options.pageSize ?? PAGE_SIZE;
  const host = hostOf(options.url);
  const out: T[] = [];
  const seen = new Set<string>();
  for (let start = 0; ; start += pageSize) {
    if (options.signal?.aborted) throw new WizardError('cancelled', msg('readiness.read.cancelled'));
    const xml = queryXml(spec, start, pageSize);
    let result: SdkElement | null;
    try {
      result = await client.NLWS.xml.xtkQueryDef.create(sdk.DomUtil.parse(xml).documentElement).executeQuery();
    } catch (e) {
      throw explainFailure(e, { url: options.url, step: spec.step });
    }
    if (!result || result.tagName !== `${spec.element}-collection`) {
      throw new WizardError(
        'connection',
        msg('readiness.read.missingTable', { host, schema: spec.schema, element: `${spec.element}-collection` }),
      );
    }
    const rows = childElements(result, spec.element);
    for (const el of rows) {
      const attrs = attributesOf(el);
      const missing = spec.required.find((name) => attrs[name] === undefined);
      if (missing !== undefined)
        throw new WizardError(
          'connection',
          msg('readiness.read.missingAttribute', { host, schema: spec.schema, attribute: `@${missing}` }),
        );
      const item = spec.row(attrs, el);
      const key = spec.key(item);
      // A server that ignores startLine sends the first page again: stop instead of looping or doubling.
      if (seen.has(key)) throw new WizardError('connection', msg('readiness.read.ignoresPaging', { host, schema: spec.schema }));
      seen.add(key);
      out.push(item);
    }
    if (out.length > MAX_ROWS)
      throw new WizardError('connection', msg('readiness.read.tooMany', { host, schema: spec.schema, max: MAX_ROWS }));
    options.onProgress?.({ table: spec.table, rows: out.length });
    if (rows.length < pageSize) return out;
  }
}

function queryXml(spec: TableSpec<unknown>, startLine: number, lineCount: number): string {
  const select = spec.select.map((e) => `<node expr="${e}"/>`).join('');
  const where = spec.where ? `<where><condition expr="${spec.where}"/></where>` : '';
  const orderBy = `<orderBy>${spec.orderBy.map((e) => `<node expr="${e}"/>`).join('')}</orderBy>`;
  return `<queryDef schema="${spec.schema}" operation="select" lineCount="${lineCount}" startLine="${startLine}"><select>${select}</select>${where}${orderBy}</queryDef>`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
