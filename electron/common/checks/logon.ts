import { CLI_WORDING, type Wording } from '../campaign/wording';
import type { LogonOutcome } from './facts';
import type { CheckResult } from './types';

/** Campaign's named right of administrators; editing external accounts needs it. */
export const ADMIN_RIGHT = 'admin';

/** `logon`: could the operator log on, and may it edit external accounts? */
export function decideLogon(outcome: LogonOutcome, wording: Wording = CLI_WORDING): CheckResult {
  switch (outcome.kind) {
    case 'not-attempted':
      return {
        id: 'logon',
        status: 'skip',
        message: `No credentials were given. ${wording.logOn} to check the logon, the package and the account.`,
      };
    case 'failed':
      return { id: 'logon', status: 'fail', message: outcome.message };
    case 'ok': {
      const how = outcome.method === 'bearer' ? 'with the IMS bearer token' : `as "${outcome.login}"`;
      if (outcome.rights === null) {
        return { id: 'logon', status: 'pass', message: `Logged on ${how}. The instance did not report the operator's rights; editing external accounts needs the "${ADMIN_RIGHT}" right.` };
      }
      if (!outcome.rights.includes(ADMIN_RIGHT)) {
        return {
          id: 'logon',
          status: 'fail',
          message: `Logged on ${how}, but this operator lacks the "${ADMIN_RIGHT}" right (rights: ${outcome.rights.join(', ') || 'none'}), so it cannot edit external accounts. Use an operator of the Administrators group.`,
        };
      }
      return { id: 'logon', status: 'pass', message: `Logged on ${how}, with the "${ADMIN_RIGHT}" right.` };
    }
  }
}
