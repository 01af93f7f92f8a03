import { rm } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import type { UsersCsv } from '../../common/readiness/users-csv';
import { writeFileAtomic } from '../files/atomic-write';

/**
 * Writes the Admin Console users file(s), each atomically. One part goes to `target` itself; more
 * (over 25,000 users) go to numbered files beside it ("users-1.csv", "users-2.csv"). If one file
 * cannot be written, those already written in this call are removed: all or nothing.
 */
export async function writeUsersCsv(target: string, csv: UsersCsv): Promise<string[]> {
  const paths = csvPaths(target, csv.parts.length);
  const written: string[] = [];
  try {
    for (const [i, part] of csv.parts.entries()) {
      // UTF-8, no byte-order mark: the Admin Console reads the header's first cell as is.
      await writeFileAtomic(paths[i]!, Buffer.from(part.text, 'utf8'), { mode: 0o644 });
      written.push(paths[i]!);
    }
  } catch (e) {
    await Promise.all(written.map((p) => rm(p, { force: true }).catch(() => undefined)));
    throw e;
  }
  return paths;
}

export function csvPaths(target: string, parts: number): string[] {
  if (parts <= 1) return [target];
  const ext = extname(target) || '.csv';
  const stem = basename(target, extname(target));
  return Array.from({ length: parts }, (_, i) => join(dirname(target), `${stem}-${i + 1}${ext}`));
}
