import type { AccImsConfig } from '../../common/config/schema';
import { WizardError, isWizardError } from '../../common/errors';
import { render } from '../../common/messages/catalogs';
import type { Locale } from '../../common/messages/locale';
import { msg, type Message } from '../../common/messages/message';
import { runPush, type PushOutcome } from '../../node/campaign/run-push';
import { guardSecretForInstance } from '../../node/keychain/instance-binding';
import { getSecret, osKeychain, requireSecret } from '../../node/keychain/keychain';
import { EXIT_FAILED, EXIT_OK, stringOption, type CliCommand, type CommandContext } from '../command';
import { CliFailure } from '../failure';
import type { CliIo } from '../io';
import { requireOnePositional } from '../positionals';
import { secretFromEnv } from '../read-secret';
import { describe, noteLine, type Said } from '../speak';
import { changeLines } from './push-report';
import { restoreCommand } from './push-restore';
import { checkOutputPath } from '../output-path';
import { restoreFileIn, saveRestoreFile } from '../../node/campaign/restore-file';
import { dirname, resolve } from 'node:path';
import { validConfigFrom } from '../valid-config';
import {
  cancelOnInterrupt,
  connectionHelp,
  CONNECTION_OPTIONS,
  networkOf,
  readConnectionFlags,
  type ConnectionFlags,
} from './campaign-flags';

export const pushCommand: CliCommand = {
  name: 'push',
  summary: msg('cli.summary.push'),
  help: msg('cli.help.push', { connectionOptions: connectionHelp() }),
  options: {
    ...CONNECTION_OPTIONS,
    'secret-env': { type: 'string' },
    'dry-run': { type: 'boolean' },
    'replace-secret': { type: 'boolean' },
    'update-existing': { type: 'boolean' },
    'accept-instance': { type: 'string' },
    backup: { type: 'string' },
    restore: { type: 'string' },
  },
  jsonOnFailure: { ok: false, dryRun: false, changes: [], verified: null },
  async run(ctx) {
    const { values, io, locale, json } = ctx;
    const restoreFrom = stringOption(values, 'restore');
    if (restoreFrom !== undefined) return restoreCommand(ctx, restoreFrom);
    const file = requireOnePositional(ctx.positionals, 'push');
    const dryRun = values['dry-run'] === true;
    const backup = stringOption(values, 'backup');
    // Checked before any request, so a refusal leaves nothing half-done.
    if (backup !== undefined && !dryRun) await checkOutputPath(backup, false);
    const config = await validConfigFrom(ctx, file, 'cli.push.invalidConfig');
    const flags = await readConnectionFlags(ctx, 'push', { ...(config.instance?.url ? { url: config.instance.url } : {}), file });
    if (!flags.credentials) throw new WizardError('usage', msg('cli.push.needsOperator'));
    // Before any request: the password must not go to a host the config was not prepared for.
    const before: Message[] = [];
    const accepted = acceptedMismatch(config, flags, stringOption(values, 'accept-instance'), file, dryRun);
    // Said first, before any request, whatever happens next.
    if (accepted) {
      io.err(noteLine(locale, accepted));
      before.push(accepted);
    }
    const host = new URL(flags.url).hostname;
    // --accept-instance names this very host (checked above): the admin said yes to it.
    const guard = (name: string, options: { record: boolean }) =>
      guardSecretForInstance({
        keychain: osKeychain,
        name,
        host,
        record: options.record,
        allowOther: () => stringOption(values, 'accept-instance') !== undefined,
        refusal: (bound) => msg('binding.cliRefused', { name, bound, host }),
      });
    const secret = await readSecret(ctx, config, dryRun, before, guard);

    const interrupt = cancelOnInterrupt();
    let outcome: PushOutcome;
    try {
      outcome = await runPush({
        ...networkOf(flags, interrupt.signal),
        ...(flags.accountType !== undefined ? { accountType: flags.accountType } : {}),
        credentials: flags.credentials,
        config,
        ...(secret.value !== undefined ? { secret: secret.value } : {}),
        ...(secret.expected ? { secretExpected: true } : {}),
        dryRun,
        replaceSecret: values['replace-secret'] === true,
        updateExisting: values['update-existing'] === true,
        // Next to the config (or --backup FILE): where the admin will look for it.
        saveRestorePoint: async (point) => {
          const path = backup ?? restoreFileIn(dirname(resolve(file)), point);
          await saveRestoreFile(path, point);
          return path;
        },
      });
    } finally {
      interrupt.dispose();
    }
    // Our accepted-host line already says what the plan's other-instance warning would.
    const planNotes = accepted
      ? outcome.warnings.filter((w) => describe(locale, w).code !== 'push.warning.otherInstance')
      : outcome.warnings;
    const notes = [...before, ...planNotes].map((n) => describe(locale, n));
    const later = notes.slice(accepted ? 1 : 0);
    if (outcome.refused !== undefined) {
      const refusal = msg('cli.push.refused', { reason: outcome.refused });
      if (!json) for (const n of later) io.err(noteLine(locale, n.message));
      // --json names the refusal by the plan's own code (why), the text says it was refused.
      const error = { code: describe(locale, outcome.refused).code, message: render(locale, refusal) };
      throw new CliFailure('refused', refusal, [], { dryRun: outcome.dryRun, notes, error });
    }
    if (json) {
      const changes = outcome.changes.map(({ field, from, to }) => ({ field, from, to }));
      const saved = outcome.restoreFile ? { restoreFile: outcome.restoreFile } : {};
      io.out(JSON.stringify({ ok: outcome.ok, dryRun: outcome.dryRun, changes, verified: outcome.verified, ...saved, notes }, null, 2));
    } else {
      report(outcome, flags.url, later, locale, io);
    }
    return outcome.ok ? EXIT_OK : EXIT_FAILED;
  },
};

