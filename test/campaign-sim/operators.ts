import type { Element } from '@xmldom/xmldom';
import { attributes, childElements, firstChild, localName, xmlAttr } from './xml';

/**
 * The operators side of a simulated instance: xtk:operator, xtk:group and xtk:operatorGroup, with a
 * generator of realistic directories (thousands of operators, ~200 groups, disabled and IMS operators,
 * e-mails missing, invalid, duplicated in another case, in Unicode) and the paged queries a client
 * reads them with (lineCount/startLine, orderBy @id). Real instances cap an unpaged select.
 */

export interface SimOperator {
  id: number;
  name: string;
  label: string;
  /** Empty when the operator has no contact e-mail. */
  email: string;
  disabled: boolean;
  /** access/@authenticationType: 'ims' (any case) for IMS operators; anything else is native. */
  authenticationType: string;
  /** 0 for real operators; 1 for operator groups stored in the same table on real instances. */
  type: number;
}

export interface SimGroup {
  id: number;
  name: string;
  label: string;
}

export interface SimDirectory {
  operators: SimOperator[];
  groups: SimGroup[];
  /** [operator id, group id] pairs. */
  memberships: [number, number][];
  /** Rows an ExecuteQuery without lineCount returns at most (default UNPAGED_CAP). */
  unpagedCap?: number;
}

/** Rows an ExecuteQuery without lineCount returns at most (real instances have such a cap too). */
export const UNPAGED_CAP = 10_000;

export const BUILT_IN_GROUPS = ['admin', 'delivery', 'operation', 'content', 'report', 'workflow', 'workflowSupervisor'];

/** The small directory every default scenario has: the admin and the built-in groups. */
export function defaultDirectory(): SimDirectory {
  const groups = BUILT_IN_GROUPS.map((name, i) => ({ id: 100 + i, name, label: label(name) }));
  return {
    operators: [
      { id: 1059, name: 'admin', label: 'Administrator', email: 'admin@acme.example', disabled: false, authenticationType: '', type: 0 },
      { id: 1060, name: 'jdoe', label: 'Jane Doe', email: 'jane.doe@acme.example', disabled: false, authenticationType: '', type: 0 },
    ],
    groups,
    memberships: [
      [1059, 100],
      [1060, 101],
      [1060, 104],
    ],
  };
}

export interface GenerateOptions {
  operators: number;
  groups: number;
  seed?: number;
}

const FIRST = [
  'Jane',
  'John',
  'Mei',
  'Wei',
  'Ana',
  'Luca',
  'Zoë',
  'José',
  'Chloé',
  'Søren',
  'Ali',
  'Priya',
  'Kenji',
  'Olga',
  'Tom',
  'Lena',
];
const LAST = [
  'Doe',
  'Smith',
  'Chen',
  'Lin',
  'García',
  'Rossi',
  'Müller',
  'Dubois',
  'Nakamura',
  'Novak',
  'Khan',
  'Patel',
  'Berg',
  'Ivanova',
];

/**
 * A deterministic directory: the same options give the same data. Shares: ~3% without e-mail, ~2%
 * invalid, ~2% duplicates of another operator's e-mail in another case, ~1% Unicode e-mails, ~8%
 * disabled, ~15% IMS; about 5% of groups have no members.
 */
export function generateDirectory(options: GenerateOptions): SimDirectory {
  const random = mulberry32(options.seed ?? 42);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const groups: SimGroup[] = [];
  for (let i = 0; i < options.groups; i++) {
    const name = i < BUILT_IN_GROUPS.length ? BUILT_IN_GROUPS[i]! : `team_${pick(['mkt', 'crm', 'ops', 'sales', 'eu', 'apac'])}_${i}`;
    groups.push({ id: 100 + i, name, label: label(name) });
  }
  const empty = new Set(groups.filter((_, i) => i >= BUILT_IN_GROUPS.length && i % 20 === 0).map((g) => g.id));
  const memberGroups = groups.filter((g) => !empty.has(g.id));
  const operators: SimOperator[] = [];
  const memberships: [number, number][] = [];
  for (let i = 0; i < options.operators; i++) {
    const id = 2000 + i;
    const first = pick(FIRST);
    const last = pick(LAST);
    const name = `${ascii(first).toLowerCase()}${ascii(last).toLowerCase()}${i}`;
    const r = random();
    let email = `${ascii(first).toLowerCase()}.${ascii(last).toLowerCase()}${i}@acme.example`;
    if (r < 0.03) email = '';
    else if (r < 0.05) email = pick([`${name}@`, `${name} @acme.example`, `${name}@@acme.example`, `${name}@acme`, `${name}.acme.example`]);
    else if (r < 0.07 && operators.length > 0) {
      const other = operators[Math.floor(random() * operators.length)]!;
      email = other.email ? swapCase(other.email) : email;
    } else if (r < 0.08) email = `${first.toLowerCase()}.${i}@${pick(['acme.example', 'exämple.example'])}`;
    const labelText = r > 0.97 ? first : r > 0.95 ? `${first} van ${last}` : `${first} ${last}`;
    const auth = random();
    operators.push({
      id,
      name,
      label: labelText,
      email,
      disabled: random() < 0.08,
      authenticationType: auth < 0.1 ? 'ims' : auth < 0.15 ? 'IMS' : '',
      type: 0,
    });
    const count = 1 + Math.floor(random() * 3);
    const mine = new Set<number>();
    for (let k = 0; k < count; k++) mine.add(pick(memberGroups).id);
    for (const g of mine) memberships.push([id, g]);
  }
  // Operator groups live in xtk:operator too on real instances (@type = 1): the client must filter them out.
  for (const g of groups.slice(0, 3))
    operators.push({ id: 90_000 + g.id, name: g.name, label: g.label, email: '', disabled: false, authenticationType: '', type: 1 });
  return { operators, groups, memberships };
}

