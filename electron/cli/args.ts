import { parseArgs } from 'node:util';
import { WizardError } from '../common/errors';
import { msg } from '../common/messages/message';
import type { CliCommand, OptionValues } from './command';
import { closest } from './suggest';

/** What `--x` stands for in "--x needs a value: --x VAR". */
const PLACEHOLDERS: Record<string, string> = {
  instance: 'URL',
  user: 'LOGIN',
  ca: 'FILE',
  out: 'FILE',
  timeout: 'SECONDS',
  'account-type': 'N',
  'console-build': 'N',
  format: 'json|package|bundle',
  'secret-name': 'NAME',
  'accept-instance': 'HOST',
  lang: 'en|zh-Hant',
};

/**
 * The options and arguments of one command. Our own checks instead of parseArgs' strict mode: its
 * errors are English parser text, and they would quote an option's value, which may be a secret.
 */
export function parseCommandArgs(command: CliCommand, args: string[]): { values: OptionValues; positionals: string[] } {
  const { tokens } = parseArgs({ args, options: command.options, strict: false, allowPositionals: true, tokens: true });
  const values: OptionValues = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') {
      positionals.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue;
    const spec = command.options[token.name];
    const shown = printable(token.rawName);
    if (!spec) {
      const suggestion = closest(
        shown,
        Object.keys(command.options).map((n) => `--${n}`),
      );
      throw new WizardError(
        'usage',
        suggestion
          ? msg('cli.usage.unknownOptionSuggest', { option: shown, suggestion, command: command.name })
          : msg('cli.usage.unknownOption', { option: shown, command: command.name }),
      );
    }
    // Accepted only to refuse it, before anything could print it.
    if (token.name === 'password') throw new WizardError('usage', msg('cli.env.passwordOnCommandLine'));
    if (spec.type === 'boolean') {
      if (token.inlineValue) throw new WizardError('usage', msg('cli.usage.optionTakesNoValue', { option: shown }));
      values[token.name] = true;
      continue;
    }
    // parseArgs takes the next word as the value even when it is another option (`--instance --user`).
    const value = token.value;
    if (value === undefined || value === '' || (!token.inlineValue && value.startsWith('-') && value.length > 1)) {
      throw new WizardError('usage', msg('cli.usage.optionNeedsValue', { option: shown, placeholder: placeholderFor(token.name) }));
    }
    if (values[token.name] !== undefined) throw new WizardError('usage', msg('cli.usage.optionTwice', { option: shown }));
    values[token.name] = value;
  }
  return { values, positionals };
}

function placeholderFor(name: string): string {
  return PLACEHOLDERS[name] ?? (name.endsWith('-env') ? 'VAR' : 'VALUE');
}

/** An option name as typed, safe to print: no control characters, not endless. */
export function printable(text: string): string {
  // eslint-disable-next-line no-control-regex
  const clean = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
  return clean.length > 40 ? `${clean.slice(0, 40)}…` : clean;
}

/** The options every command understands, taken out of argv before the command's own parsing. */
export interface GlobalOptions {
  args: string[];
  lang?: string;
  langMissing: boolean;
  json: boolean;
}

export function takeGlobalOptions(argv: readonly string[]): GlobalOptions {
  const args: string[] = [];
  let lang: string | undefined;
  let langMissing = false;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      args.push(...argv.slice(i));
      break;
    }
    if (arg === '--json') json = true;
    if (arg === '--lang') {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('-')) langMissing = true;
      else {
        lang = next;
        i++;
      }
      continue;
    }
    if (arg.startsWith('--lang=')) {
      lang = arg.slice('--lang='.length);
      if (lang === '') langMissing = true;
      continue;
    }
    args.push(arg);
  }
  return { args, ...(lang !== undefined ? { lang } : {}), langMissing, json };
}
