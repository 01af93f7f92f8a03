import { EXIT_FAILED, EXIT_OK, type CliCommand } from '../command';
import { loadConfigFile } from '../../node/files/config-file';
import { formatProblems, plural } from '../report';
import { requireOnePositional } from '../positionals';

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'check a config file against format v1 and Adobe\'s rules',
  help: `Usage: acc-ims validate FILE [--json]

Checks a config file (format v1) against every rule for the "Adobe Experience Cloud" external
account: required fields, https callback server, production IMS host, IMS org ID format, association
mask (compiles, one capture group, no stray spaces), product context, no secret in the file.

Options:
  --json    print {"valid", "errors":[{"path","message"}], "warnings":[…]} on stdout

Exit codes: 0 valid (warnings allowed), 1 invalid, 2 unreadable file or bad usage.

Example:
  acc-ims validate prod.acc-ims.json`,
  options: { json: { type: 'boolean' } },
  async run({ positionals, values, io }) {
    const file = requireOnePositional(positionals, 'validate', 'FILE');
    const result = await loadConfigFile(file);
    if (values.json) {
      const strip = (ps: typeof result.errors) => ps.map(({ path, message }) => ({ path, message }));
      io.out(JSON.stringify({ valid: result.valid, errors: strip(result.errors), warnings: strip(result.warnings) }, null, 2));
    } else {
      const lines = formatProblems([...result.errors, ...result.warnings]);
      if (result.valid) {
        io.out([`${file}: valid${result.warnings.length ? `, with ${plural(result.warnings.length, 'warning')}` : ''}.`, ...lines].join('\n'));
      } else {
        io.out([`${file}: invalid, ${plural(result.errors.length, 'error')}${result.warnings.length ? ` and ${plural(result.warnings.length, 'warning')}` : ''}.`, ...lines].join('\n'));
      }
    }
    return result.valid ? EXIT_OK : EXIT_FAILED;
  },
};
