import { act, CLI_WORDING, type Wording } from '../campaign/wording';
import { msg } from '../messages/message';
import type { LogonOutcome } from './facts';
import type { CheckResult } from './types';

/** Campaign's named right of administrators; editing external accounts needs it. */
export const ADMIN_RIGHT = 'admin';

/** `logon`: could the operator log on, and may it edit external accounts? */
export function decideLogon(outcome: LogonOutcome, wording: Wording = CLI_WORDING): CheckResult {
  switch (outcome.kind) {
    case 'not-attempted':
      return { id: 'logon', status: 'skip', message: msg('check.logon.notAttempted', { logOn: act('logOn', wording) }) };
    case 'failed':
      return { id: 'logon', status: 'fail', message: outcome.message };
    case 'ok': {
      const how = outcome.method === 'bearer' ? msg('check.logon.asBearer') : msg('check.logon.asLogin', { login: outcome.login });
      if (outcome.rights === null) {
        return { id: 'logon', status: 'pass', message: msg('check.logon.rightsUnknown', { how, right: ADMIN_RIGHT }) };
      }
      if (!outcome.rights.includes(ADMIN_RIGHT)) {
        const rights = outcome.rights.length > 0 ? outcome.rights : msg('check.none');
        return { id: 'logon', status: 'fail', message: msg('check.logon.noAdmin', { how, right: ADMIN_RIGHT, rights }) };
      }
      return { id: 'logon', status: 'pass', message: msg('check.logon.ok', { how, right: ADMIN_RIGHT }) };
    }
  }
}
