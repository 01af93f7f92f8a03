import type { Wording } from '../../common/campaign/wording';
import { DOMParser } from '@xmldom/xmldom';
import type { ReachProbe, RedirFacts } from '../../common/checks/facts';
import { WizardError } from '../../common/errors';
import { explainFailure } from './failure';
import { TransportFailure, type SdkTransport } from './transport';

/**
 * GET <instance>/r/test, the anonymous health check of the web front, without Adobe's SDK: it is
 * the first thing a check does and must stay cheap even when no logon follows.
 */
export async function probeHealth(baseUrl: string, transport: SdkTransport, wording?: Wording): Promise<ReachProbe> {
  let body: string;
  try {
    body = await transport({ url: `${baseUrl}/r/test`, method: 'GET', headers: {} });
  } catch (e) {
    if (e instanceof TransportFailure && e.reason === 'http') return { kind: 'http', status: e.detail.status ?? 0 };
    const failure = explainFailure(e, { url: baseUrl, step: 'probe', ...(wording ? { wording } : {}) });
    if (failure.kind === 'cancelled') throw failure;
    return { kind: 'unreachable', message: failure.userMessage };
  }
  const redir = parseRedir(body);
  return redir ? { kind: 'ok', redir } : { kind: 'not-redir' };
}

/** `<redir status='OK' build='9364' …/>`, or null when the body is something else (a portal page…). */
export function parseRedir(body: string): RedirFacts | null {
  if (!/^\s*(<\?xml[^>]*>\s*)?<redir[\s/>]/.test(body)) return null;
  try {
    const doc = new DOMParser({ onError: () => undefined }).parseFromString(body, 'text/xml');
    const el = doc.documentElement;
    if (!el || el.nodeName !== 'redir') return null;
    const attr = (name: string) => (el.hasAttribute(name) ? (el.getAttribute(name) ?? undefined) : undefined);
    const facts: RedirFacts = {};
    for (const key of ['status', 'build', 'version', 'instance', 'host'] as const) {
      const v = attr(key);
      if (v !== undefined) facts[key] = v;
    }
    return facts;
  } catch (e) {
    if (e instanceof WizardError) throw e;
    return null;
  }
}
