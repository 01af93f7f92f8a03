import { render } from '../common/messages/catalogs';
import type { Locale } from '../common/messages/locale';
import { msg } from '../common/messages/message';
import type { Problem } from '../common/problems';
import { describe } from './speak';

/** Problems as readable lines: "error    account.imsOrgId: message", labels in the admin's language. */
export function formatProblems(locale: Locale, problems: readonly Problem[]): string[] {
  const labels = { error: render(locale, msg('cli.label.error')), warning: render(locale, msg('cli.label.warningShort')) };
  const width = Math.max(labels.error.length, labels.warning.length);
  return problems.map(
    (p) => `${labels[p.severity].padEnd(width)}  ${p.path || render(locale, msg('cli.label.document'))}: ${describe(locale, p).message}`,
  );
}

/** A problem in `--json`: its path (never translated), stable code and message in the admin's language. */
export function problemJson(locale: Locale, p: Problem): { path: string; code: string; message: string } {
  return { path: p.path, ...describe(locale, p) };
}
