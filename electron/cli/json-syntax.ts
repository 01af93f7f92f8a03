import { msg, type Message } from '../common/messages/message';

/**
 * Where a JSON text first goes wrong, for text that JSON.parse refused: line and column (1-based) and
 * what is wrong, naming the usual hand-edit mistakes (comments, trailing commas). Never quotes the text.
 */
export function locateJsonError(text: string): Message {
  const at = (offset: number, code: Problem) => {
    const before = text.slice(0, offset).split('\n');
    const where = { line: before.length, column: before[before.length - 1]!.length + 1 };
    return code === 'comment'
      ? msg('cli.file.jsonComment', where)
      : code === 'trailingComma'
        ? msg('cli.file.jsonTrailingComma', where)
        : msg('cli.file.jsonSyntax', { ...where, detail: msg(DETAILS[code]) });
  };
  if (text.trim() === '') return msg('cli.file.jsonEmpty');
  const found = scan(text);
  return at(found?.offset ?? text.length, found?.problem ?? 'end');
}

type Problem = 'comment' | 'trailingComma' | 'end' | 'character' | 'singleQuotes' | 'unquotedName' | 'escape' | 'control' | 'extra';
const DETAILS = {
  end: 'cli.json.unexpectedEnd',
  character: 'cli.json.unexpectedCharacter',
  singleQuotes: 'cli.json.singleQuotes',
  unquotedName: 'cli.json.unquotedName',
  escape: 'cli.json.badEscape',
  control: 'cli.json.controlCharacter',
  extra: 'cli.json.extraText',
} as const;

class Stop {
  constructor(
    readonly offset: number,
    readonly problem: Problem,
  ) {}
}

/** A small recursive-descent checker of RFC 8259 syntax; returns the first problem. */
function scan(text: string): Stop | null {
  let i = 0;
  const stop = (problem: Problem, offset = i): never => {
    throw new Stop(offset, problem);
  };
  const space = () => {
    for (;;) {
      while (i < text.length && ' \t\r\n\uFEFF'.includes(text[i]!)) i++;
      if (text[i] === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) stop('comment');
      return;
    }
  };
  const value = (): void => {
    space();
    const c = text[i];
    if (c === undefined) return stop('end');
    if (c === '{') return object();
    if (c === '[') return array();
    if (c === '"') return string();
    if (c === "'") return stop('singleQuotes');
    if (c === '-' || (c >= '0' && c <= '9')) return number();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return;
      }
    }
    stop('character');
  };
  const object = () => {
    i++;
    space();
    if (text[i] === '}') return void i++;
    for (;;) {
      space();
      if (text[i] === undefined) stop('end');
      if (text[i] === "'") stop('singleQuotes');
      if (text[i] !== '"') stop(/[A-Za-z_$]/.test(text[i]!) ? 'unquotedName' : 'character');
      string();
      space();
      if (text[i] !== ':') stop(text[i] === undefined ? 'end' : 'character');
      i++;
      value();
      space();
      if (text[i] === '}') return void i++;
      if (text[i] !== ',') stop(text[i] === undefined ? 'end' : 'character');
      const comma = i++;
      space();
      if (text[i] === '}') stop('trailingComma', comma);
    }
  };
  const array = () => {
    i++;
    space();
    if (text[i] === ']') return void i++;
    for (;;) {
      value();
      space();
      if (text[i] === ']') return void i++;
      if (text[i] !== ',') stop(text[i] === undefined ? 'end' : 'character');
      const comma = i++;
      space();
      if (text[i] === ']') stop('trailingComma', comma);
    }
  };
  const string = () => {
    i++;
    for (;;) {
      const c = text[i];
      if (c === undefined) stop('end');
      if (c === '"') return void i++;
      if (c! < ' ') stop('control');
      if (c === '\\') {
        const e = text[i + 1];
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6;
        else if (e !== undefined && '"\\/bfnrt'.includes(e)) i += 2;
        else stop('escape');
      } else i++;
    }
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i));
    if (!m) stop('character');
    i += m![0].length;
  };
  try {
    value();
    space();
    if (i < text.length) stop('extra');
    return null;
  } catch (e) {
    if (e instanceof Stop) return e;
    throw e;
  }
}
