import { WizardError } from '../../common/errors';
import { render } from '../../common/messages/catalogs';
import { msg } from '../../common/messages/message';
import { checkSecretName, deleteSecret, KEYCHAIN_SERVICE, listSecretNames, setSecret } from '../../node/keychain/keychain';
import { EXIT_FAILED, EXIT_OK, type CliCommand } from '../command';
import { unexpectedArguments } from '../positionals';
import { readSecretFromStdin } from '../read-secret';
import { closest } from '../suggest';

const ACTIONS = ['set', 'delete', 'list'] as const;
/** How a config refers to an entry, for the help and the "stored" line. */
const reference = (name: string) => `{"keychain": "${name}"}`;

export const secretCommand: CliCommand = {
  name: 'secret',
  summary: msg('cli.summary.secret'),
  help: msg('cli.help.secret', { service: KEYCHAIN_SERVICE, reference: reference('NAME') }),
  options: {},
  async run({ positionals, io, locale }) {
    const [action, name, ...extra] = positionals;
    const t = (m: Parameters<typeof render>[1]) => render(locale, m);
    if (action === undefined) throw new WizardError('usage', msg('cli.secret.actionMissing'));
    if (!(ACTIONS as readonly string[]).includes(action)) {
      const suggestion = closest(action, ACTIONS);
      throw new WizardError('usage', suggestion ? msg('cli.secret.actionUnknownSuggest', { suggestion }) : msg('cli.secret.actionUnknown'));
    }
    // The value never comes from the command line: extra words are counted, never printed (one may be the secret).
    if (action === 'list' && positionals.length > 1)
      throw unexpectedArguments('secret list', 'cli.usage.expected.nothing', positionals.length - 1);
    if (extra.length > 0) throw unexpectedArguments(`secret ${action}`, 'cli.usage.expected.secretName', extra.length);
    switch (action) {
      case 'set': {
        const entry = checkSecretName(requireName(name, 'set'));
        const value = await readSecretFromStdin(io, locale, entry);
        await setSecret(entry, value);
        io.err(t(msg('cli.secret.stored', { name: entry, reference: reference(entry) })));
        return EXIT_OK;
      }
      case 'delete': {
        const entry = checkSecretName(requireName(name, 'delete'));
        if (!(await deleteSecret(entry))) {
          io.err(`acc-ims secret: ${t(msg('cli.secret.notFound', { name: entry }))}`);
          return EXIT_FAILED;
        }
        io.err(t(msg('cli.secret.deleted', { name: entry })));
        return EXIT_OK;
      }
      case 'list': {
        const names = await listSecretNames();
        if (names.length) io.out(names.join('\n'));
        else io.err(t(msg('cli.secret.noneStored', { service: KEYCHAIN_SERVICE })));
        return EXIT_OK;
      }
      default:
        throw new WizardError('usage', msg('cli.secret.actionMissing'));
    }
  },
};

function requireName(name: string | undefined, action: string): string {
  if (!name) throw new WizardError('usage', msg('cli.secret.nameMissing', { action }));
  return name;
}
