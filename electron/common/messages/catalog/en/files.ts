/** Files, the keychain, hand-over formats, stored profiles and drafts, IPC errors. */
export const files = {
  // The OS keychain. {action} is one of keychain.action.*.
  'keychain.action.read': 'read "{name}"',
  'keychain.action.store': 'store "{name}"',
  'keychain.action.delete': 'delete "{name}"',
  'keychain.action.list': 'list the entries',
  'keychain.noService':
    'Could not {action} in the OS keychain: no Secret Service is running. On Linux install one (e.g. "sudo apt-get install gnome-keyring", or use KWallet) and run acc-ims inside your desktop session; on a server, start one with "dbus-run-session" and "gnome-keyring-daemon --unlock". The secret was not stored anywhere else.',
  'keychain.locked':
    'Could not {action} in the OS keychain: the keychain is locked or has no default keyring. Unlock your login keyring (log in to the desktop, or open "Passwords and Keys") and try again.',
  'keychain.denied':
    'Could not {action} in the OS keychain: access was denied. Allow acc-ims-wizard to use the keychain when the system asks, then try again.',
  'keychain.denied.darwin':
    'Could not {action} in the OS keychain: access was denied. Allow acc-ims-wizard to use the keychain when the system asks (Keychain Access > the entry > Access Control), then try again.',
  'keychain.failed.win32': 'Could not {action} in the OS keychain: {detail}. Check that the Windows Credential Manager is available.',
  'keychain.failed.darwin': 'Could not {action} in the OS keychain: {detail}. Check that the macOS Keychain is available.',
  'keychain.failed.linux':
    'Could not {action} in the OS keychain: {detail}. Check that the Secret Service (gnome-keyring or KWallet) is available.',
  'keychain.timeout':
    'The OS keychain did not answer within {seconds} s while trying to {action}. It may be locked and waiting for a password: unlock it and try again.',
  'keychain.moduleMissing':
    'The keychain module (keytar) is not installed or was built for another platform. Run "npm install" in the acc-ims-wizard folder.',
  'keychain.missingEntry':
    'The OS keychain has no secret named "{name}". Store it in the External account step of the wizard, or with: acc-ims secret set {command}  (the value is read from standard input).',
  'keychain.emptySecret': 'The secret is empty; nothing was stored.',
  'keychain.name.empty': 'The keychain entry name is empty. Use a name such as acc-ims-wizard/prod.',
  'keychain.name.badCharacters':
    'The keychain entry name "{name}" has spaces at an end or control characters. Use a name such as acc-ims-wizard/prod.',
  'keychain.name.tooLong': 'The keychain entry name is longer than {max} characters. Use a short name such as acc-ims-wizard/prod.',

  // Reading and writing files. {what} is one of file.kind.*, {reason} one of file.reason.*.
  'file.kind.config': 'config file',
  'file.kind.handover': 'hand-over file',
  'file.kind.ca': 'CA certificate file',
  'file.kind.file': 'file',
  'file.reason.notFound': 'no such file or folder',
  'file.reason.permission': 'permission denied',
  'file.reason.isFolder': 'it is a folder, not a file',
  'file.reason.diskFull': 'the disk is full',
  'file.reason.readOnly': 'the file system is read-only',
  'file.reason.system': 'system error {code}',
  'file.reason.unexpected': 'unexpected error',
  'file.size.bytes': { one: '{count} byte', other: '{count} bytes' },
  'file.size.kb': '{size} KB',
  'file.size.mb': '{size} MB',
  'file.cannotOpen': 'Cannot read the {what} {path}: {reason}. Check the path.',
  'file.cannotRead': 'Cannot read the {what} {path}: {reason}.',
  'file.isFolder': '{path} is a folder, not a {what}. Pick the file itself.',
  'file.notRegular': '{path} is not a regular file (it is a device, a pipe or a socket), so it cannot be a {what}. Pick the file itself.',
  'file.tooLarge': '{path} is {size}; a {what} is at most {max}. Check that you picked the right file.',
  'file.writeFailed': 'Cannot write {path}: {reason}. Check that the folder exists and is writable.',
  'file.cannotOpenFolder': 'Cannot open {path} in the file manager: {detail}. Open it by hand.',
  'file.dialog.exportTitle': 'Export the configuration',
  'file.dialog.importTitle': 'Import a configuration or hand-over file',
  'file.filter.json': 'acc-ims config (JSON)',
  'file.filter.package': 'Campaign data package (XML)',
  'file.filter.bundle': 'acc-ims hand-over bundle',
  'file.filter.importable': 'acc-ims config or bundle',

  // Hand-over files: the bundle container. {file} is the file name.
  'handover.theFile': 'The file',
  'handover.bundle.notBundle': '{file} is not an acc-ims bundle (it does not start with the bundle signature).',
  'handover.bundle.truncated': '{file} is truncated (shorter than an acc-ims bundle header). Copy the whole file again.',
  'handover.bundle.unknownVersion':
    '{file} is an acc-ims bundle of format version {version}, but this acc-ims reads only version {supported}. Update acc-ims, or ask the sender to export again with this version.',
  'handover.bundle.unknownProtection':
    '{file} uses protection scheme {protection}, which this acc-ims does not know. Update acc-ims, or ask the sender to export it again.',
  'handover.bundle.weakKdf':
    '{file} cannot be opened: its key derivation (scrypt N=2^{log2N}, r={r}, p={p}) is weaker than the minimum N=2^{minLog2N}, r={minR}, p=1. It was damaged or not made by acc-ims; ask the sender to export it again.',
  'handover.bundle.costlyKdf':
    '{file} cannot be opened: its key derivation (scrypt N=2^{log2N}, r={r}, p={p}) asks for more memory or time than this tool allows. It was damaged or not made by acc-ims; ask the sender to export it again.',
  'handover.bundle.kdfFailed': "The bundle's key derivation failed: the machine may be short of memory. Close other programs and retry.",
  'handover.bundle.needsPassphrase': '{file} is encrypted: give its passphrase in an environment variable named by --passphrase-env.',
  'handover.bundle.wrongPassphrase':
    '{file} cannot be decrypted: the passphrase is wrong, or the file was changed or cut short after it was made. Check the passphrase with the sender, or ask for the file again.',
  'handover.bundle.damaged':
    '{file} is damaged: its checksum does not match its content (changed or cut short after it was made). Ask the sender for the file again.',
  'handover.bundle.payloadNotJson':
    '{file} passed its integrity check but its content is not readable JSON: it was not made by acc-ims. Ask the sender to export it again.',
  'handover.bundle.noConfig': '{file} has no config inside: it was not made by acc-ims. Ask the sender to export it again.',
  'handover.bundle.unknownEntry': '{file} contains an unknown entry "{key}": it was made by a newer or different tool. Update acc-ims.',
  'handover.bundle.badSecret': '{file} carries a client secret that is not a non-empty text. Ask the sender to export it again.',

  // Hand-over files: the Campaign data package.
  'handover.package.badXmlChar':
    '{path} contains the character U+{char}, which a Campaign package (XML) cannot carry. Retype the value without it.',
  'handover.package.notWellFormed': '{file} is not well-formed XML ({detail}). Export the package again.',
  'handover.package.notPackage': '{file} is not a Campaign data package: its root element is not <package>.',
  'handover.package.noAccount': '{file} holds no {schema} record. Export the Adobe Experience Cloud external account itself.',
  'handover.package.severalAccounts': '{file} holds {count} external accounts; export only the Adobe Experience Cloud one.',

  // Export.
  'handover.problemAt': '{path}: {problem}',
  'handover.moreProblems': {
    one: '{count} more problem (run "acc-ims validate" or open the wizard for all)',
    other: '{count} more problems (run "acc-ims validate" or open the wizard for all)',
  },
  'handover.export.invalidConfig': 'The config is invalid, nothing was exported: {problems}.',
  'handover.export.secretLeftOut':
    'The client secret was left out: a {format} file never carries it. Hand it over in an encrypted bundle instead.',
  'handover.export.passphraseUnused': 'The passphrase was not used: a {format} file is not encrypted.',
  'handover.export.packageNextStep':
    'After importing the package in the console, type the IMS client secret in the external account, save, and restart the Campaign server.',
  'handover.export.bundleNoSecret':
    'The bundle carries no client secret: the receiver stores it in the keychain (in the wizard, or with "acc-ims secret set") before pushing.',
  'handover.export.secretNeedsPassphrase':
    'The bundle would carry the client secret, so it needs a passphrase. Give one (acc-ims: --passphrase-env VAR), or leave the secret out (acc-ims: --no-secret).',
  'handover.export.passphraseTooShort':
    'The passphrase is too short: use at least {min} characters (a few random words are easy to pass on and hard to guess).',
  'handover.export.passphraseIsSecret': 'The passphrase is the client secret itself. Choose a different passphrase.',

  // Import.
  'handover.import.notHandover':
    '{file} is not a hand-over file: expected an acc-ims bundle, a config JSON file or a Campaign data package (XML).',
  'handover.import.notUtf8':
    '{file} is not UTF-8 text, so it is not a config JSON file or a Campaign package. Check that you picked the right file.',
  'handover.import.badJson': '{file} is not valid JSON. Fix the syntax, or export the config again.',
  'handover.import.badJsonAt':
    '{file} is not valid JSON (syntax error at character {position}). Fix the syntax, or export the config again.',
  'handover.import.invalidConfig': '{file} holds an invalid config, nothing was imported: {problems}.',
  'handover.import.clearSecret':
    '{file} carries a client secret without encryption, so it was not imported. Ask the sender for a bundle made with a passphrase, and to have the secret changed.',
  'handover.import.unprotected':
    '{file} was neither encrypted nor authenticated: anyone who handled it could have read or changed it. Check its values with the sender before you push them.',
  'handover.import.packageSecretSkipped':
    'The package\'s client secret was not imported: it is encrypted with its instance\'s key. Store the secret in the keychain (in the wizard, or with "acc-ims secret set").',
  'handover.import.noSecretCarried':
    'The file carried no client secret: store it in the keychain as "{name}" (in the wizard, or with "acc-ims secret set {name}") before pushing.',
  'handover.import.secretNeedsName':
    '{file} carries a client secret but its config names no keychain entry or instance: choose a keychain entry name for it (acc-ims: --secret-name NAME).',
  'handover.import.secretReplaced': 'The keychain entry "{name}" held another secret; it now holds the imported one.',
  'handover.import.outExists': '{path} already exists: choose where to write the config with --out FILE.',

  // The app's own stored files (settings, draft, profiles, window position). {what} is one of storage.what.*.
  'storage.what.settings': 'settings',
  'storage.what.draft': 'draft',
  'storage.what.profile': 'profile "{name}"',
  'storage.what.windowState': 'window position',
  'storage.problem.tooLarge': 'larger than {max} MB, far more than the wizard ever writes',
  'storage.problem.notJson': 'not valid JSON ({detail})',
  'storage.problem.shape': 'unexpected content: {detail}',
  'storage.problem.shapeAt': 'unexpected content at {path}: {detail}',
  'storage.movedAside':
    'The saved {what} could not be read ({problem}). It was kept as {movedTo} in the data folder; the wizard continues without it.',
  'storage.cannotRead': "Cannot read the {what} {path}: {reason}. Check the permissions of the app's data folder.",
  'storage.cannotMoveAside': 'Cannot move the unreadable file {path} aside: {reason}. Move or delete it by hand, then try again.',
  'storage.cannotListProfiles': 'Cannot list the saved profiles in {path}: {reason}.',
  'storage.cannotDeleteProfile': 'Cannot delete the profile file {path}: {reason}.',
  'storage.cannotDeleteDraft': 'Cannot delete the draft {path}: {reason}.',
  'storage.profileName.invalid': 'Use 1 to 64 letters, digits, dots, dashes or underscores for a profile name, e.g. "prod".',
  'storage.refusedSecret': 'Refused to save the {what}: it contains a password or secret. Secrets belong in the OS keychain only.',
  'storage.refusedClearSecret':
    'Refused to save the {what}: {path} holds a client secret in clear. Store the secret in the keychain and keep only its keychain reference there.',

  // The IPC seam between the window and the main process.
  'ipc.unknownChannel': 'Unknown channel "{channel}".',
  'ipc.badRequest': 'The request to {channel} was malformed: {detail}.',
  'ipc.badRequestAt': 'The request to {channel} was malformed at "{path}": {detail}.',
  'ipc.internal': 'Unexpected internal error in {channel}: {detail}. The details are in the log file (Help > Open logs folder).',
  'ipc.badResponse':
    'Internal error: {channel} returned an unexpected response. The details are in the log file (Help > Open logs folder).',
  'ipc.foreignSender': 'Refused: {channel} was requested by a page that is not the wizard.',
  'ipc.field.instanceUrl': 'Enter the instance URL, e.g. https://campaign.example.com.',
  'ipc.field.clientSecret': 'Enter the client secret.',
  'ipc.duplicateRequest': 'A request with id "{id}" is already running; use a new id for each call.',
  'ipc.job.testConnection': 'The connection test',
  'ipc.job.check': 'The instance check',
  'ipc.job.plan': 'The comparison with the instance',
  'ipc.job.push': 'The push',
  'ipc.job.undoPush': 'Undoing the last push',
  'ipc.job.cancelled': '{job} was cancelled.',
  'ipc.job.finished': '{job} finished.',
  'ipc.pushCancelled':
    'The push was cancelled. A write already on its way may still reach the instance: compare again in the Review step before pushing once more.',
  'ipc.noCampaign': 'Connecting to an instance is not available in this build. Prepare the configuration offline and export it instead.',
  'ipc.externalRefused': 'Not opened: the app only opens Adobe documentation and consoles over https, and "{url}" is not one of them.',
  'ipc.secret.noReference.push':
    'The configuration has no keychain reference for the client secret, so none can be pushed. Enter the secret in the External account step first.',
  'ipc.secret.noReference.bundle':
    'The configuration has no keychain reference for the client secret, so none can be put in the bundle. Enter the secret in the External account step first.',
  'ipc.secret.notStored':
    'No client secret is stored in the keychain under "{name}". Enter it in the External account step, then try again.',
  'ipc.export.needsPassphrase':
    'Enter a passphrase to protect the client secret in the bundle, and give it to the recipient by another channel.',
  'ipc.import.pickedFileUnknown': 'The file picked earlier is no longer known. Choose it again with Import.',
  'ipc.configInvalid': 'The configuration is not valid yet: {problems}.',
  'ipc.notInstanceUrl': '"{url}" is not an instance URL. Enter it as https://campaign.example.com (http:// only for a lab instance).',
  'ipc.startFailed.title': '{app} could not start',
  'ipc.startFailed': '{detail}\n\nReinstall the app; if it happens again, report it with the log file.',
  'ipc.debuggingRefused':
    'This installed build of the wizard does not run with remote debugging or inspector switches ({switches}). Start it without them.',
  // The native menu bar ("&" marks the access key on Windows and Linux).
  'menu.file': '&File',
  'menu.file.new': 'New Configuration',
  'menu.file.import': 'Import…',
  'menu.file.export': 'Export…',
  'menu.view': '&View',
  'menu.help': '&Help',
  'menu.help.adobeDocs': 'Adobe Documentation: Connecting Campaign to IMS',
  'menu.help.dataFolder': 'Open Data Folder',
  'menu.help.logsFolder': 'Open Logs Folder',
} as const;
