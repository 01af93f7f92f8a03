/** URL parsing that never throws, for rules that must report rather than crash. */
export function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

export function hasPathOrQuery(url: URL): boolean {
  return (url.pathname !== '/' && url.pathname !== '') || url.search !== '' || url.hash !== '';
}

export function sameHost(a: string, b: string): boolean {
  const x = parseUrl(a);
  const y = parseUrl(b);
  return !!x && !!y && x.hostname.toLowerCase() === y.hostname.toLowerCase();
}
