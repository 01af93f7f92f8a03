import { readFile } from 'node:fs/promises';
import { win32 } from 'node:path';
import { parseBuild } from '../../common/builds';
import { msg, type Message } from '../../common/messages/message';

/**
 * The build of the Campaign client console installed on this Windows machine, read from the
 * FileVersion of nlclient.exe. The install folders are the usual ones, not documented by Adobe, so a
 * miss says where it looked and the result says where it read, for the admin to confirm in Help > About.
 */

export type ConsoleLookup = { found: true; build: number; where: string } | { found: false; note: Message };

const INSTALL_DIRS = [
  'Adobe\\Adobe Campaign Classic v7',
  'Adobe\\Adobe Campaign Classic v8',
  'Adobe\\Adobe Campaign v8',
  'Adobe\\Adobe Campaign v7',
  'Adobe\\Adobe Campaign v6',
];

export interface LocatorEnvironment {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  read(path: string): Promise<Buffer>;
}

const realEnvironment: LocatorEnvironment = { platform: process.platform, env: process.env, read: (p) => readFile(p) };

export async function findInstalledConsoleBuild(environment: LocatorEnvironment = realEnvironment): Promise<ConsoleLookup> {
  if (environment.platform !== 'win32') {
    return { found: false, note: msg('check.console-build.notWindows') };
  }
  const roots = [environment.env.ProgramFiles, environment.env['ProgramFiles(x86)']].filter((r): r is string => !!r);
  const candidates = roots.flatMap((root) => INSTALL_DIRS.map((dir) => win32.join(root, dir, 'bin', 'nlclient.exe')));
  for (const path of candidates) {
    let bytes: Buffer;
    try {
      bytes = await environment.read(path);
    } catch {
      continue;
    }
    const build = fileVersionBuild(bytes);
    if (build !== null) return { found: true, build, where: path };
  }
  return { found: false, note: msg('check.console-build.notInstalled', { folders: INSTALL_DIRS.map((d) => `%ProgramFiles%\\${d}`) }) };
}

/** The build in the FileVersion string of a Windows version resource, e.g. "7.0 build 9364" or "6.7.0.9364". */
export function fileVersionBuild(bytes: Buffer): number | null {
  const key = Buffer.from('FileVersion\0', 'utf16le');
  const at = bytes.indexOf(key);
  if (at < 0) return null;
  let i = at + key.length;
  while (i + 1 < bytes.length && bytes[i] === 0 && bytes[i + 1] === 0) i += 2; // padding to the value
  let end = i;
  while (end + 1 < bytes.length && !(bytes[end] === 0 && bytes[end + 1] === 0) && end - i < 128) end += 2;
  const text = bytes.subarray(i, end).toString('utf16le');
  const named = parseBuild(text);
  if (named !== null && named >= 1000) return named;
  const last = /(?:^|[.\s])(\d{4,5})\s*$/.exec(text)?.[1];
  return last ? Number(last) : null;
}
