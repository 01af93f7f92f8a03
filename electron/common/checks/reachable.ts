import type { ReachProbe } from './facts';
import type { CheckResult } from './types';

/** `reachable`: does the instance's web front answer the anonymous health check GET /r/test? */
export function decideReachable(instanceUrl: string, probe: ReachProbe): CheckResult {
  const at = `${instanceUrl}/r/test`;
  switch (probe.kind) {
    case 'ok': {
      const name = probe.redir.instance ? ` (instance ${probe.redir.instance})` : '';
      if (probe.redir.status === 'OK') return { id: 'reachable', status: 'pass', message: `${at} answered status OK${name}.` };
      return {
        id: 'reachable',
        status: 'warn',
        message: `${at} answered status "${probe.redir.status ?? '(none)'}"${name} instead of OK: the web server is up but reports a problem. Check the Campaign web process (nlserver web) and its logs.`,
      };
    }
    case 'http':
      return {
        id: 'reachable',
        status: 'warn',
        message: `${at} answered HTTP ${probe.status}: this address does not serve the health check, which comes from the web front (not Tomcat on :8080). Use the instance's public access URL; the SOAP checks go on anyway.`,
      };
    case 'not-redir':
      return {
        id: 'reachable',
        status: 'warn',
        message: `${at} answered, but not with a Campaign health status: check that ${instanceUrl} is the Campaign instance itself and not a portal or proxy page.`,
      };
    case 'unreachable':
      return { id: 'reachable', status: 'fail', message: probe.message };
  }
}
