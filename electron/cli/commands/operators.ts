import { WizardError } from '../../common/errors';
import type { Locale } from '../../common/messages/locale';
import { msg, type Message } from '../../common/messages/message';
import { maskTemplate } from '../../common/readiness/profile-name';
import type { ReadinessProblem, ReadinessReport } from '../../common/readiness/report';
import { buildUsersCsv, IDENTITY_TYPES, MAX_CSV_ROWS, type CsvSeparator, type IdentityType } from '../../common/readiness/users-csv';
import { loadConfigFile } from '../../node/files/config-file';
import { runReadiness } from '../../node/readiness/run-readiness';
import { writeUsersCsv } from '../../node/readiness/write-users-csv';
import { EXIT_FAILED, EXIT_OK, stringOption, type CliCommand, type OptionValues } from '../command';
import { cancelOnInterrupt } from '../interrupt';
import { say } from '../speak';
import { CONNECTION_OPTIONS, connectionHelp, readConnectionFlags } from './campaign-flags';

export const operatorsCommand: CliCommand = {
  name: 'operators',
  summary: msg('readiness.cli.commandSummary'),
  help: msg('readiness.cli.help', { connection: connectionHelp() }),
  options: {
    ...CONNECTION_OPTIONS,
    config: { type: 'string' },
    mask: { type: 'string' },
    csv: { type: 'string' },
    separator: { type: 'string' },
    'identity-type': { type: 'string' },
  },
  async run(ctx) {
    const { positionals, values, io, locale, json } = ctx;
    if (positionals.length > 0) throw new WizardError('usage', msg('readiness.cli.usage.positional', { value: positionals[0]! }));
    // Everything the command line can get wrong is refused before logging on.
    const template = maskTemplate(await readMask(values));
    if (!template.ok) throw new WizardError('usage', template.error);
    const csvPath = stringOption(values, 'csv');
    const separator = readSeparator(stringOption(values, 'separator'));
    const identityType = readIdentityType(stringOption(values, 'identity-type'));
    const flags = await readConnectionFlags(ctx, 'operators');
    if (!flags.credentials) throw new WizardError('usage', msg('readiness.cli.usage.credentials'));

    const interrupt = cancelOnInterrupt();
    let report: ReadinessReport;
    try {
      report = await runReadiness({
        url: flags.url,
        credentials: flags.credentials,
        template,
        timeoutMs: flags.timeoutMs,
        signal: interrupt.signal,
        ...(flags.caPem ? { caPem: flags.caPem } : {}),
      });
    } finally {
      interrupt.dispose();
    }

    const notes: Message[] = [];
    if (csvPath !== undefined) {
      const csv = buildUsersCsv(report, { separator, identityType });
      const paths = await writeUsersCsv(csvPath, csv);
      notes.push(
        paths.length === 1
          ? msg('readiness.csv.written', { count: csv.rows, path: paths[0]! })
          : msg('readiness.csv.split', { count: csv.rows, files: paths.length, max: MAX_CSV_ROWS, paths }),
      );
      if (csv.skipped > 0) notes.push(msg('readiness.csv.skipped', { count: csv.skipped }));
    }

    if (json) io.out(JSON.stringify(reportJson(locale, report), null, 2));
    else io.out(reportText(locale, flags.url, report).join('\n'));
    // The file notes go to stderr with --json, so stdout stays one document.
    for (const n of notes) {
      if (json) io.err(say(locale, n));
      else io.out(say(locale, n));
    }
    return report.ok ? EXIT_OK : EXIT_FAILED;
  },
};

async function readMask(values: OptionValues): Promise<string> {
  const mask = stringOption(values, 'mask');
  const config = stringOption(values, 'config');
  if (mask !== undefined && config !== undefined) throw new WizardError('usage', msg('readiness.cli.usage.mask'));
  if (mask !== undefined) return mask;
  if (config === undefined) throw new WizardError('usage', msg('readiness.cli.usage.noMask'));
  const result = await loadConfigFile(config);
  if (!result.valid || !result.config) throw new WizardError('usage', msg('readiness.cli.usage.config', { path: config }));
  return result.config.account.associationMask;
}

function readSeparator(value: string | undefined): CsvSeparator {
  if (value === undefined || value === ',' || value === ';') return value ?? ',';
  throw new WizardError('usage', msg('readiness.cli.usage.separator', { value }));
}

function readIdentityType(value: string | undefined): IdentityType {
  if (value === undefined) return 'Federated ID';
  const found = IDENTITY_TYPES.find((t) => t.toLowerCase() === value.trim().toLowerCase());
  if (!found)
    throw new WizardError('usage', msg('readiness.cli.usage.identityType', { value, allowed: IDENTITY_TYPES.map((t) => `"${t}"`) }));
  return found;
}

const problemJson = (locale: Locale, p: ReadinessProblem) => ({ code: p.code, message: say(locale, p.message) });

/** Exactly the --json shape of README, "The command line" (operators). */
export function reportJson(locale: Locale, r: ReadinessReport) {
  return {
    ok: r.ok,
    operators: r.operators.map((o) => ({
      name: o.name,
      label: o.label,
      email: o.email,
      authentication: o.authentication,
      disabled: o.disabled,
      groups: o.groups,
      profiles: o.profiles,
      problems: o.problems.map((p) => problemJson(locale, p)),
    })),
    groups: r.groups.map((g) => ({
      name: g.name,
      label: g.label,
      profile: g.profile,
      operators: g.operators,
      problems: g.problems.map((p) => problemJson(locale, p)),
    })),
    summary: r.summary,
  };
}

function reportText(locale: Locale, url: string, r: ReadinessReport): string[] {
  const t = (m: Message) => say(locale, m);
  const lines = [t(msg('readiness.cli.heading', { url })), t(msg('readiness.cli.summary', { ...r.summary })), ''];
  lines.push(t(msg('readiness.cli.groups', { count: r.groups.length })));
  const width = Math.min(40, Math.max(0, ...r.groups.map((g) => g.name.length)));
  for (const g of r.groups) {
    lines.push(
      `  ${g.name.padEnd(width)}  ${g.profile ?? t(msg('readiness.cli.noProfile'))}  (${t(msg('readiness.cli.members', { count: g.operators }))})`,
    );
    for (const p of g.problems) lines.push(`    ${p.code}: ${t(p.message)}`);
  }
  const withProblems = r.operators.filter((o) => o.problems.length > 0);
  const blocking = withProblems.filter((o) => !o.disabled && o.authentication === 'native');
  if (blocking.length > 0) {
    lines.push('', t(msg('readiness.cli.blocking', { count: blocking.length })));
    for (const o of blocking) for (const p of o.problems) lines.push(`  ${p.code.padEnd(15)}  ${t(p.message)}`);
  }
  const others = withProblems.length - blocking.length;
  if (others > 0) lines.push('', t(msg('readiness.cli.notBlocking', { count: others })));
  lines.push('', t(msg(r.ok ? 'readiness.cli.ready' : 'readiness.cli.notReady')), t(msg('readiness.cli.next')));
  return lines;
}
