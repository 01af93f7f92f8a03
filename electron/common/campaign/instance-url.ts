import { parseUrl, sameHost } from '../config/urls';

/**
 * Where to connect (`--instance`, the desktop's instance URL): an http(s) base URL. Plain http is
 * allowed for loopback or lab instances, with a warning; a mismatch with the config is only a warning,
 * since one config is often prepared for one URL and pushed through another (DESIGN.md).
 */
export type InstanceUrlResult = { ok: true; url: string; warnings: string[] } | { ok: false; message: string };

export function normalizeInstanceUrl(input: string): InstanceUrlResult {
  const text = input.trim();
  const url = parseUrl(text);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname) {
    return { ok: false, message: `"${text.slice(0, 80)}" is not an instance URL. Give it as https://campaign.example.com (http:// only for a lab instance).` };
  }
  if (url.username || url.password) {
    return { ok: false, message: 'The instance URL contains a user name or password. Remove them: pass the login with --user and the password with --password-env.' };
  }
  const warnings: string[] = [];
  if (url.protocol === 'http:') {
    warnings.push(`${url.host} is reached over plain http: the password and the client secret travel unencrypted. Use https unless this is a lab instance.`);
  }
  if (url.search || url.hash) warnings.push(`The query or fragment of the instance URL (${url.search}${url.hash}) is ignored.`);
  // Campaign lives at the root of its host; a path prefix is kept for instances behind a reverse proxy.
  const path = url.pathname.replace(/\/+$/, '');
  return { ok: true, url: `${url.protocol}//${url.host}${path}`, warnings };
}

/** Warnings when the URL connected to is not the one the config was prepared for. */
export function instanceMismatchWarnings(instanceUrl: string, config: { instance?: { url?: string }; account: { callbackServer: string } }): string[] {
  const warnings: string[] = [];
  const configured = config.instance?.url;
  if (configured && !sameHost(configured, instanceUrl)) {
    warnings.push(`Connecting to ${hostOf(instanceUrl)}, but the config was prepared for instance ${hostOf(configured)}. Check that this is the instance you mean.`);
  }
  if (!sameHost(config.account.callbackServer, instanceUrl)) {
    warnings.push(`The callback server (${hostOf(config.account.callbackServer)}) is not the host connected to (${hostOf(instanceUrl)}). That is fine behind a load balancer or public alias; otherwise the callback must be this instance's access URL.`);
  }
  return warnings;
}

const hostOf = (url: string) => parseUrl(url)?.host ?? url;
