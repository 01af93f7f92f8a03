import { MAX_CONFIG_BYTES, validateConfig, type ValidationResult } from '../common/config/validate';
import { hasBundleMagic } from '../common/handover/bundle-format';
import type { Message } from '../common/messages/message';
import { msg } from '../common/messages/message';
import { readFileCapped } from '../node/files/read-file';
import { locateJsonError } from './json-syntax';

/**
 * Reads a config file the way admins actually produce them: UTF-8 with or without BOM, or UTF-16 from
 * PowerShell 5's `>` (BOM or not). A hand-over bundle, a Campaign package or a binary file is named for
 * what it is, never printed; JSON syntax errors get a line and column.
 */
export async function readConfigFile(path: string): Promise<ValidationResult> {
  const bytes = await readFileCapped(path, MAX_CONFIG_BYTES, 'config');
  const text = decode(bytes, path);
  if (typeof text !== 'string') return invalid(text);
  if (text.trimStart().startsWith('<')) return invalid(msg('cli.file.isPackage', { file: path }));
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return invalid(locateJsonError(text));
  }
  return validateConfig(data);
}

/** The file's text, or the message that says why it is not text. */
function decode(bytes: Buffer, path: string): string | Message {
  if (hasBundleMagic(bytes)) return msg('cli.file.isBundle', { file: path });
  const utf16 = utf16Encoding(bytes);
  if (utf16) {
    const body = bytes[0] === 0xff || bytes[0] === 0xfe ? bytes.subarray(2) : bytes;
    try {
      return new TextDecoder(utf16, { fatal: true }).decode(body).replace(/^\uFEFF/, '');
    } catch {
      return msg('cli.file.notText', { file: path });
    }
  }
  if (bytes.includes(0)) return msg('cli.file.binary', { file: path });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return msg('cli.file.notText', { file: path });
  }
}

/** UTF-16 by its byte order mark, or without one by the zero bytes ASCII text has in every other place. */
function utf16Encoding(bytes: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes.length < 4 || bytes.length % 2 !== 0) return undefined;
  const sample = bytes.subarray(0, Math.min(bytes.length, 64));
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) evenZeros++;
    else oddZeros++;
  }
  const half = sample.length / 2;
  if (oddZeros === half && evenZeros === 0) return 'utf-16le';
  if (evenZeros === half && oddZeros === 0) return 'utf-16be';
  return undefined;
}

function invalid(message: Message): ValidationResult {
  return { valid: false, errors: [{ path: '', severity: 'error', ...message }], warnings: [] };
}
