import { parseUrl } from '../../electron/common/config/urls';
import { msg, type Message, type MessageCode } from '../../electron/common/messages/message';
import { ACCOUNT_FORM_FIELDS } from '../../electron/common/wizard/form';
import type { WizardStepId } from '../../electron/common/wizard/step-ids';

/** A warning as a step shows it: once, with where to fix it and, for some, a way to say it is intended. */
export interface ShownWarning {
  /** Identity for "marked as intended": the same finding from the rules and from the push has one key. */
  key: string;
  message: Message;
  /** The field the warning is about: its step, the id of its input, and its label. */
  field?: { step: WizardStepId; id: string; label: Message };
  /** The callback server on another host than the instance: intended behind a load balancer. */
  callbackHost: boolean;
}

/** Where the form's values are: the callback server and the instance URL name the callback warning. */
export interface WarningContext {
  callbackServer: string;
  instanceUrl: string;
}

// The rules (validateConfig) and the push (instanceMismatchWarnings) say the same thing in two wordings.
const CALLBACK_HOST = new Set<string>(['rule.callbackServer.hostDiffers', 'push.warning.callbackElsewhere']);
const PLAIN_HTTP = new Set<string>(['rule.instanceUrl.plainHttp', 'connection.url.plainHttp']);
/** Push warnings without a path, by the field they are about. */
const PATH_OF: Partial<Record<MessageCode, string>> = {
  'push.warning.callbackElsewhere': 'account.callbackServer',
  'push.warning.otherInstance': 'instance.url',
  'connection.url.plainHttp': 'instance.url',
};

/** A push note says what happens (a secret kept, the restart); it is information, not a warning. */
export function isNote(message: Message): boolean {
  return message.code.startsWith('push.note.') || message.code.startsWith('restore.saved.');
}

function fieldOf(path: string): ShownWarning['field'] {
  const [area, name = ''] = path.split('.');
  if (area === 'account') {
    if ((ACCOUNT_FORM_FIELDS as readonly string[]).includes(name)) {
      return { step: 'account', id: `account-${name}`, label: msg(`field.${name as 'label'}.label`) };
    }
    if (name === 'clientSecret') return { step: 'account', id: 'client-secret', label: msg('field.clientSecret.label') };
    return undefined;
  }
  if (path === 'instance.url') return { step: 'instance', id: 'instance-url', label: msg('instance.url.label') };
  if (path === 'instance.consoleBuild') return { step: 'instance', id: 'console-build', label: msg('instance.consoleBuild.label') };
  if (path === 'instance.name') return { step: 'start', id: 'profile-name', label: msg('start.profile.label') };
  return undefined;
}

const hostOf = (url: string) => (parseUrl(url)?.host ?? url).toLowerCase();

/** The identity "marked as intended" is kept under: the callback-host finding has one, whichever wording. */
export function warningKey(m: Message, context: WarningContext): string {
  if (CALLBACK_HOST.has(m.code)) return `callback-host:${hostOf(context.callbackServer)}|${hostOf(context.instanceUrl)}`;
  if (PLAIN_HTTP.has(m.code)) return `plain-http:${hostOf(context.instanceUrl)}`;
  return JSON.stringify({ code: m.code, ...(m.params ? { params: m.params } : {}) });
}

/**
 * The distinct warnings among the rules' problems and the push's warnings: the callback-host finding
 * once in one wording, plain http once, any other exact repeat once. Notes are left out (see isNote).
 */
export function distinctWarnings(messages: readonly (Message & { path?: string })[], context: WarningContext): ShownWarning[] {
  const shown: ShownWarning[] = [];
  const seen = new Set<string>();
  for (const m of messages) {
    if (isNote(m)) continue;
    const path = m.path ?? PATH_OF[m.code] ?? '';
    const key = warningKey(m, context);
    const callbackHost = CALLBACK_HOST.has(m.code);
    const message: Message = callbackHost
      ? msg('review.warning.callbackHost', { callback: hostOf(context.callbackServer), host: hostOf(context.instanceUrl) })
      : { code: m.code, ...(m.params ? { params: m.params } : {}) };
    if (seen.has(key)) continue;
    seen.add(key);
    const field = fieldOf(path);
    shown.push({ key, message, callbackHost, ...(field ? { field } : {}) });
  }
  return shown;
}
