import { WizardError } from '../../common/errors';
import type { AccImsConfig } from '../../common/config/schema';
import { runPush, type PushOutcome } from '../../node/campaign/run-push';
import { loadConfigFile } from '../../node/files/config-file';
import { requireSecret } from '../../node/keychain/keychain';
import { EXIT_FAILED, EXIT_OK, stringOption, type CliCommand } from '../command';
import type { CliIo } from '../io';
import { requireOnePositional } from '../positionals';
import { secretFromEnv } from '../read-secret';
import { formatProblems } from '../report';
import { cancelOnInterrupt, CONNECTION_HELP, CONNECTION_OPTIONS, readConnectionFlags } from './campaign-flags';

export const pushCommand: CliCommand = {
  name: 'push',
  summary: 'write the "Adobe Experience Cloud" external account to an instance, then verify it',
  help: `Usage: acc-ims push FILE --instance URL --user U --password-env VAR [--secret-env VAR] [--dry-run] [--json]

Validates FILE (an invalid config is refused before any request), logs on, reads the instance's
"Adobe Experience Cloud" external account, and shows the change field by field. Unless --dry-run,
encrypts the client secret on the instance (xtk:session#EncryptPassword), writes the account
(insertOrUpdate keyed by internal name; the one existing account of the type is updated, a second
one is never created), reads it back and verifies it. Running it again changes nothing.
Restart the Campaign server afterwards.

Options:
${CONNECTION_HELP}
  --secret-env VAR       read the IMS client secret from VAR (default: the config's keychain
                         reference, account.clientSecret.keychain)
  --dry-run              show the change and write nothing
  --replace-secret       overwrite the client secret the instance already has (Campaign stores it
                         encrypted, so it cannot be compared and is otherwise kept)
  --update-existing      update the existing account of the type even though its internal name
                         differs from the config's (its internal name is kept)

Exit codes: 0 written and verified (or planned, with --dry-run), 1 invalid config, refused by the
tool or the instance, or not verified, 2 the instance cannot be reached, or bad usage.

Example:
  ACC_PASSWORD=… acc-ims push prod.acc-ims.json --instance https://campaign.example.com --user admin --password-env ACC_PASSWORD --dry-run`,
  options: {
    ...CONNECTION_OPTIONS,
    'secret-env': { type: 'string' },
    'dry-run': { type: 'boolean' },
    'replace-secret': { type: 'boolean' },
    'update-existing': { type: 'boolean' },
  },
  async run({ positionals, values, io }) {
    const file = requireOnePositional(positionals, 'push', 'FILE');
    const flags = await readConnectionFlags(values, io, 'push');
    if (!flags.credentials) throw new WizardError('usage', 'push needs an operator: --user LOGIN with --password-env VAR (or --bearer-env VAR on v8.5+).');
    const config = await validConfigFrom(file, io);
    const secret = await readSecret(config, stringOption(values, 'secret-env'), io);
    const dryRun = values['dry-run'] === true;

    const interrupt = cancelOnInterrupt();
    let outcome: PushOutcome;
    try {
      outcome = await runPush({
        url: flags.url,
        timeoutMs: flags.timeoutMs,
        signal: interrupt.signal,
        ...(flags.caPem ? { caPem: flags.caPem } : {}),
        ...(flags.accountType !== undefined ? { accountType: flags.accountType } : {}),
        credentials: flags.credentials,
        config,
        ...(secret !== undefined ? { secret } : {}),
        dryRun,
        replaceSecret: values['replace-secret'] === true,
        updateExisting: values['update-existing'] === true,
      });
    } finally {
      interrupt.dispose();
    }
    report(outcome, flags.url, values.json === true, io);
    return outcome.ok ? EXIT_OK : EXIT_FAILED;
  },
};

async function validConfigFrom(file: string, io: CliIo): Promise<AccImsConfig> {
  const result = await loadConfigFile(file);
  if (result.valid && result.config) {
    for (const line of formatProblems(result.warnings)) io.err(line);
    return result.config;
  }
  for (const line of formatProblems([...result.errors, ...result.warnings])) io.err(line);
  throw new WizardError('invalid', `${file} is not a valid config (${result.errors.length} error${result.errors.length === 1 ? '' : 's'} above); nothing was sent to the instance. Fix it, then "acc-ims validate ${file}".`);
}

async function readSecret(config: AccImsConfig, secretVar: string | undefined, io: CliIo): Promise<string | undefined> {
  if (secretVar !== undefined) return secretFromEnv(io, '--secret-env', secretVar);
  const ref = config.account.clientSecret?.keychain;
  return ref ? requireSecret(ref) : undefined;
}

function report(o: PushOutcome, url: string, json: boolean, io: CliIo): void {
  if (json) {
    io.out(JSON.stringify({ ok: o.ok, dryRun: o.dryRun, changes: o.changes.map(({ field, from, to }) => ({ field, from, to })), verified: o.verified }, null, 2));
    if (o.refused) io.err(`acc-ims push: ${o.refused}`);
    for (const w of o.warnings) io.err(`note: ${w}`);
    return;
  }
  if (o.refused) {
    for (const w of o.warnings) io.err(`note: ${w}`);
    io.err(`acc-ims push: refused, nothing was written. ${o.refused}`);
    return;
  }
  const action = o.exists ? `Update of the account "${o.accountName}"` : `New account "${o.accountName}"`;
  const lines = o.changes.length === 0 ? ['  (no change)'] : o.changes.map((c) => `  ${c.field}: ${show(c.field, c.from)} -> ${show(c.field, c.to)}`);
  const verdict = o.dryRun
    ? `Dry run: nothing was written. Run without --dry-run to apply ${o.changes.length === 1 ? 'this change' : 'these changes'}.`
    : o.changes.length === 0
      ? 'Nothing to write: the instance already holds this configuration.'
      : o.verified
        ? 'Written and verified by reading the account back.'
        : 'Written, but the account read back differs (see below).';
  io.out([`${action} on ${url}:`, ...lines, verdict, ...o.warnings.map((w) => `note: ${w}`)].join('\n'));
}

// The secret's markers ('(set)', '(new secret)') are not values, so they are not quoted.
const show = (field: string, v: string) => (v === '' ? '(empty)' : field === 'clientSecret' ? v : JSON.stringify(v));
