import { WizardError } from '../../common/errors';
import { EXIT_FAILED, EXIT_OK, type CliCommand } from '../command';
import { deleteSecret, listSecretNames, setSecret, KEYCHAIN_SERVICE, checkSecretName } from '../../node/keychain/keychain';
import { readSecretFromStdin } from '../read-secret';

export const secretCommand: CliCommand = {
  name: 'secret',
  summary: 'store, delete or list client secrets in the OS keychain',
  help: `Usage: acc-ims secret set NAME      (the value is read from standard input)
       acc-ims secret delete NAME
       acc-ims secret list

Keeps IMS client secrets in the OS keychain (service "${KEYCHAIN_SERVICE}", account NAME): macOS
Keychain, Windows Credential Manager, or the Linux Secret Service (gnome-keyring, KWallet). A config
refers to it as "clientSecret": {"keychain": "NAME"}. The value is never taken from the command line:
type it at the hidden prompt or pipe it in (one trailing newline is dropped).

Exit codes: 0 done, 1 keychain unavailable or no such entry, 2 bad usage.

Examples:
  acc-ims secret set acc-ims-wizard/prod
  printf %s "$CLIENT_SECRET" | acc-ims secret set acc-ims-wizard/prod
  acc-ims secret delete acc-ims-wizard/prod`,
  options: {},
  async run({ positionals, io }) {
    const [action, name, ...extra] = positionals;
    if (extra.length > 0) throw new WizardError('usage', `unexpected arguments after the name: ${extra.join(' ')}. The secret value is read from standard input, never from the command line.`);
    switch (action) {
      case 'set': {
        const entry = checkSecretName(requireName(name, 'set'));
        const value = await readSecretFromStdin(io, `Client secret for ${entry} (input hidden): `);
        await setSecret(entry, value);
        io.err(`Stored the secret "${entry}" in the OS keychain. Reference it in a config as "clientSecret": {"keychain": "${entry}"}.`);
        return EXIT_OK;
      }
      case 'delete': {
        const entry = checkSecretName(requireName(name, 'delete'));
        if (!(await deleteSecret(entry))) {
          io.err(`acc-ims secret: the OS keychain has no secret named "${entry}"; nothing was deleted. "acc-ims secret list" shows the stored names.`);
          return EXIT_FAILED;
        }
        io.err(`Deleted the secret "${entry}" from the OS keychain.`);
        return EXIT_OK;
      }
      case 'list': {
        if (name !== undefined) throw new WizardError('usage', '"secret list" takes no name.');
        const names = await listSecretNames();
        if (names.length) io.out(names.join('\n'));
        else io.err('No secrets are stored for acc-ims-wizard.');
        return EXIT_OK;
      }
      default:
        throw new WizardError('usage', action === undefined ? 'say what to do: acc-ims secret set|delete|list NAME.' : `unknown action "${action}": use set, delete or list.`);
    }
  },
};

function requireName(name: string | undefined, action: string): string {
  if (!name) throw new WizardError('usage', `the entry NAME is missing: acc-ims secret ${action} NAME (e.g. acc-ims-wizard/prod).`);
  return name;
}
