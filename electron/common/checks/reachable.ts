import { msg } from '../messages/message';
import type { ReachProbe } from './facts';
import type { CheckResult } from './types';

/** `reachable`: does the instance's web front answer the anonymous health check GET /r/test? */
export function decideReachable(instanceUrl: string, probe: ReachProbe): CheckResult {
  const url = `${instanceUrl}/r/test`;
  switch (probe.kind) {
    case 'ok': {
      const instance = probe.redir.instance;
      if (probe.redir.status === 'OK') {
        return {
          id: 'reachable',
          status: 'pass',
          message: instance ? msg('check.reachable.okInstance', { url, instance }) : msg('check.reachable.ok', { url }),
        };
      }
      return { id: 'reachable', status: 'warn', message: msg('check.reachable.badStatus', { url, status: probe.redir.status ?? '' }) };
    }
    case 'http':
      return { id: 'reachable', status: 'warn', message: msg('check.reachable.http', { url, status: probe.status }) };
    case 'not-redir':
      return { id: 'reachable', status: 'warn', message: msg('check.reachable.notRedir', { url, instance: instanceUrl }) };
    case 'unreachable':
      return { id: 'reachable', status: 'fail', message: probe.message };
  }
}
