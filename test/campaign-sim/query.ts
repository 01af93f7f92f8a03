import type { Element } from '@xmldom/xmldom';
import type { SimAccount } from './scenario';
import { attributes, childElements, firstChild, localName, xmlAttr } from './xml';

export class QueryError extends Error {}

/**
 * xtk:queryDef#ExecuteQuery over nms:extAccount: select/get/getIfExists/count, selected attributes,
 * where conditions of the form `@attr = 'text'`, `@attr = 12`, `@attr != …`, joined with AND/OR.
 * Anything else is refused loudly, so a client relying on more than this is caught by the tests.
 */
export function executeQuery(queryDef: Element, accounts: SimAccount[], declared: ReadonlySet<string>): string {
  const { schema, operation = 'select' } = attributes(queryDef);
  if (schema !== 'nms:extAccount') throw new QueryError(`Schema '${schema}' is not known to this instance.`);
  const selectEl = firstChild(queryDef, 'select');
  const selected = selectEl
    ? childElements(selectEl)
        .filter((n) => localName(n) === 'node')
        .map((n) => n.getAttribute('expr') ?? '')
    : [];
  const whereEl = firstChild(queryDef, 'where');
  const conditions = whereEl
    ? childElements(whereEl)
        .filter((c) => localName(c) === 'condition')
        .map((c) => parseCondition(c.getAttribute('expr') ?? '', declared))
    : [];
  const rows = accounts.filter((a) => conditions.every((test) => test(a)));

  if (operation === 'count') return `<extAccount count="${rows.length}"/>`;
  if (selected.length === 0) throw new QueryError('The query selects no field.');
  for (const expr of selected) {
    if (!/^@\w+$/.test(expr)) throw new QueryError(`Unsupported select expression '${expr}'.`);
    if (!declared.has(expr.slice(1))) throw new QueryError(unknownField(expr));
  }
  const render = (row: SimAccount) =>
    `<extAccount ${selected
      .map((e) => e.slice(1))
      .map((name) => `${name}="${xmlAttr(row[name] ?? '')}"`)
      .join(' ')}/>`;
  switch (operation) {
    case 'select':
      return `<extAccount-collection>${rows.map(render).join('')}</extAccount-collection>`;
    case 'get':
      if (rows.length !== 1)
        throw new QueryError(rows.length === 0 ? 'The requested record does not exist.' : 'More than one record matches.');
      return render(rows[0]!);
    case 'getIfExists':
      if (rows.length > 1) throw new QueryError('More than one record matches.');
      // Campaign (and the SDK's own mocks) answer an empty element when nothing matches.
      return rows[0] ? render(rows[0]) : '<extAccount/>';
    default:
      throw new QueryError(`Unsupported operation '${operation}'.`);
  }
}

type Test = (row: SimAccount) => boolean;

/** Campaign's words when an expression names a field its schema does not declare. */
export const unknownField = (expr: string, schema = 'nms:extAccount') =>
  `XTK-170036 Unable to parse expression '${expr}'. The field '${expr.replace(/^@/, '')}' is not defined in schema '${schema}'.`;

function parseCondition(expr: string, declared: ReadonlySet<string>): Test {
  const alternatives = expr.split(/\s+OR\s+/i).map((alt) => alt.split(/\s+AND\s+/i).map((c) => parseComparison(c, declared)));
  return (row) => alternatives.some((all) => all.every((t) => t(row)));
}

function parseComparison(text: string, declared: ReadonlySet<string>): Test {
  const m = /^\s*\(?\s*@(\w+)\s*(=|!=|<>)\s*(?:'((?:[^'\\]|\\.)*)'|(-?\d+))\s*\)?\s*$/.exec(text);
  if (!m) throw new QueryError(`Unsupported condition '${text}'.`);
  const [, attr, op, str, num] = m;
  if (!declared.has(attr!)) throw new QueryError(unknownField(`@${attr}`));
  const value = str !== undefined ? str.replace(/\\(.)/g, '$1') : String(Number(num));
  return (row) => {
    const actual = row[attr!] ?? '';
    const equal = str !== undefined ? actual === value : Number(actual || 0) === Number(value);
    return op === '=' ? equal : !equal;
  };
}
