import type { Element } from '@xmldom/xmldom';
import { childElements, firstChild, localName, xmlAttr } from './xml';

/**
 * xtk:workflow on a simulated instance: the workflows "Integration with the Adobe Experience Cloud"
 * installs (importSharedAudience, exportSharedAudience) are the evidence the package check looks for.
 * Queries select @internalName (and @label) with `@internalName = '…'` conditions joined by OR; anything
 * else is refused loudly, so a client relying on more is caught by the tests.
 */

export class WorkflowQueryError extends Error {}

/** Workflows every instance has, whatever is installed. */
export const BASE_WORKFLOWS = ['cleanup', 'tracking', 'billing', 'mobileAppOptOutMgt'];
/** Installed with the integration by default (Adobe's "Integrations with Adobe Experience Cloud solutions"). */
export const AEC_WORKFLOWS = ['importSharedAudience', 'exportSharedAudience'];
const CORE_PACKAGES = ['nms:core', 'nms:campaign', 'nms:interaction'];

/** Scenario knobs for the package check: which evidence an instance carries. */
export const packageShapes = {
  /** The integration is installed (its workflows exist), under whatever package id this build uses. */
  integrationInstalled: (packageId = 'nms:aecIntegration') => ({
    packages: [...CORE_PACKAGES, packageId],
    workflows: [...BASE_WORKFLOWS, ...AEC_WORKFLOWS],
  }),
  /** Only the AMP e-mail package: the candidate id nms:amp is there, the integration's workflows are not. */
  ampOnly: () => ({ packages: [...CORE_PACKAGES, 'nms:amp'], workflows: [...BASE_WORKFLOWS] }),
  /** Neither the integration's workflows nor a candidate id. */
  neither: () => ({ packages: [...CORE_PACKAGES], workflows: [...BASE_WORKFLOWS] }),
};

export function executeWorkflowQuery(queryDef: Element, workflows: readonly string[]): string {
  const operation = queryDef.getAttribute('operation') ?? 'select';
  if (operation !== 'select') throw new WorkflowQueryError(`Unsupported operation '${operation}' on xtk:workflow.`);
  const selectEl = firstChild(queryDef, 'select');
  const selected = selectEl
    ? childElements(selectEl)
        .filter((n) => localName(n) === 'node')
        .map((n) => n.getAttribute('expr') ?? '')
    : [];
  if (selected.length === 0) throw new WorkflowQueryError('The query selects no field.');
  for (const expr of selected)
    if (expr !== '@internalName' && expr !== '@label') throw new WorkflowQueryError(`Unsupported select expression '${expr}'.`);
  const whereEl = firstChild(queryDef, 'where');
  const conditions = whereEl
    ? childElements(whereEl)
        .filter((c) => localName(c) === 'condition')
        .map((c) => namesIn(c.getAttribute('expr') ?? ''))
    : [];
  const rows = workflows.filter((name) => conditions.every((names) => names.includes(name)));
  const render = (name: string) =>
    `<workflow ${selected.map((e) => `${e.slice(1)}="${xmlAttr(e === '@label' ? `Workflow ${name}` : name)}"`).join(' ')}/>`;
  return `<workflow-collection>${rows.map(render).join('')}</workflow-collection>`;
}

/** `@internalName = 'a' OR @internalName = 'b'` → ['a', 'b']. */
function namesIn(expr: string): string[] {
  return expr.split(/\s+OR\s+/i).map((part) => {
    const m = /^\s*\(?\s*@internalName\s*=\s*'((?:[^'\\]|\\.)*)'\s*\)?\s*$/.exec(part);
    if (!m) throw new WorkflowQueryError(`Unsupported condition '${part}'.`);
    return m[1]!.replace(/\\(.)/g, '$1');
  });
}
