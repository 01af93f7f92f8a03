import type { Message } from '../messages/message';

/** What the node side gathered from an instance, as plain data for the pure decisions in this folder. */

/** Attributes of the `<redir …/>` answer of GET /r/test. */
export interface RedirFacts {
  status?: string;
  build?: string;
  version?: string;
  instance?: string;
  host?: string;
}

export type ReachProbe =
  | { kind: 'ok'; redir: RedirFacts }
  /** The address answered, but not with a health status (HTML page, 404 from a front that does not serve it…). */
  | { kind: 'http'; status: number }
  | { kind: 'not-redir' }
  | { kind: 'unreachable'; message: Message };

/** serverInfo of the logon, as far as the instance reported it. */
export interface ServerInfoFacts {
  buildNumber?: string;
  majNumber?: string;
  minNumber?: string;
  servicePack?: string;
  releaseName?: string;
  instanceName?: string;
}

export type LogonOutcome =
  | { kind: 'not-attempted' }
  | { kind: 'ok'; login: string; method: 'password' | 'bearer'; rights: string[] | null }
  | { kind: 'failed'; message: Message };

/** An nms:extAccount record: attribute name → text, as Campaign returns it. */
export type ExtAccountRecord = Record<string, string>;

/** Major version from what the instance said: /r/test `version` (v8) or serverInfo majNumber (v7 says 6). */
export function serverMajor(redir: RedirFacts | undefined, info: ServerInfoFacts | undefined): 7 | 8 | undefined {
  // Stryker disable next-line StringLiteral: equivalent while major versions have one digit (split('') keeps the first)
  const fromVersion = redir?.version ? Number(redir.version.split('.')[0]) : NaN;
  const maj = Number.isFinite(fromVersion) ? fromVersion : Number(info?.majNumber ?? NaN);
  if (maj === 8) return 8;
  if (maj === 6 || maj === 7) return 7;
  return undefined;
}

export function toBuild(text: string | undefined): number | undefined {
  if (!text || !/^\d{3,6}$/.test(text.trim())) return undefined;
  // Stryker disable next-line MethodExpression: equivalent, Number() ignores the spaces around digits
  return Number(text.trim());
}
