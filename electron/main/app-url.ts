import nodePath, { type PlatformPath } from 'node:path';

/** The renderer's own origin: the window loads APP_INDEX_URL, and app-protocol.ts serves the scheme. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'wizard';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/** Where a request for app://wizard/… points: a file inside the root, or the status that refuses it. */
export type AppTarget = { ok: true; file: string; segments: readonly string[] } | { ok: false; status: 400 | 403 | 405 };

// A path segment that could leave the folder or name something else than the file it spells: empty (an
// absolute path or "//"), a separator or drive colon once decoded, a control character, or a trailing dot
// or space (".", "..", and "..." or ".. ", which Windows trims to "..").
const UNSAFE_SEGMENT = /^$|[.\s]$|[/\\:\p{Cc}]/u;

/**
 * Resolves a request to a file inside `root`, without touching the disk: only GET, only the app's own host
 * (no port, no user), every percent-decoded segment a plain name, and the result still inside the root.
 * `path` is the platform's path module (the other one in tests).
 */
export function resolveAppRequest(request: { method: string; url: string }, root: string, path: PlatformPath = nodePath): AppTarget {
  if (request.method !== 'GET') return { ok: false, status: 405 };
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return { ok: false, status: 400 };
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST || url.username !== '' || url.password !== '') {
    return { ok: false, status: 403 };
  }
  let segments: string[];
  try {
    segments = url.pathname.split('/').slice(1).map(decodeURIComponent);
  } catch {
    return { ok: false, status: 400 };
  }
  if (!url.pathname.startsWith('/') || segments.some((s) => UNSAFE_SEGMENT.test(s))) return { ok: false, status: 403 };
  const file = path.resolve(root, ...segments);
  if (!isInsideRoot(root, file, path)) return { ok: false, status: 403 };
  return { ok: true, file, segments };
}

/** True when `file` lies strictly below `root`: the last guard, whatever the segments were. */
export function isInsideRoot(root: string, file: string, path: PlatformPath = nodePath): boolean {
  const inside = path.relative(path.resolve(root), path.resolve(file));
  return inside !== '' && inside !== '..' && !inside.startsWith(`..${path.sep}`) && !path.isAbsolute(inside);
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
};

/** The Content-Type a renderer file is served with; anything unknown is opaque bytes (and never sniffed). */
export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[nodePath.extname(file).toLowerCase()] ?? 'application/octet-stream';
}
