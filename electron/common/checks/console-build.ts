import { evaluateConsoleBuild } from '../builds';
import { msg, type Message } from '../messages/message';
import type { CheckResult } from './types';

export interface ConsoleBuildFacts {
  consoleBuild?: number;
  /** Where the console build came from: the user, or the console installed on this Windows machine (with the place). */
  source?: { kind: 'given' } | { kind: 'installed'; where: string };
  /** When the installed console was looked for and not found: what was searched, so the user knows. */
  lookupNote?: Message;
  serverBuild?: number;
  serverMajor?: 7 | 8;
}

/** `console-build`: the admin's client console against the server, by the rule in builds.ts. */
export function decideConsoleBuild(f: ConsoleBuildFacts): CheckResult {
  const verdict = evaluateConsoleBuild({ consoleBuild: f.consoleBuild, serverBuild: f.serverBuild, serverMajor: f.serverMajor });
  const message =
    f.source?.kind === 'installed' && f.consoleBuild !== undefined
      ? msg('check.console-build.installed', { build: f.consoleBuild, where: f.source.where, verdict: verdict.message })
      : verdict.status === 'skip' && f.lookupNote
        ? msg('check.console-build.notFound', { verdict: verdict.message, note: f.lookupNote })
        : msg('check.console-build.compared', { verdict: verdict.message });
  return { id: 'console-build', status: verdict.status, message };
}
