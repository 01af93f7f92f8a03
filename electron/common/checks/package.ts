import type { CheckResult } from './types';

/**
 * Internal ids that "Integration with the Adobe Experience Cloud" may be installed under, best
 * candidate first. UNCONFIRMED by Adobe (DOMAIN.md "The package check"): `nms:amp` is the id Adobe's own
 * SDK documentation uses as its example and the one an Adobe install script lists apart from
 * `nms:aemIntegration` (AEM integration) and `nms:aamIntegration` (Shared Audiences), which are other
 * packages and deliberately not here. The result always shows the installed list so the admin can
 * confirm by hand.
 */
export const KNOWN_AEC_PACKAGE_IDS: readonly string[] = ['nms:amp'];

export const AEC_PACKAGE_LABEL = 'Integration with the Adobe Experience Cloud';

/** `package`: is the package installed? `installed` is null when we could not log on to read it. */
export function decidePackage(installed: readonly string[] | null, knownIds: readonly string[] = KNOWN_AEC_PACKAGE_IDS): CheckResult & { matched: string[]; installed: string[] } {
  if (installed === null) {
    return { id: 'package', status: 'skip', message: 'Needs a logon: the installed packages are part of the session.', matched: [], installed: [] };
  }
  const list = [...installed].sort();
  const shown = list.length ? list.join(', ') : 'none reported';
  const matched = knownIds.filter((id) => installed.includes(id));
  if (matched.length > 0) {
    return {
      id: 'package',
      status: 'pass',
      message: `"${AEC_PACKAGE_LABEL}" found as ${matched.join(', ')}. Installed packages: ${shown}. Adobe does not document this id: if in doubt, confirm in the console (Tools > Advanced > Import package > Install a standard package, where installed packages are greyed out).`,
      matched,
      installed: list,
    };
  }
  return {
    id: 'package',
    status: 'fail',
    message: `"${AEC_PACKAGE_LABEL}" is not installed (looked for ${knownIds.join(', ')}). Installed packages: ${shown}. Install it from the console: Tools > Advanced > Import package > Install a standard package; the log must end with "Installation of packages successful".`,
    matched,
    installed: list,
  };
}