export class DirectoryQueryError extends Error {}

export const DIRECTORY_SCHEMAS = new Set(['xtk:operator', 'xtk:group', 'xtk:operatorGroup']);

/** xtk:queryDef#ExecuteQuery (operation "select") over the directory, with lineCount/startLine and orderBy. */
export function executeDirectoryQuery(queryDef: Element, directory: SimDirectory): string {
  const { schema = '', operation = 'select', lineCount, startLine } = attributes(queryDef);
  if (operation !== 'select') throw new DirectoryQueryError(`Unsupported operation '${operation}' on ${schema}.`);
  const selectEl = firstChild(queryDef, 'select');
  const selected = selectEl
    ? childElements(selectEl)
        .filter((n) => localName(n) === 'node')
        .map((n) => n.getAttribute('expr') ?? '')
    : [];
  if (selected.length === 0) throw new DirectoryQueryError('The query selects no field.');
  const whereEl = firstChild(queryDef, 'where');
  const conditions = whereEl
    ? childElements(whereEl)
        .filter((c) => localName(c) === 'condition')
        .map((c) => c.getAttribute('expr') ?? '')
    : [];
  const orderEl = firstChild(queryDef, 'orderBy');
  const order = orderEl ? childElements(orderEl).map((n) => n.getAttribute('expr') ?? '') : [];
  for (const o of order)
    if (o !== '@id' && o !== '@operator-id, @group-id' && o !== '@operator-id' && o !== '@group-id')
      throw new DirectoryQueryError(`Unsupported orderBy '${o}'.`);

  const { element, rows } = tableOf(schema, directory, conditions);
  if (order.length > 0) rows.sort((a, b) => compareBy(order, a, b));
  const start = startLine === undefined ? 0 : Number(startLine);
  const count = lineCount === undefined ? (directory.unpagedCap ?? UNPAGED_CAP) : Number(lineCount);
  if (!Number.isInteger(start) || start < 0 || !Number.isInteger(count) || count < 1)
    throw new DirectoryQueryError(`Invalid lineCount/startLine ${lineCount}/${startLine}.`);
  const page = rows.slice(start, start + count);
  return `<${element}-collection>${page.map((row) => renderRow(element, selected, row)).join('')}</${element}-collection>`;
}

type Row = Record<string, string>;

function tableOf(schema: string, d: SimDirectory, conditions: string[]): { element: string; rows: Row[] } {
  switch (schema) {
    case 'xtk:operator': {
      for (const c of conditions) if (!/^@type\s*=\s*0$/.test(c.trim())) throw new DirectoryQueryError(`Unsupported condition '${c}'.`);
      const ops = conditions.length > 0 ? d.operators.filter((o) => o.type === 0) : d.operators;
      return {
        element: 'operator',
        rows: ops.map((o) => ({
          '@id': String(o.id),
          '@name': o.name,
          '@label': o.label,
          '@email': o.email,
          '@disabled': o.disabled ? '1' : '0',
          '@type': String(o.type),
          'access/@authenticationType': o.authenticationType,
        })),
      };
    }
    case 'xtk:group':
      if (conditions.length > 0) throw new DirectoryQueryError('Unsupported condition on xtk:group.');
      return { element: 'group', rows: d.groups.map((g) => ({ '@id': String(g.id), '@name': g.name, '@label': g.label })) };
    case 'xtk:operatorGroup':
      if (conditions.length > 0) throw new DirectoryQueryError('Unsupported condition on xtk:operatorGroup.');
      return { element: 'operatorGroup', rows: d.memberships.map(([o, g]) => ({ '@operator-id': String(o), '@group-id': String(g) })) };
    default:
      throw new DirectoryQueryError(`Schema '${schema}' is not known to this instance.`);
  }
}

function compareBy(order: string[], a: Row, b: Row): number {
  for (const o of order.flatMap((x) => x.split(/\s*,\s*/))) {
    const d = Number(a[o]) - Number(b[o]);
    if (d !== 0) return d;
  }
  return 0;
}

/** Campaign's shape: attributes on the row element, a linked path such as access/@x as a child element. */
function renderRow(element: string, selected: string[], row: Row): string {
  const own: string[] = [];
  const children = new Map<string, string[]>();
  for (const expr of selected) {
    if (!(expr in row)) throw new DirectoryQueryError(`Unknown field '${expr}'.`);
    const slash = expr.lastIndexOf('/');
    const pair = `${expr.slice(slash + 2)}="${xmlAttr(row[expr]!)}"`;
    if (slash === -1) own.push(pair);
    else children.set(expr.slice(0, slash), [...(children.get(expr.slice(0, slash)) ?? []), pair]);
  }
  const inner = [...children].map(([child, attrs]) => `<${child} ${attrs.join(' ')}/>`).join('');
  return `<${element} ${own.join(' ')}>${inner}</${element}>`;
}

function label(name: string): string {
  return name.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

function ascii(s: string): string {
  return s.normalize('NFD').replace(/[^A-Za-z]/g, '');
}

function swapCase(email: string): string {
  return email.replace(/^./, (c) => c.toUpperCase()).replace(/@(.)/, (_, c: string) => `@${c.toUpperCase()}`);
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
