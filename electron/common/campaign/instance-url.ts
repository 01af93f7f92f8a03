import { parseUrl, sameHost } from '../config/urls';
import { msg, type Message } from '../messages/message';
import { act, CLI_WORDING, type Wording } from './wording';

/**
 * Where to connect (`--instance`, the desktop's instance URL): an http(s) base URL. Plain http is
 * allowed for loopback or lab instances, with a warning; a mismatch with the config is only a warning,
 * since one config is often prepared for one URL and pushed through another (README, "The command line").
 */
export type InstanceUrlResult = { ok: true; url: string; warnings: Message[] } | { ok: false; message: Message };

export function normalizeInstanceUrl(input: string, wording: Wording = CLI_WORDING): InstanceUrlResult {
  const text = input.trim();
  const url = parseUrl(text);
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || !url.hostname) {
    return { ok: false, message: msg('connection.url.invalid', { text: text.slice(0, 80) }) };
  }
  if (url.username || url.password) {
    return { ok: false, message: msg('connection.url.credentials', { logOn: act('logOn', wording) }) };
  }
  const warnings: Message[] = [];
  if (url.protocol === 'http:') warnings.push(msg('connection.url.plainHttp', { host: url.host }));
  if (url.search || url.hash) warnings.push(msg('connection.url.extraIgnored', { extra: `${url.search}${url.hash}` }));
  // Campaign lives at the root of its host; a path prefix is kept for instances behind a reverse proxy.
  const path = url.pathname.replace(/\/+$/, '');
  return { ok: true, url: `${url.protocol}//${url.host}${path}`, warnings };
}

/** Warnings when the URL connected to is not the one the config was prepared for. */
export function instanceMismatchWarnings(
  instanceUrl: string,
  config: { instance?: { url?: string }; account: { callbackServer: string } },
): Message[] {
  const warnings: Message[] = [];
  const configured = config.instance?.url;
  if (configured && !sameHost(configured, instanceUrl)) {
    warnings.push(msg('push.warning.otherInstance', { host: hostOf(instanceUrl), configured: hostOf(configured) }));
  }
  if (!sameHost(config.account.callbackServer, instanceUrl)) {
    warnings.push(msg('push.warning.callbackElsewhere', { callback: hostOf(config.account.callbackServer), host: hostOf(instanceUrl) }));
  }
  return warnings;
}

const hostOf = (url: string) => parseUrl(url)?.host ?? url;
