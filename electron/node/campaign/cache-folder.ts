import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where schemas read from instances are cached, for the CLI and the desktop alike: ACC_IMS_CACHE_DIR when
 * set, else the user's cache folder of the platform. Only schema text lives there (schema-cache.ts).
 */
export function schemaCacheDir(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  home = homedir(),
): string {
  if (env.ACC_IMS_CACHE_DIR) return env.ACC_IMS_CACHE_DIR;
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'acc-ims-wizard', 'Cache', 'schemas');
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'acc-ims-wizard', 'schemas');
  return join(env.XDG_CACHE_HOME || join(home, '.cache'), 'acc-ims-wizard', 'schemas');
}