/**
 * README, "The command line": a push to another host than the config's instance.url is refused before anything is sent,
 * unless --accept-instance names that host. Returns the line a run that goes ahead shows first.
 */
function acceptedMismatch(
  config: AccImsConfig,
  flags: ConnectionFlags,
  accept: string | undefined,
  file: string,
  dryRun: boolean,
): Message | undefined {
  const given = new URL(flags.url).hostname.toLowerCase();
  const configuredUrl = config.instance?.url;
  const configured = configuredUrl ? hostName(configuredUrl) : undefined;
  if (accept !== undefined && accept.trim().toLowerCase().replace(/\.$/, '') !== given) {
    throw new WizardError('usage', msg('cli.push.acceptWrongHost', { accepted: accept.slice(0, 253), given }));
  }
  if (configured === undefined || configured === given) return undefined;
  if (accept === undefined) {
    throw new CliFailure('refused', msg('cli.push.hostMismatch', { file, configured, given }), [], { dryRun });
  }
  return msg('cli.push.hostAccepted', { given, file, configured });
}

const hostName = (url: string): string | undefined => {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return undefined;
  }
};

/**
 * The client secret: --secret-env, else the config's keychain entry. The entry is read only when the
 * push may need it, and a push that keeps the instance's secret goes on without it. An entry bound to
 * another instance is refused before anything is sent, dry run included.
 */
async function readSecret(
  ctx: CommandContext,
  config: AccImsConfig,
  dryRun: boolean,
  notes: Message[],
  guard: (name: string, options: { record: boolean }) => Promise<void>,
): Promise<{ value?: string; expected?: boolean }> {
  const fromEnv = secretFromEnv(ctx.io, '--secret-env', stringOption(ctx.values, 'secret-env'));
  if (fromEnv !== undefined) return { value: fromEnv };
  const ref = config.account.clientSecret?.keychain;
  if (!ref) return {};
  // A dry run only plans: it needs to know a secret will be given, not the secret.
  if (dryRun) {
    await guard(ref, { record: false }).catch(skipKeychainFailure);
    return { expected: true };
  }
  if (ctx.values['replace-secret'] === true) {
    const value = await requireSecret(ref);
    await guard(ref, { record: true });
    return { value };
  }
  let value: string | null;
  try {
    value = await getSecret(ref);
  } catch (e) {
    if (!isWizardError(e)) throw e;
    notes.push(msg('cli.push.keychainSkipped', { name: ref, reason: e.userMessage }));
    return {};
  }
  if (value === null) return {};
  await guard(ref, { record: true });
  return { value };
}

/** A keychain that cannot be read holds no binding to check: nothing of it will be sent either. */
function skipKeychainFailure(e: unknown): void {
  if (!isWizardError(e) || e.kind !== 'keychain') throw e;
}

function report(o: PushOutcome, url: string, notes: Said[], locale: Locale, io: CliIo): void {
  const t = (m: Message) => render(locale, m);
  const name = o.accountName ?? '';
  const header = o.exists ? msg('cli.push.headerUpdate', { name, url }) : msg('cli.push.headerCreate', { name, url });
  const verdict = o.dryRun
    ? o.changes.length === 0
      ? msg('cli.push.dryRunNoChange')
      : msg('cli.push.dryRun', { count: o.changes.length })
    : o.changes.length === 0
      ? msg('cli.push.nothingToWrite')
      : o.verified
        ? msg('cli.push.verified')
        : msg('cli.push.notVerified');
  io.out([t(header), ...changeLines(locale, o.changes), t(verdict), ...notes.map((n) => noteLine(locale, n.message))].join('\n'));
}
