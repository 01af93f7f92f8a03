import { act, CLI_WORDING, type Wording } from '../campaign/wording';
import { EXT_ACCOUNT_FIELDS } from '../campaign/ext-account-fields';
import { ACCOUNT_RULES, type RawConfig } from '../config/rules';
import { msg, type Message } from '../messages/message';
import { error, type Problem } from '../problems';
import { accountToFields, ENABLED_ATTRIBUTE, ENABLED_VALUE } from '../push/account-mapping';
import type { AccountTypeLookup } from './account-type';
import type { ExtAccountRecord } from './facts';
import type { CheckResult } from './types';

export interface AccountFacts {
  lookup: AccountTypeLookup;
  /** Existing accounts of the IMS type (meaningful only when the type was found). */
  accounts: readonly ExtAccountRecord[];
  /** The URL the tool connected to, for the callback-server rule. */
  instanceUrl: string;
}

/**
 * `account`: the instance's "Adobe Experience Cloud" external accounts. None is fine (push creates
 * it); more than one breaks IMS sign-in; one is diagnosed with the same rules as a config file.
 */
export function decideAccount(f: AccountFacts, wording: Wording = CLI_WORDING): CheckResult {
  if (!f.lookup.found) return { id: 'account', status: 'fail', message: f.lookup.message };
  const type = { label: f.lookup.label, type: f.lookup.value };
  if (f.accounts.length === 0) {
    return { id: 'account', status: 'warn', message: msg('check.account.none', { ...type, createAccount: act('createAccount', wording) }) };
  }
  if (f.accounts.length > 1) {
    const names = f.accounts.map((a) =>
      a.label ? msg('check.quotedWithLabel', { name: a.name ?? '', label: a.label }) : msg('check.quoted', { text: a.name ?? '' }),
    );
    return { id: 'account', status: 'fail', message: msg('check.account.several', { ...type, count: f.accounts.length, names }) };
  }
  const record = f.accounts[0]!;
  const problems = diagnoseAccount(record, f.instanceUrl);
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const which = { ...type, name: record.name ?? '' };
  if (errors.length > 0) {
    return {
      id: 'account',
      status: 'fail',
      message: msg('check.account.broken', { ...which, problems: describe(errors), fixAccount: act('fixAccount', wording) }),
    };
  }
  if (warnings.length > 0)
    return { id: 'account', status: 'warn', message: msg('check.account.remarks', { ...which, problems: describe(warnings) }) };
  return { id: 'account', status: 'pass', message: msg('check.account.ok', which) };
}

/** The config rules run on an account read from the instance, plus what only an instance can lack. */
function diagnoseAccount(record: ExtAccountRecord, instanceUrl: string): Problem[] {
  const fields = accountToFields(record);
  const raw: RawConfig = { account: fields, instance: { url: instanceUrl } };
  const problems: Problem[] = [];
  for (const m of EXT_ACCOUNT_FIELDS) {
    if (m.secret || m.field === 'label' || m.field === 'internalName') continue;
    // An attribute this build does not have (e.g. Product context) cannot be wrong.
    if (record[m.attribute] === undefined) continue;
    problems.push(...(ACCOUNT_RULES[m.field]?.(fields[m.field], raw, `account.${m.field}`) ?? []));
  }
  if ((record.clientSecret ?? '') === '') problems.push(error('account.clientSecret', 'check.account.secretEmpty'));
  if (record[ENABLED_ATTRIBUTE] !== undefined && record[ENABLED_ATTRIBUTE] !== ENABLED_VALUE) {
    problems.push(error('account.enabled', 'check.account.disabled'));
  }
  return problems;
}

const MAX_LISTED = 3;

/** The first few problems as sentences one after the other, each after the console label of its field. */
function describe(problems: readonly Problem[]): Message {
  const shown: Message[] = problems
    .slice(0, MAX_LISTED)
    .map((p) =>
      msg('check.account.problem', { field: labelOf(p.path), problem: { code: p.code, ...(p.params ? { params: p.params } : {}) } }),
    );
  if (problems.length > MAX_LISTED) shown.push(msg('check.account.more', { count: problems.length - MAX_LISTED }));
  return shown.reduceRight((rest, first) => msg('check.sentences', { first, rest }));
}

function labelOf(path: string): string | Message {
  const field = path.replace(/^account\./, '');
  return (
    EXT_ACCOUNT_FIELDS.find((m) => m.field === field)?.consoleLabel ?? (field === 'enabled' ? msg('check.account.enabledField') : field)
  );
}
