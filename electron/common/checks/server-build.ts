import { act, CLI_WORDING, type Wording } from '../campaign/wording';
import { evaluateImsSupport } from '../builds';
import { msg } from '../messages/message';
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
      ? { id: 'server-build', status: 'warn', message: msg('check.server-build.unknown') }
      : { id: 'server-build', status: 'skip', message: msg('check.server-build.needsLogon', { logOn: act('logOn', wording) }) };
  }
  const verdict = evaluateImsSupport(build, f.major);
  const code = f.fromTest !== undefined ? 'check.server-build.fromTest' : 'check.server-build.fromLogon';
  return { id: 'server-build', status: verdict.status, message: msg(code, { build, verdict: verdict.message }) };
}
