import { CLI_WORDING, type Wording } from '../campaign/wording';
import { EXT_ACCOUNT_FIELDS } from '../campaign/ext-account-fields';
import { ACCOUNT_RULES, type RawConfig } from '../config/rules';
import type { Problem } from '../problems';
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
  const type = `"${f.lookup.label}" (type ${f.lookup.value})`;
  if (f.accounts.length === 0) {
    return { id: 'account', status: 'warn', message: `No external account of type ${type} exists yet. ${wording.createAccount}, or create it in Administration > Platform > External accounts.` };
  }
  if (f.accounts.length > 1) {
    const names = f.accounts.map((a) => `"${a.name ?? ''}"${a.label ? ` (${a.label})` : ''}`).join(', ');
    return {
      id: 'account',
      status: 'fail',
      message: `${f.accounts.length} external accounts of type ${type} exist: ${names}. There must be exactly one: keep one, delete the others in Administration > Platform > External accounts, then restart the Campaign server.`,
    };
  }
  const record = f.accounts[0]!;
  const problems = diagnoseAccount(record, f.instanceUrl);
  const errors = problems.filter((p) => p.severity === 'error');
  const warnings = problems.filter((p) => p.severity === 'warning');
  const which = `The account "${record.name ?? ''}" of type ${type}`;
  if (errors.length > 0) {
    return { id: 'account', status: 'fail', message: `${which} would not work: ${describe(errors)} ${wording.fixAccount}.` };
  }
  if (warnings.length > 0) return { id: 'account', status: 'warn', message: `${which} exists, with remarks: ${describe(warnings)}` };
  return { id: 'account', status: 'pass', message: `${which} exists, is enabled, and its fields follow Adobe's rules.` };
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
  if ((record.clientSecret ?? '') === '') problems.push({ path: 'account.clientSecret', severity: 'error', message: 'The IMS client secret is empty.' });
  if (record[ENABLED_ATTRIBUTE] !== undefined && record[ENABLED_ATTRIBUTE] !== ENABLED_VALUE) {
    problems.push({ path: 'account.enabled', severity: 'error', message: 'The account is not enabled (the "Enabled" box is unticked).' });
  }
  return problems;
}

const MAX_LISTED = 3;

function describe(problems: readonly Problem[]): string {
  const shown = problems.slice(0, MAX_LISTED).map((p) => `${labelOf(p.path)}: ${p.message}`);
  const more = problems.length > MAX_LISTED ? ` (and ${problems.length - MAX_LISTED} more)` : '';
  return `${shown.join(' ')}${more}`;
}

function labelOf(path: string): string {
  const field = path.replace(/^account\./, '');
  return EXT_ACCOUNT_FIELDS.find((m) => m.field === field)?.consoleLabel ?? (field === 'enabled' ? 'Enabled' : field);
}
