import { render } from '../../common/messages/catalogs';
import type { Locale } from '../../common/messages/locale';
import { msg } from '../../common/messages/message';
import { SECRET_NEW, SECRET_SET, type FieldChange } from '../../common/push/plan';

/** A push's or a restore's change, one line per field; the client secret only as set, new or empty. */
export function changeLines(locale: Locale, changes: readonly FieldChange[]): string[] {
  const t = (code: 'cli.push.empty' | 'cli.push.secretSet' | 'cli.push.secretNew' | 'cli.push.noChange') => render(locale, msg(code));
  const show = (field: string, v: string) =>
    v === ''
      ? t('cli.push.empty')
      : field !== 'clientSecret'
        ? JSON.stringify(v)
        : v === SECRET_SET
          ? t('cli.push.secretSet')
          : v === SECRET_NEW
            ? t('cli.push.secretNew')
            : v;
  if (changes.length === 0) return [`  ${t('cli.push.noChange')}`];
  return changes.map((c) => `  ${c.field}: ${show(c.field, c.from)} -> ${show(c.field, c.to)}`);
}
