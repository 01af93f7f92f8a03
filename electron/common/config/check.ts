import { error, type Problem } from '../problems';
import { CONFIG_FORMAT, CONFIG_VERSION } from './defaults';
import { ACCOUNT_RULES, INSTANCE_RULES, describeType, type RawConfig } from './rules';

/**
 * Every error and warning of a config (already parsed from JSON) against format v1 and Adobe's rules,
 * without the schema library: validate.ts adds the zod parse on top, and the renderer uses this alone
 * for inline feedback as the admin types (main re-validates fully before anything is written).
 */
const TOP_KEYS = ['format', 'version', 'instance', 'account'];

export function configProblems(input: unknown): Problem[] {
  if (!isRecord(input)) {
    return [error('', 'rule.document.notObject', { format: CONFIG_FORMAT, type: describeType(input) })];
  }
  const problems: Problem[] = [];
  if (input.format !== CONFIG_FORMAT) {
    problems.push(
      input.format === undefined
        ? error('format', 'rule.document.formatMissing', { expected: CONFIG_FORMAT })
        : error('format', 'rule.document.formatWrong', { actual: JSON.stringify(input.format), expected: CONFIG_FORMAT }),
    );
  }
  if (input.version !== CONFIG_VERSION) {
    problems.push(
      input.version === undefined
        ? error('version', 'rule.document.versionMissing', { expected: CONFIG_VERSION })
        : error('version', 'rule.document.versionUnsupported', { actual: JSON.stringify(input.version), expected: CONFIG_VERSION }),
    );
  }
  // Another format or version means other field rules: reporting them would only mislead.
  if (problems.length > 0) return problems;

  problems.push(...unknownKeys(input, TOP_KEYS, ''));
  const raw: RawConfig = {};
  if (input.instance !== undefined) {
    if (!isRecord(input.instance))
      problems.push(error('instance', 'rule.document.sectionNotObject', { key: 'instance', type: describeType(input.instance) }));
    else raw.instance = input.instance;
  }
  if (input.account === undefined) problems.push(error('account', 'rule.document.accountMissing'));
  else if (!isRecord(input.account))
    problems.push(error('account', 'rule.document.sectionNotObject', { key: 'account', type: describeType(input.account) }));
  else raw.account = input.account;

  if (raw.instance) {
    problems.push(...unknownKeys(raw.instance, Object.keys(INSTANCE_RULES), 'instance'));
    for (const [key, rule] of Object.entries(INSTANCE_RULES)) problems.push(...rule(raw.instance[key], raw, `instance.${key}`));
  }
  if (raw.account) {
    problems.push(...unknownKeys(raw.account, Object.keys(ACCOUNT_RULES), 'account'));
    const ref = raw.account.clientSecret;
    if (isRecord(ref)) problems.push(...unknownKeys(ref, ['keychain'], 'account.clientSecret'));
    for (const [key, rule] of Object.entries(ACCOUNT_RULES)) problems.push(...rule(raw.account[key], raw, `account.${key}`));
  }
  return problems;
}

function unknownKeys(obj: Record<string, unknown>, known: readonly string[], parent: string): Problem[] {
  return Object.keys(obj)
    .filter((k) => !known.includes(k))
    .map((k) => {
      const path = parent ? `${parent}.${k}` : k;
      const near = closest(k, known);
      const list = known.map((x) => `"${x}"`);
      if (!parent)
        return near
          ? error(path, 'rule.document.unknownTopKeyNear', { key: k, near, known: list })
          : error(path, 'rule.document.unknownTopKey', { key: k, known: list });
      return near
        ? error(path, 'rule.document.unknownKeyNear', { key: k, near, parent, known: list })
        : error(path, 'rule.document.unknownKey', { key: k, parent, known: list });
    });
}

function closest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: { c: string; d: number } | undefined;
  for (const c of candidates) {
    const d = editDistance(lower, c.toLowerCase());
    if (d <= Math.max(2, Math.floor(c.length / 4)) && (!best || d < best.d)) best = { c, d };
  }
  return best?.c;
}

function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return 99;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
