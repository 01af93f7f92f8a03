import { importHandover } from '../../node/handover/import';
import { EXIT_OK, stringOption, type CliCommand, type CommandContext } from '../command';
import { requireOnePositional } from '../positionals';
import { secretFromEnv } from '../read-secret';
import { formatProblems } from '../report';

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'read a hand-over file (bundle, config json, Campaign package) into a config; secret into the keychain',
  help: `Usage: acc-ims import FILE [--passphrase-env VAR] [--out F] [--secret-name NAME]

Reads a hand-over file and writes a config that references the client secret in the OS keychain:
  - a bundle made by "acc-ims export --format bundle": its integrity is checked before anything is
    read; a carried secret is stored in the keychain
  - a config JSON file: validated, then written
  - a Campaign data package of the external account: its fields become a config (a secret in it is
    encrypted by its instance and cannot be used)
Wrong passphrase, damaged, truncated or unknown files are refused and nothing is written.

The secret is stored under --secret-name, else the config's clientSecret.keychain name, else
"acc-ims-wizard/<instance.name>"; the written config references that name.

Options:
  --passphrase-env VAR  read the bundle's passphrase from environment variable VAR
  --out F               where to write the config (atomically); default: <name>.acc-ims.json next to
                        FILE, never replacing an existing file
  --secret-name NAME    keychain entry name for the secret, e.g. acc-ims-wizard/prod

Exit codes: 0 imported, 1 invalid file, wrong passphrase or keychain problem, 2 bad usage or
unreadable/unwritable file.

Example:
  ACC_IMS_PASSPHRASE='correct horse battery staple' \\
    acc-ims import prod.accims --passphrase-env ACC_IMS_PASSPHRASE --out prod.acc-ims.json`,
  options: {
    'passphrase-env': { type: 'string' },
    out: { type: 'string' },
    'secret-name': { type: 'string' },
  },
  async run(ctx) {
    const file = requireOnePositional(ctx.positionals, 'import', 'FILE');
    const passphrase = readPassphrase(ctx);
    const secretName = stringOption(ctx.values, 'secret-name');
    const out = stringOption(ctx.values, 'out');
    const outcome = await importHandover({
      path: file,
      ...(passphrase === undefined ? {} : { passphrase }),
      ...(secretName === undefined ? {} : { secretName }),
      ...(out === undefined ? {} : { outPath: out }),
    });
    const lines = [`Imported ${file} (${outcome.kind}) into ${outcome.outPath}.`];
    if (outcome.secretStored) lines.push(`The client secret is in the keychain as "${outcome.secretName}"; the config references it.`);
    else if (outcome.secretName) lines.push(`The config references the keychain entry "${outcome.secretName}".`);
    lines.push(...outcome.notes.map((n) => `note: ${n}`), ...formatProblems(outcome.warnings));
    ctx.io.out(lines.join('\n'));
    return EXIT_OK;
  },
};

function readPassphrase({ values, io }: CommandContext): string | undefined {
  return secretFromEnv(io, '--passphrase-env', stringOption(values, 'passphrase-env'));
}
