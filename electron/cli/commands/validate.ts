import { msg } from '../../common/messages/message';
import { EXIT_FAILED, EXIT_OK, type CliCommand } from '../command';
import { readConfigFile } from '../config-input';
import { requireOnePositional } from '../positionals';
import { formatProblems, problemJson } from '../report';
import { say } from '../speak';

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: msg('cli.summary.validate'),
  help: msg('cli.help.validate', { jsonShape: '{"valid", "errors":[{"path","code","message"}], "warnings":[…]}' }),
  options: { json: { type: 'boolean' } },
  jsonOnFailure: { valid: false, errors: [], warnings: [] },
  async run({ positionals, io, locale, json }) {
    const file = requireOnePositional(positionals, 'validate');
    const result = await readConfigFile(file);
    if (json) {
      const errors = result.errors.map((p) => problemJson(locale, p));
      const warnings = result.warnings.map((p) => problemJson(locale, p));
      io.out(JSON.stringify({ valid: result.valid, errors, warnings }, null, 2));
      return result.valid ? EXIT_OK : EXIT_FAILED;
    }
    const errors = msg('cli.count.errors', { count: result.errors.length });
    const warnings = msg('cli.count.warnings', { count: result.warnings.length });
    const verdict = result.valid
      ? result.warnings.length
        ? msg('cli.validate.validWithWarnings', { file, warnings })
        : msg('cli.validate.valid', { file })
      : result.warnings.length
        ? msg('cli.validate.invalidWithWarnings', { file, errors, warnings })
        : msg('cli.validate.invalid', { file, errors });
    io.out([say(locale, verdict), ...formatProblems(locale, [...result.errors, ...result.warnings])].join('\n'));
    return result.valid ? EXIT_OK : EXIT_FAILED;
  },
};
