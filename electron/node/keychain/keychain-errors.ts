/** Turns what the platform keychain said into what the admin should do about it. */
export function explainKeychainFailure(action: string, detail: string, platform: NodeJS.Platform): string {
  const prefix = `Could not ${action} in the OS keychain`;
  if (/autolaunch D-Bus|Could not connect|DBUS_SESSION_BUS_ADDRESS|ServiceUnknown|org\.freedesktop\.secrets was not provided|No such interface/i.test(detail)) {
    return `${prefix}: no Secret Service is running. On Linux install one (e.g. "sudo apt-get install gnome-keyring", or use KWallet) and run acc-ims inside your desktop session; on a server, start one with "dbus-run-session" and "gnome-keyring-daemon --unlock". The secret was not stored anywhere else.`;
  }
  if (/locked|collection\/login|Object does not exist at path|prompt|dismissed|No such secret collection/i.test(detail)) {
    return `${prefix}: the keychain is locked or has no default keyring. Unlock your login keyring (log in to the desktop, or open "Passwords and Keys") and try again.`;
  }
  if (/denied|not allowed|-25293|-128|canceled|cancelled|errSecAuthFailed|Access is denied/i.test(detail)) {
    return `${prefix}: access was denied. Allow acc-ims-wizard to use the keychain when the system asks${platform === 'darwin' ? ' (Keychain Access > the entry > Access Control)' : ''}, then try again.`;
  }
  return `${prefix}: ${detail}. Check that the ${platform === 'win32' ? 'Windows Credential Manager' : platform === 'darwin' ? 'macOS Keychain' : 'Secret Service (gnome-keyring or KWallet)'} is available.`;
}
