import { parseArgs } from 'node:util';
import { isWizardError, WizardError } from '../common/errors';
import { redactor } from '../common/redact';
import { EXIT_USAGE, exitCodeForKind, type CliCommand } from './command';
import { COMMANDS } from './commands/index';
import { processIo, type CliIo } from './io';

declare const ACC_IMS_VERSION: string;
const VERSION = typeof ACC_IMS_VERSION === 'string' ? ACC_IMS_VERSION : '0.0.0-dev';

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(topHelp());
    return name === undefined ? EXIT_USAGE : 0;
  }
  if (name === '--version' || name === '-V') {
    io.out(VERSION);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`acc-ims: unknown command "${name}". Run "acc-ims --help" to see the commands.`);
    return EXIT_USAGE;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.help);
    return 0;
  }
  try {
    const parsed = parseCommandArgs(command, rest);
    return await command.run({ ...parsed, io });
  } catch (e) {
    if (isWizardError(e)) {
      io.err(`acc-ims ${command.name}: ${redactor.redact(e.message)}`);
      return exitCodeForKind(e.kind);
    }
    // A bug, not a user error: still one line, still redacted, and no stack unless asked for.
    io.err(`acc-ims ${command.name}: unexpected internal error: ${redactor.redactError(e)}. Please report it (set ACC_IMS_DEBUG=1 for details).`);
    if (io.env.ACC_IMS_DEBUG === '1' && e instanceof Error && e.stack) io.err(redactor.redact(e.stack));
    return 70;
  }
}

function parseCommandArgs(command: CliCommand, args: string[]) {
  try {
    const { values, positionals } = parseArgs({ args, options: command.options, allowPositionals: true, strict: true });
    return { values: values as Record<string, string | boolean | undefined>, positionals };
  } catch (e) {
    const detail = e instanceof Error ? e.message.split('\n')[0] : String(e);
    throw new WizardError('usage', `${detail}. Run "acc-ims ${command.name} --help" for the options.`);
  }
}

function topHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'acc-ims: connect an Adobe Campaign Classic instance to Adobe IMS',
    '',
    'Usage: acc-ims <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run "acc-ims <command> --help" for the options of a command.',
    'Secrets and passwords are never read from the command line: use the environment variables named',
    'by --password-env, --secret-env and --passphrase-env, standard input, or the OS keychain.',
    '',
    '  --version  print the version',
  ].join('\n');
}

/** Entry point used by bin/acc-ims.js: runs with the real process, sets the exit code. */
export function main(): void {
  runCli(process.argv.slice(2), processIo()).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`acc-ims: unexpected internal error: ${redactor.redactError(e)}\n`);
      process.exitCode = 70;
    },
  );
}
