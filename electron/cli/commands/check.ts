import type { ConsoleBuildFacts } from '../../common/checks/console-build';
import { WizardError } from '../../common/errors';
import { findInstalledConsoleBuild } from '../../node/campaign/console-build-locator';
import { runChecks, type CheckOutcome } from '../../node/campaign/run-checks';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, stringOption, type CliCommand } from '../command';
import { plural } from '../report';
import { cancelOnInterrupt, CONNECTION_HELP, CONNECTION_OPTIONS, readConnectionFlags } from './campaign-flags';

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'check the prerequisites for IMS on a live instance (builds, package, account)',
  help: `Usage: acc-ims check --instance URL [--user U --password-env VAR] [--console-build N] [--json]

Checks a Campaign instance before it is connected to Adobe IMS. Reads only; writes nothing.
  reachable      the web front answers GET /r/test
  server-build   the server build (from /r/test, else from the logon) supports IMS login
  console-build  your client console build against the server's (same version; same build
                 required on v8 and on releases that make the console upgrade mandatory)
  logon          the operator can log on and has the administration right
  package        "Integration with the Adobe Experience Cloud" is installed (lists what is)
  account        the "Adobe Experience Cloud" external account: none yet, exactly one and
                 valid, or duplicates
Without --user and --password-env (or --bearer-env) only the first three run.

Options:
${CONNECTION_HELP}
  --console-build N      the build of your client console (Help > About); on Windows the
                         installed console is looked up when this is not given

Exit codes: 0 no check failed (warnings and skips allowed), 1 a check failed, 2 the instance
cannot be reached, or bad usage.

Example:
  ACC_PASSWORD=… acc-ims check --instance https://campaign.example.com --user admin --password-env ACC_PASSWORD --console-build 9364`,
  options: { ...CONNECTION_OPTIONS, 'console-build': { type: 'string' } },
  async run({ positionals, values, io }) {
    if (positionals.length > 0) throw new WizardError('usage', `check takes no file (got "${positionals[0]}"): give the instance with --instance URL.`);
    const flags = await readConnectionFlags(values, io, 'check');
    const consoleFacts = await consoleBuildFacts(stringOption(values, 'console-build'));
    const interrupt = cancelOnInterrupt();
    let outcome: CheckOutcome;
    try {
      outcome = await runChecks({
        url: flags.url,
        timeoutMs: flags.timeoutMs,
        signal: interrupt.signal,
        ...(flags.caPem ? { caPem: flags.caPem } : {}),
        ...(flags.credentials ? { credentials: flags.credentials } : {}),
        ...(flags.accountType !== undefined ? { accountType: flags.accountType } : {}),
        console: consoleFacts,
        scope: 'full',
      });
    } finally {
      interrupt.dispose();
    }
    if (values.json) {
      io.out(JSON.stringify({ ok: outcome.ok, checks: outcome.checks.map(({ id, status, message }) => ({ id, status, message })) }, null, 2));
    } else {
      const width = Math.max(...outcome.checks.map((c) => c.id.length));
      const lines = outcome.checks.map((c) => `${c.status.padEnd(4)}  ${c.id.padEnd(width)}  ${c.message}`);
      const failed = outcome.checks.filter((c) => c.status === 'fail').length;
      const verdict = outcome.connectionFailed
        ? 'The instance could not be reached: fix the connection first.'
        : failed > 0
          ? `${plural(failed, 'check')} failed.`
          : 'No check failed.';
      io.out([`Checks against ${flags.url}:`, ...lines, verdict].join('\n'));
    }
    if (outcome.connectionFailed) return EXIT_USAGE;
    return outcome.ok ? EXIT_OK : EXIT_FAILED;
  },
};

async function consoleBuildFacts(flag: string | undefined): Promise<Omit<ConsoleBuildFacts, 'serverBuild' | 'serverMajor'>> {
  if (flag !== undefined) {
    if (!/^\d{3,6}$/.test(flag.trim())) throw new WizardError('usage', `--console-build takes the build number shown in the console's Help > About (e.g. 9364), not "${flag}".`);
    return { consoleBuild: Number(flag.trim()), source: { kind: 'given' } };
  }
  const found = await findInstalledConsoleBuild();
  return found.found ? { consoleBuild: found.build, source: { kind: 'installed', where: found.where } } : { lookupNote: found.note };
}
