import type { ReadinessReport } from './report';

/**
 * The Adobe Admin Console "Add users by CSV" file (docs/DOMAIN.md, users CSV): the enterprise
 * template's header, one row per enabled operator with a valid, unique e-mail, its product profiles
 * comma-joined in one cell, RFC 4180 quoting, at most 25,000 rows a file. Cells a spreadsheet would
 * run as a formula are neutralised with a leading quote.
 */

export const CSV_HEADER = [
  'Identity Type',
  'Username',
  'Domain',
  'Email',
  'First Name',
  'Last Name',
  'Country Code',
  'Product Configurations',
  'Admin Roles',
  'Product Configurations Administered',
  'User Groups',
  'User Groups Administered',
  'Products Administered',
  'Developer Access',
] as const;

export const IDENTITY_TYPES = ['Federated ID', 'Adobe ID', 'Enterprise ID'] as const;
export type IdentityType = (typeof IDENTITY_TYPES)[number];
export type CsvSeparator = ',' | ';';
/** The Admin Console's limit for one file. */
export const MAX_CSV_ROWS = 25_000;

export interface UsersCsvOptions {
  identityType?: IdentityType;
  separator?: CsvSeparator;
  maxRows?: number;
}

/** One file's text (header included) and how many users it holds. */
export interface CsvPart {
  text: string;
  rows: number;
}

export interface UsersCsv {
  parts: CsvPart[];
  /** Users written, over all parts. */
  rows: number;
  /** Enabled operators left out for an e-mail problem. */
  skipped: number;
}

/** The users' rows, header first; each cell as the Admin Console should read it. */
export function usersCsvRows(report: ReadinessReport, identityType: IdentityType = 'Federated ID'): { rows: string[][]; skipped: number } {
  const rows: string[][] = [];
  let skipped = 0;
  for (const o of report.operators) {
    if (o.disabled) continue;
    if (o.problems.some((p) => p.code.startsWith('email-'))) {
      skipped++;
      continue;
    }
    const [first, last] = splitName(o.label);
    rows.push([identityType, '', '', o.email, first, last, '', o.profiles.join(','), '', '', '', '', '', '']);
  }
  return { rows, skipped };
}

export function buildUsersCsv(report: ReadinessReport, options: UsersCsvOptions = {}): UsersCsv {
  const separator = options.separator ?? ',';
  const max = options.maxRows ?? MAX_CSV_ROWS;
  const { rows, skipped } = usersCsvRows(report, options.identityType);
  const header = encodeRow([...CSV_HEADER], separator, false);
  const parts: CsvPart[] = [];
  for (let at = 0; at < rows.length || parts.length === 0; at += max) {
    const chunk = rows.slice(at, at + max);
    parts.push({ text: [header, ...chunk.map((r) => encodeRow(r, separator))].join('\r\n') + '\r\n', rows: chunk.length });
  }
  return { parts, rows: rows.length, skipped };
}

/** First and last name only when the label is exactly two clean words ("Jane Doe"); otherwise both empty. */
export function splitName(label: string): [string, string] {
  const words = label.trim().split(/\s+/);
  const word = /^\p{L}[\p{L}\p{M}'’.-]*$/u;
  return words.length === 2 && words.every((w) => word.test(w)) ? [words[0]!, words[1]!] : ['', ''];
}

const PROFILES_COLUMN = CSV_HEADER.indexOf('Product Configurations');

/** The profiles cell is always quoted: several names share it, comma-separated (docs/DOMAIN.md). */
export function encodeRow(cells: readonly string[], separator: CsvSeparator, quoteProfiles = true): string {
  return cells.map((c, i) => encodeCell(c, separator, quoteProfiles && i === PROFILES_COLUMN && c !== '')).join(separator);
}

/** RFC 4180 quoting; a cell that starts like a formula (=, +, -, @, tab, CR) gets a leading ' and quotes. */
export function encodeCell(value: string, separator: CsvSeparator, quote = false): string {
  const formula = /^[=+\-@\t\r]/.test(value);
  const text = formula ? `'${value}` : value;
  return quote || formula || text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
