// The two sides of the readiness figure, bundled by the bench and run in a child process each (so peak
// RSS is theirs alone): the wizard's readiness (paged reads, checks, decisions) and the least a script
// driving Adobe's SDK directly must do to page through the same three tables.
import { maskTemplate } from '../../electron/common/readiness/profile-name';
import { runReadiness } from '../../electron/node/readiness/run-readiness';
import { generateDirectory } from '../../test/campaign-sim/operators';
import { ADMIN } from '../../test/campaign-sim/scenario';
import { startSimulator } from '../../test/campaign-sim/server';

export const OPERATORS = 10_000;
export const GROUPS = 200;
const PAGE = 1000;

export function startReadinessSimulator() {
  return startSimulator({ directory: generateDirectory({ operators: OPERATORS, groups: GROUPS }) });
}

export async function wizardReadiness(url: string): Promise<number> {
  const template = maskTemplate('Campaign - acme - (.*)');
  if (!template.ok) throw new Error('mask');
  const report = await runReadiness({
    url,
    credentials: { kind: 'password', login: ADMIN.login, password: ADMIN.password },
    template,
    timeoutMs: 60_000,
  });
  return report.operators.length;
}

const TABLES = [
  {
    schema: 'xtk:operator',
    element: 'operator',
    select: ['@id', '@name', '@label', '@email', '@disabled', 'access/@authenticationType'],
    where: '@type = 0',
    orderBy: ['@id'],
  },
  { schema: 'xtk:group', element: 'group', select: ['@id', '@name', '@label'], orderBy: ['@id'] },
  { schema: 'xtk:operatorGroup', element: 'operatorGroup', select: ['@operator-id', '@group-id'], orderBy: ['@operator-id', '@group-id'] },
];

/** Logon, the same paged queries, every row's attributes kept, logoff: nothing checked, nothing decided. */
export async function bareLoop(url: string): Promise<number> {
  // The SDK ships no typings; this loop is the bare baseline.
  const sdk = (await import('@adobe/acc-js-sdk')).default as any;
  const client = await sdk.init(
    sdk.ConnectionParameters.ofUserAndPassword(url, ADMIN.login, ADMIN.password, { representation: 'xml', noStorage: true }),
  );
  await client.logon();
  const rows: Record<string, string>[][] = [];
  for (const t of TABLES) {
    const table: Record<string, string>[] = [];
    for (let start = 0; ; start += PAGE) {
      const where = t.where ? `<where><condition expr="${t.where}"/></where>` : '';
      const xml = `<queryDef schema="${t.schema}" operation="select" lineCount="${PAGE}" startLine="${start}"><select>${t.select.map((e) => `<node expr="${e}"/>`).join('')}</select>${where}<orderBy>${t.orderBy.map((e) => `<node expr="${e}"/>`).join('')}</orderBy></queryDef>`;
      const result = await client.NLWS.xml.xtkQueryDef.create(sdk.DomUtil.parse(xml).documentElement).executeQuery();
      let n = 0;
      for (let el = result?.firstElementChild; el; el = el.nextElementSibling) {
        const row: Record<string, string> = {};
        for (const a of el.attributes) row[a.name] = a.value;
        const access = el.firstElementChild;
        if (access) row.authenticationType = access.getAttribute('authenticationType') ?? '';
        table.push(row);
        n++;
      }
      if (n < PAGE) break;
    }
    rows.push(table);
  }
  await client.logoff();
  return rows[0]!.length;
}

/** Child process entry: `node bundle.cjs wizard|bare URL` prints {"ms","rows"}. */
export async function child(mode: string, url: string): Promise<void> {
  const start = process.hrtime.bigint();
  const rows = mode === 'wizard' ? await wizardReadiness(url) : await bareLoop(url);
  process.stdout.write(JSON.stringify({ ms: Number(process.hrtime.bigint() - start) / 1e6, rows }));
}
