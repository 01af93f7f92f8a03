import { render } from '../../common/messages/catalogs';
import { msg } from '../../common/messages/message';
import { importHandover } from '../../node/handover/import';
import { EXIT_OK, stringOption, type CliCommand } from '../command';
import { checkOutputPath } from '../output-path';
import { requireOnePositional } from '../positionals';
import { secretFromEnv } from '../read-secret';
import { formatProblems } from '../report';
import { noteLine } from '../speak';

export const importCommand: CliCommand = {
  name: 'import',
  summary: msg('cli.summary.import'),
  help: msg('cli.help.import'),
  options: {
    'passphrase-env': { type: 'string' },
    out: { type: 'string' },
    force: { type: 'boolean' },
    'secret-name': { type: 'string' },
  },
  async run({ positionals, values, io, locale }) {
    const file = requireOnePositional(positionals, 'import');
    const out = stringOption(values, 'out');
    if (out !== undefined) await checkOutputPath(out, values.force === true);
    const passphrase = secretFromEnv(io, '--passphrase-env', stringOption(values, 'passphrase-env'));
    const secretName = stringOption(values, 'secret-name');
    const outcome = await importHandover({
      path: file,
      ...(passphrase === undefined ? {} : { passphrase }),
      ...(secretName === undefined ? {} : { secretName }),
      ...(out === undefined ? {} : { outPath: out }),
    });
    const t = (m: Parameters<typeof render>[1]) => render(locale, m);
    const lines = [t(msg('cli.import.done', { file, kind: msg(`cli.import.kind.${outcome.kind}`), out: outcome.outPath ?? '' }))];
    if (outcome.secretStored && outcome.secretName) lines.push(t(msg('cli.import.secretStored', { name: outcome.secretName })));
    else if (outcome.secretName) lines.push(t(msg('cli.import.secretReferenced', { name: outcome.secretName })));
    lines.push(...outcome.notes.map((n) => noteLine(locale, n)), ...formatProblems(locale, outcome.warnings));
    io.out(lines.join('\n'));
    return EXIT_OK;
  },
};
