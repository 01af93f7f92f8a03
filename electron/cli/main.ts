import { isWizardError } from '../common/errors';
import { render } from '../common/messages/catalogs';
import { localeFromEnv, parseLangOption, type Locale } from '../common/messages/locale';
import { msg, type Message } from '../common/messages/message';
import { redactor } from '../common/redact';
import { parseCommandArgs, printable, takeGlobalOptions } from './args';
import { EXIT_INTERRUPTED, EXIT_USAGE, exitCodeForKind, type CliCommand } from './command';
import { COMMANDS } from './commands/index';
import { CliFailure } from './failure';
import { installInterruptHandler, wasInterrupted } from './interrupt';
import { processIo, type CliIo } from './io';
import { formatProblems, problemJson } from './report';
import { describe, say } from './speak';
import { closest } from './suggest';

declare const ACC_IMS_VERSION: string;
const VERSION = typeof ACC_IMS_VERSION === 'string' ? ACC_IMS_VERSION : '0.0.0-dev';
/** The language of the run, for the line printed when Ctrl+C stops it. */
let runLocale: Locale = 'en';

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const global = takeGlobalOptions(argv);
  const fromLang = global.lang === undefined ? undefined : parseLangOption(global.lang);
  const locale: Locale = fromLang ?? localeFromEnv(io.env);
  runLocale = locale;
  const [name, ...rest] = global.args;
  const command = COMMANDS.find((c) => c.name === name);
  const fail = (message: Message) => failUsage(io, locale, global.json, command, message);

  if (global.langMissing || (global.lang !== undefined && fromLang === undefined)) return fail(msg('cli.usage.langInvalid'));
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const about = name === 'help' ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
    io.out(about ? say(locale, about.help) : topHelp(locale));
    return name === undefined ? EXIT_USAGE : 0;
  }
  if (name === '--version' || name === '-v' || name === '-V') {
    io.out(VERSION);
    return 0;
  }
  if (!command) {
    const shown = printable(name);
    const suggestion = closest(
      shown,
      COMMANDS.map((c) => c.name),
    );
    return fail(
      suggestion ? msg('cli.usage.unknownCommandSuggest', { name: shown, suggestion }) : msg('cli.usage.unknownCommand', { name: shown }),
    );
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(say(locale, command.help));
    return 0;
  }
  const json = global.json && command.options.json !== undefined;
  // Asked for JSON: even a command without --json answers its refusal of it in JSON.
  const jsonErrors = global.json;
  try {
    const parsed = parseCommandArgs(command, rest);
    const code = await command.run({ ...parsed, io, locale, json });
    return wasInterrupted() ? EXIT_INTERRUPTED : code;
  } catch (e) {
    if (isWizardError(e)) {
      if (e instanceof CliFailure && !json) for (const line of formatProblems(locale, e.problems)) io.err(line);
      const error = describe(locale, e.userMessage);
      io.err(`acc-ims ${command.name}: ${redactor.redact(error.message)}`);
      if (jsonErrors) {
        const extra =
          e instanceof CliFailure
            ? { ...(e.problems.length ? { errors: e.problems.map((p) => problemJson(locale, p)) } : {}), ...e.json }
            : {};
        io.out(JSON.stringify({ ...failureShape(command), error, ...extra }, null, 2));
      }
      return wasInterrupted() ? EXIT_INTERRUPTED : exitCodeForKind(e.kind);
    }
    // A bug, not a user error: still one line, still redacted, and no stack unless asked for.
    const message = render(locale, msg('cli.error.internal', { detail: redactor.redactError(e) }));
    io.err(`acc-ims ${command.name}: ${message}`);
    if (jsonErrors) io.out(JSON.stringify({ ...failureShape(command), error: { code: 'cli.error.internal', message } }, null, 2));
    if (io.env.ACC_IMS_DEBUG === '1' && e instanceof Error && e.stack) io.err(redactor.redact(e.stack));
    return 70;
  }
}

/** `{ok: false}` (or the command's own failure shape) with the error, before a command could even start. */
function failUsage(io: CliIo, locale: Locale, json: boolean, command: CliCommand | undefined, message: Message): number {
  const error = describe(locale, message);
  io.err(`acc-ims${command ? ` ${command.name}` : ''}: ${error.message}`);
  if (json) io.out(JSON.stringify({ ...failureShape(command), error }, null, 2));
  return EXIT_USAGE;
}

const failureShape = (command: CliCommand | undefined): Record<string, unknown> => command?.jsonOnFailure ?? { ok: false };

function topHelp(locale: Locale): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    render(locale, msg('cli.top.title')),
    '',
    render(locale, msg('cli.top.usage')),
    '',
    render(locale, msg('cli.top.commands')),
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${say(locale, c.summary)}`),
    '',
    render(locale, msg('cli.top.footer')),
  ].join('\n');
}

/** Entry point used by bin/acc-ims.js: runs with the real process, sets the exit code. */
export function main(): void {
  const io = processIo();
  installInterruptHandler(() => {
    io.err(`acc-ims: ${render(runLocale, msg('cli.error.interrupted'))}`);
    process.exit(EXIT_INTERRUPTED);
  });
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`acc-ims: unexpected internal error: ${redactor.redactError(e)}\n`);
      process.exitCode = 70;
    },
  );
}
