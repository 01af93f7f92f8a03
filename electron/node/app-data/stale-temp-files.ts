import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';

// writeFileAtomic's temp names: `.<target>.<pid>.<12 hex>.tmp`.
const TEMP_NAME = /^\..+\.(\d+)\.[0-9a-f]{12}\.tmp$/;

/**
 * Removes temp files that writes interrupted by a crash left in `dirs`, so the data folder does not
 * fill up with them over the years. Only files whose writing process is gone are touched: another
 * running instance (or the CLI) may be mid-write. Returns how many were removed; never throws.
 */
export async function removeStaleTempFiles(dirs: readonly string[]): Promise<number> {
  let removed = 0;
  for (const dir of dirs) {
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const pid = Number(TEMP_NAME.exec(name)?.[1]);
      if (!pid || isRunning(pid)) continue;
      try {
        await rm(join(dir, name), { force: true });
        removed++;
      } catch {
        // Left for the next start; it is never read.
      }
    }
  }
  return removed;
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    // EPERM: it exists but belongs to someone else.
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
