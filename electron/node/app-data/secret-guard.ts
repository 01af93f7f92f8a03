import { WizardError } from '../../common/errors';
import { msg, type Message } from '../../common/messages/message';
import { redactor } from '../../common/redact';

/**
 * The last line of defence before anything reaches the data folder: refuses content that holds a
 * registered secret (password, client secret, passphrase) or a clear-text client secret in a config.
 * The renderer never needs to store these; if it tries, that is a bug worth a clear error, not a leak.
 */
export function assertNoSecrets(value: unknown, what: Message): void {
  const text = JSON.stringify(value);
  if (redactor.redact(text) !== text) {
    throw new WizardError('invalid', msg('storage.refusedSecret', { what }));
  }
  const found = findClearTextClientSecret(value);
  if (found) {
    throw new WizardError('invalid', msg('storage.refusedClearSecret', { what, path: found }));
  }
}

function findClearTextClientSecret(value: unknown, path = ''): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, child] of Object.entries(value)) {
    const here = path ? `${path}.${key}` : key;
    if (key === 'clientSecret' && typeof child === 'string' && child.length > 0) return here;
    const deeper = findClearTextClientSecret(child, here);
    if (deeper) return deeper;
  }
  return undefined;
}
