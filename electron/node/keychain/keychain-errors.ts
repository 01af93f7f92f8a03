import { msg, type Message } from '../../common/messages/message';

/** Turns what the platform keychain said into what the admin should do about it. */
export function explainKeychainFailure(action: Message, detail: string, platform: NodeJS.Platform): Message {
  if (
    /autolaunch D-Bus|Could not connect|DBUS_SESSION_BUS_ADDRESS|ServiceUnknown|org\.freedesktop\.secrets was not provided|No such interface/i.test(
      detail,
    )
  ) {
    return msg('keychain.noService', { action });
  }
  if (/locked|collection\/login|Object does not exist at path|prompt|dismissed|No such secret collection/i.test(detail)) {
    return msg('keychain.locked', { action });
  }
  if (/denied|not allowed|-25293|-128|canceled|cancelled|errSecAuthFailed|Access is denied/i.test(detail)) {
    return platform === 'darwin' ? msg('keychain.denied.darwin', { action }) : msg('keychain.denied', { action });
  }
  const store = platform === 'win32' || platform === 'darwin' ? platform : 'linux';
  return { code: `keychain.failed.${store}`, params: { action, detail } };
}
