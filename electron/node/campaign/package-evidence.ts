import { AEC_WORKFLOWS, type PackageFacts } from '../../common/checks/package';
import { isWizardError } from '../../common/errors';
import type { CampaignSession, Credentials } from './session';

/**
 * The package check's facts from a logged-on session: the installed list (none with an IMS bearer-token
 * logon, which only Logon methods report) and which of the integration's workflows exist (docs/DOMAIN.md).
 */
export async function readPackageFacts(session: CampaignSession, credentials: Credentials | undefined): Promise<PackageFacts> {
  const listed = session.facts.installedPackages;
  const installed = credentials?.kind === 'bearer' && listed.length === 0 ? null : listed;
  try {
    return { installed, workflows: await session.existingWorkflows(AEC_WORKFLOWS) };
  } catch (e) {
    if (!isWizardError(e) || e.kind === 'cancelled') throw e;
    // An operator without read rights on workflows still gets the package-id evidence, with why the workflows are missing.
    return { installed, workflows: null, workflowsError: e.userMessage };
  }
}
