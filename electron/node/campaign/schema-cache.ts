import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../files/atomic-write';
import { declaresDocumentType, implausibleMarkup } from './answer-shape';

/**
 * Where Adobe's SDK keeps the schemas and SOAP method definitions it reads, through its own `storage`
 * connection option (the localStorage interface: getItem, setItem, removeItem). One JSON file per
 * instance, build and installed package list in a cache folder: a second check or push skips the three
 * schema reads, and an upgrade or a newly installed package starts a fresh file. The file only ever holds
 * schema text the instance sent, never a secret or a token.
 */

/** How long the SDK trusts a cached schema or method (its default is 5 minutes, which a plan then push outlives). */
export const SCHEMA_CACHE_TTL_MS = 24 * 60 * 60 * 1000;
// A cache file larger than this is not what the SDK writes for this tool: ignore it.
const MAX_FILE_BYTES = 8 * 1024 * 1024;

export interface CacheKey {
  url: string;
  build: string | undefined;
  packages: readonly string[];
}

export class SchemaStorage {
  private readonly items = new Map<string, string>();
  private file: string | null = null;
  private dirty = false;

  constructor(private readonly dir: string) {}

  // The SDK calls these three; until bind() (after logon, when the build is known) nothing is kept.
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.file === null || this.items.get(key) === value) return;
    this.items.set(key, String(value));
    this.dirty = true;
  }

  removeItem(key: string): void {
    if (this.items.delete(key)) this.dirty = true;
  }

  /** Picks the file for this instance, build and package list and loads what it holds. Never throws. */
  async bind(key: CacheKey): Promise<void> {
    const id = createHash('sha256')
      .update(JSON.stringify([key.url, key.build ?? '', [...key.packages].sort()]))
      .digest('hex')
      .slice(0, 32);
    this.file = join(this.dir, `schemas-${id}.json`);
    try {
      const text = await readFile(this.file, 'utf8');
      if (text.length > MAX_FILE_BYTES) return;
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return;
      for (const [k, v] of Object.entries(parsed)) {
        // Held to the same bar as an answer: the SDK parses these with jsdom just the same.
        if (typeof v === 'string' && !declaresDocumentType(v) && implausibleMarkup(v) === null) this.items.set(k, v);
      }
    } catch {
      // No file yet, or unreadable: the SDK reads the schemas from the instance and the file is rewritten.
    }
  }

  /** Writes what the SDK cached, if anything changed. Never throws: a cache must not fail a push. */
  async save(): Promise<void> {
    if (this.file === null || !this.dirty) return;
    try {
      await mkdir(this.dir, { recursive: true, mode: 0o700 });
      await writeFileAtomic(this.file, JSON.stringify(Object.fromEntries(this.items)), { mode: 0o600 });
      this.dirty = false;
    } catch {
      // Next time the schemas are read from the instance again.
    }
  }
}
