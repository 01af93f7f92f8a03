import { WizardError } from '../../common/errors';
import { render } from '../../common/messages/catalogs';
import { msg } from '../../common/messages/message';
import { readRestoreFile } from '../../node/campaign/restore-file';
import { runRestore } from '../../node/campaign/run-restore';
import { EXIT_FAILED, EXIT_OK, type CommandContext } from '../command';
import { unexpectedArguments } from '../positionals';
import { describe, noteLine } from '../speak';
import { cancelOnInterrupt, networkOf, readConnectionFlags } from './campaign-flags';
import { changeLines } from './push-report';

/**
 * `acc-ims push --restore FILE`: puts back the account a push saved before changing it. The instance is
 * the one the file was saved from unless --instance says otherwise, and then it must be the same host.
 */
export async function restoreCommand(ctx: CommandContext, file: string): Promise<number> {
  const { values, io, locale, json } = ctx;
  if (ctx.positionals.length > 0) throw unexpectedArguments('push --restore', 'cli.usage.expected.nothing', ctx.positionals.length);
  for (const flag of ['backup', 'secret-env', 'replace-secret', 'update-existing', 'accept-instance'] as const) {
    if (values[flag] !== undefined) throw new WizardError('usage', msg('cli.restore.flagNotWithRestore', { flag: `--${flag}` }));
  }
  const dryRun = values['dry-run'] === true;
  const point = await readRestoreFile(file);
  const flags = await readConnectionFlags(ctx, 'push', { url: point.instance.url, file });
  if (!flags.credentials) throw new WizardError('usage', msg('cli.push.needsOperator'));

  const interrupt = cancelOnInterrupt();
  const outcome = await runRestore({
    ...networkOf(flags, interrupt.signal),
    credentials: flags.credentials,
    point,
    file,
    dryRun,
  }).finally(() => interrupt.dispose());

  const notes = outcome.warnings.map((n) => describe(locale, n));
  if (json) {
    const changes = outcome.changes.map(({ field, from, to }) => ({ field, from, to }));
    io.out(JSON.stringify({ ok: outcome.ok, dryRun, restoredFrom: file, changes, verified: outcome.verified, notes }, null, 2));
  } else {
    const t = (m: Parameters<typeof render>[1]) => render(locale, m);
    const verdict = dryRun
      ? msg('cli.restore.dryRun')
      : outcome.changes.length === 0
        ? null
        : outcome.verified
          ? msg('cli.restore.verified')
          : msg('cli.push.notVerified');
    io.out(
      [
        t(msg('cli.restore.header', { name: outcome.accountName, url: flags.url, file })),
        ...changeLines(locale, outcome.changes),
        ...(verdict ? [t(verdict)] : []),
        ...notes.map((n) => noteLine(locale, n.message)),
      ].join('\n'),
    );
  }
  return outcome.ok ? EXIT_OK : EXIT_FAILED;
}
