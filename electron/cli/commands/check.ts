import type { ConsoleBuildFacts } from '../../common/checks/console-build';
import type { AccImsConfig } from '../../common/config/schema';
import { WizardError } from '../../common/errors';
import { render } from '../../common/messages/catalogs';
import { msg } from '../../common/messages/message';
import { findInstalledConsoleBuild } from '../../node/campaign/console-build-locator';
import { runChecks, type CheckOutcome } from '../../node/campaign/run-checks';
import { EXIT_FAILED, EXIT_OK, EXIT_USAGE, stringOption, type CliCommand } from '../command';
import { optionalPositional } from '../positionals';
import { describe, warningLine } from '../speak';
import { validConfigFrom } from '../valid-config';
import { cancelOnInterrupt, connectionHelp, CONNECTION_OPTIONS, networkOf, readConnectionFlags } from './campaign-flags';

export const checkCommand: CliCommand = {
  name: 'check',
  summary: msg('cli.summary.check'),
  help: msg('cli.help.check', { connectionOptions: connectionHelp() }),
  options: { ...CONNECTION_OPTIONS, 'console-build': { type: 'string' } },
  jsonOnFailure: { ok: false, checks: [] },
  async run(ctx) {
    const { values, io, locale, json } = ctx;
    const file = optionalPositional(ctx.positionals, 'check');
    const config: AccImsConfig | undefined = file === undefined ? undefined : await validConfigFrom(ctx, file, 'cli.check.invalidConfig');
    const flags = await readConnectionFlags(
      ctx,
      'check',
      file === undefined ? undefined : { ...(config?.instance?.url ? { url: config.instance.url } : {}), file },
    );
    const consoleFacts = await consoleBuildFacts(stringOption(values, 'console-build'), config?.instance?.consoleBuild);
    const interrupt = cancelOnInterrupt();
    let outcome: CheckOutcome;
    try {
      outcome = await runChecks({
        ...networkOf(flags, interrupt.signal),
        ...(flags.credentials ? { credentials: flags.credentials } : {}),
        ...(flags.accountType !== undefined ? { accountType: flags.accountType } : {}),
        console: consoleFacts,
        scope: 'full',
      });
    } finally {
      interrupt.dispose();
    }
    const checks = outcome.checks.map((c) => ({ id: c.id, status: c.status, ...describe(locale, c.message) }));
    const warnings = (outcome.warnings ?? []).map((w) => describe(locale, w));
    for (const w of warnings) io.err(warningLine(locale, w.message));
    if (json) {
      io.out(JSON.stringify({ ok: outcome.ok, checks, ...(warnings.length ? { warnings } : {}) }, null, 2));
    } else {
      const label = (status: string) => render(locale, msg(`cli.check.status.${status as 'pass'}`));
      const statusWidth = Math.max(...checks.map((c) => label(c.status).length));
      const idWidth = Math.max(...checks.map((c) => c.id.length));
      const lines = checks.map((c) => `${label(c.status).padEnd(statusWidth)}  ${c.id.padEnd(idWidth)}  ${c.message}`);
      const failed = checks.filter((c) => c.status === 'fail').length;
      const verdict = outcome.connectionFailed
        ? msg('cli.check.unreachable')
        : failed > 0
          ? msg('cli.check.failed', { count: failed })
          : msg('cli.check.noneFailed');
      io.out([render(locale, msg('cli.check.header', { url: flags.url })), ...lines, render(locale, verdict)].join('\n'));
    }
    if (outcome.connectionFailed) return EXIT_USAGE;
    return outcome.ok ? EXIT_OK : EXIT_FAILED;
  },
};

/** --console-build, else the config's instance.consoleBuild, else the installed console (Windows). */
async function consoleBuildFacts(
  flag: string | undefined,
  fromConfig: number | undefined,
): Promise<Omit<ConsoleBuildFacts, 'serverBuild' | 'serverMajor'>> {
  if (flag !== undefined) {
    if (!/^\d{3,6}$/.test(flag.trim())) throw new WizardError('usage', msg('cli.check.consoleBuildInvalid'));
    return { consoleBuild: Number(flag.trim()), source: { kind: 'given' } };
  }
  if (fromConfig !== undefined) return { consoleBuild: fromConfig, source: { kind: 'given' } };
  const found = await findInstalledConsoleBuild();
  return found.found ? { consoleBuild: found.build, source: { kind: 'installed', where: found.where } } : { lookupNote: found.note };
}
