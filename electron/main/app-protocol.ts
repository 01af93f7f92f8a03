import { lstat, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Protocol } from 'electron';
import { APP_SCHEME, contentTypeOf, resolveAppRequest } from './app-url';
import { CONTENT_SECURITY_POLICY } from './security';

/**
 * The renderer's scheme: standard (a real origin, so 'self' in the CSP means app://wizard and relative
 * URLs resolve) and secure (a secure context, which the Copy buttons' clipboard needs). No fetch(), no
 * CORS, no CSP bypass: the page needs none of them.
 */
export const APP_SCHEME_PRIVILEGES = Object.freeze({ standard: true, secure: true });

/** Must run before the app is ready (Electron refuses it later). */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
}

/** Serves app://wizard/… from `root` on this session's protocol, logging every request it refuses. */
export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, root: string, logWarning: (line: string) => void): void {
  protocol.handle(APP_SCHEME, appRequestHandler(root, logWarning));
}

/**
 * Answers one request: a regular file inside `root` reached through no symbolic link, with its
 * Content-Type and the strict CSP; 403 for anything that tries to leave the root or another host,
 * 404 for what is not there, 405 for anything but GET.
 */
export function appRequestHandler(
  root: string,
  logWarning: (line: string) => void = () => undefined,
): (request: Request) => Promise<Response> {
  return async (request) => {
    const refuse = (status: number) => {
      logWarning(`Refused app request (${status}): ${request.method} ${request.url}`);
      return new Response(null, { status, headers: { 'X-Content-Type-Options': 'nosniff' } });
    };
    const target = resolveAppRequest(request, root);
    if (!target.ok) return refuse(target.status);
    const found = await regularFileWithoutLinks(root, target.segments);
    if (found !== 'file') return refuse(found === 'link' ? 403 : 404);
    const body = await readFile(target.file).catch(() => null);
    if (!body) return refuse(404);
    return new Response(new Uint8Array(body), {
      status: 200,
      headers: {
        'Content-Type': contentTypeOf(target.file),
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  };
}

// Every step below the root is looked at without following links (asar archives answer lstat too), so a
// link placed in the folder cannot reach a file outside it.
async function regularFileWithoutLinks(root: string, segments: readonly string[]): Promise<'file' | 'link' | 'missing'> {
  let path = root;
  for (const [i, segment] of segments.entries()) {
    path = join(path, segment);
    const stats = await lstat(path).catch(() => null);
    if (!stats) return 'missing';
    if (stats.isSymbolicLink()) return 'link';
    if (i === segments.length - 1 && !stats.isFile()) return 'missing';
  }
  return 'file';
}
