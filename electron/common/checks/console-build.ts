import { evaluateConsoleBuild } from '../builds';
import type { CheckResult } from './types';

export interface ConsoleBuildFacts {
  consoleBuild?: number;
  /** Where the console build came from: the user, or the console installed on this Windows machine (with the place). */
  source?: { kind: 'given' } | { kind: 'installed'; where: string };
  /** When the installed console was looked for and not found: what was searched, so the user knows. */
  lookupNote?: string;
  serverBuild?: number;
  serverMajor?: 7 | 8;
}

/** `console-build`: the admin's client console against the server, by the rule in builds.ts. */
export function decideConsoleBuild(f: ConsoleBuildFacts): CheckResult {
  const verdict = evaluateConsoleBuild({ consoleBuild: f.consoleBuild, serverBuild: f.serverBuild, serverMajor: f.serverMajor });
  const prefix = f.source?.kind === 'installed' ? `Console build ${f.consoleBuild} read from the installed console (${f.source.where}). ` : '';
  const suffix = verdict.status === 'skip' && f.lookupNote ? ` ${f.lookupNote}` : '';
  return { id: 'console-build', status: verdict.status, message: `${prefix}${verdict.message}${suffix}` };
}
