import { CLI_WORDING, type Wording } from '../campaign/wording';
import { evaluateImsSupport } from '../builds';
import type { CheckResult } from './types';

export interface ServerBuildFacts {
  fromTest?: number;
  fromLogon?: number;
  major?: 7 | 8;
  loggedOn: boolean;
}

/** `server-build`: the build from /r/test, else from the logon's serverInfo, judged for IMS support. */
export function decideServerBuild(f: ServerBuildFacts, wording: Wording = CLI_WORDING): CheckResult {
  const build = f.fromTest ?? f.fromLogon;
  if (build === undefined) {
    return f.loggedOn
      ? { id: 'server-build', status: 'warn', message: 'The instance reported no build, neither in /r/test nor at logon. Read it in the console under Help > About and compare it with the IMS requirements (21.1.3, Gold Standard 11 or later).' }
      : { id: 'server-build', status: 'skip', message: `/r/test does not show the build on this instance. ${wording.logOn} so the build can be read from the session.` };
  }
  const source = f.fromTest !== undefined ? 'reported by /r/test' : 'reported at logon';
  const verdict = evaluateImsSupport(build, f.major);
  return { id: 'server-build', status: verdict.status, message: `Server build ${build}, ${source}: ${verdict.message}` };
}
