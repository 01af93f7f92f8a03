/** The command line: usage, options, help and text output. */
export const cli = {
  // Top level: help, commands, options
  'cli.top.title': 'acc-ims: connect an Adobe Campaign Classic instance to Adobe IMS',
  'cli.top.usage': 'Usage: acc-ims <command> [options]',
  'cli.top.commands': 'Commands:',
  'cli.top.footer':
    'Run "acc-ims <command> --help" for the options of a command.\nSecrets and passwords are never read from the command line: use the environment variables named\nby --password-env, --secret-env and --passphrase-env, standard input, or the OS keychain.\n\nOptions of every command:\n  --lang en|zh-Hant  the language of the output (default: LC_ALL, LC_MESSAGES or LANG)\n  --help, -h         the options of a command\n  --version, -v      print the version',
  'cli.usage.unknownCommand': 'unknown command {name}. Run "acc-ims --help" to see the commands.',
  'cli.usage.unknownCommandSuggest': 'unknown command {name}; did you mean {suggestion}? Run "acc-ims --help" to see the commands.',
  'cli.usage.unknownOption': 'unknown option {option}. Run "acc-ims {command} --help" for the options.',
  'cli.usage.unknownOptionSuggest': 'unknown option {option}; did you mean {suggestion}? Run "acc-ims {command} --help" for the options.',
  'cli.usage.optionNeedsValue': '{option} needs a value: {option} {placeholder}.',
  'cli.usage.optionTakesNoValue': '{option} takes no value: write {option} alone.',
  'cli.usage.optionTwice': '{option} was given more than once: give it once.',
  'cli.usage.langInvalid': '--lang takes en or zh-Hant.',
  'cli.usage.fileMissing': '{name} is missing. Usage: acc-ims {command} {name} … (see "acc-ims {command} --help").',
  'cli.usage.unexpectedArguments': {
    one: 'acc-ims {command} takes {expected}, and {count} more argument was given (not shown). Quote paths with spaces; secrets never go on the command line.',
    other:
      'acc-ims {command} takes {expected}, and {count} more arguments were given (not shown). Quote paths with spaces; secrets never go on the command line.',
  },
  'cli.usage.expected.oneFile': 'one FILE',
  'cli.usage.expected.optionalFile': 'at most one FILE (a config)',
  'cli.usage.expected.secretName': 'one entry NAME',
  'cli.usage.expected.nothing': 'no argument',
  'cli.error.internal': 'unexpected internal error: {detail}. Please report it (set ACC_IMS_DEBUG=1 for details).',
  'cli.error.interrupted': 'interrupted (Ctrl+C); what was under way was stopped.',
  'cli.label.note': 'note: {text}',
  'cli.label.warning': 'warning: {text}',
  'cli.label.error': 'error',
  'cli.label.warningShort': 'warning',
  'cli.label.document': '(file)',

  // Secrets and passwords from environment variables or standard input
  'cli.env.valueGiven':
    '{flag} takes the NAME of an environment variable that holds the value (e.g. {flag} {example}); what was given is not a variable name, so it was not used or shown. Put the value in a variable and pass its name.',
  'cli.env.notSet':
    '{flag} {variable}: the environment variable {variable} is not set or empty. Set it first (export {variable}=…), then run the command again.',
  'cli.env.notSetUnnamed':
    '{flag}: no environment variable of that name is set. {flag} takes the NAME of a variable that holds the value (e.g. {flag} {example}); if you typed the value itself, it was not used or shown: put it in a variable and pass the name.',
  'cli.env.passwordOnCommandLine':
    'passwords are never taken on the command line: put it in an environment variable and pass its name with --password-env VAR.',
  'cli.stdin.empty':
    'the secret read from standard input is empty; nothing was stored. Type it at the prompt, or pipe it in: printf %s "$SECRET" | acc-ims secret set NAME.',
  'cli.stdin.tooLarge': 'standard input is larger than {size} KB; that is not a secret. Pipe only the secret value.',
  'cli.stdin.prompt': 'Client secret for {name} (input hidden): ',
  'cli.stdin.cancelled': 'cancelled; nothing was stored.',

  // Reading a config file
  'cli.file.isBundle':
    '{file} is an encrypted hand-over bundle (.accims), not a config file. Read it with "acc-ims import {file}", which writes the config.',
  'cli.file.isPackage':
    '{file} is a Campaign data package (XML), not a config file. Turn it into a config with "acc-ims import {file}", or import it in the client console (Tools > Advanced > Import package).',
  'cli.file.binary': '{file} is a binary file, not a config file (JSON text). Check that you picked the right file.',
  'cli.file.notText': '{file} is not UTF-8 or UTF-16 text, so it is not a config file. Save it as UTF-8 and try again.',
  'cli.file.jsonComment': 'line {line}, column {column}: JSON does not allow comments. Remove the comment (// or /* */).',
  'cli.file.jsonTrailingComma': 'line {line}, column {column}: JSON does not allow a comma before a closing bracket. Remove that comma.',
  'cli.file.jsonSyntax': 'line {line}, column {column}: the file is not valid JSON there ({detail}). Fix the syntax at that place.',
  'cli.file.jsonEmpty': 'the file is empty, not a config. Check that you picked the right file.',
  'cli.json.unexpectedEnd': 'it ends too early',
  'cli.json.unexpectedCharacter': 'unexpected character',
  'cli.json.singleQuotes': 'strings need double quotes',
  'cli.json.unquotedName': 'property names need double quotes',
  'cli.json.badEscape': 'unknown escape in a string',
  'cli.json.controlCharacter': 'a line break or control character inside a string',
  'cli.json.extraText': 'text after the end of the JSON document',
  'cli.file.outputFolderMissing':
    'the folder of {file} does not exist; nothing was written. Create the folder first, or choose another path.',
  'cli.file.outputIsFolder': '{file} is a folder; nothing was written. Give a file name.',
  'cli.file.outputExists': '{file} already exists; nothing was written. Pass --force to replace it, or choose another path.',

  // Counts
  'cli.count.errors': { one: '{count} error', other: '{count} errors' },
  'cli.count.warnings': { one: '{count} warning', other: '{count} warnings' },

  // validate
  'cli.summary.validate': "check a config file against format v1 and Adobe's rules",
  'cli.help.validate':
    'Usage: acc-ims validate FILE [--json] [--lang en|zh-Hant]\n\nChecks a config file (format v1) against every rule for the "Adobe Experience Cloud" external\naccount: required fields, https callback server, production IMS host, IMS org ID format, association\nmask (compiles, one capture group, no stray spaces), product context, no secret in the file.\n\nOptions:\n  --json             print {jsonShape} on stdout\n  --lang en|zh-Hant  the language of the messages\n\nExit codes: 0 valid (warnings allowed), 1 invalid, 2 unreadable file or bad usage.\n\nExample:\n  acc-ims validate prod.acc-ims.json',
  'cli.validate.valid': '{file}: valid.',
  'cli.validate.validWithWarnings': '{file}: valid, with {warnings}.',
  'cli.validate.invalid': '{file}: invalid, {errors}.',
  'cli.validate.invalidWithWarnings': '{file}: invalid, {errors} and {warnings}.',

  // check and push: connection flags
  'cli.help.connection':
    '  --instance URL         the instance\'s access URL (https://…; http:// only for a lab instance);\n                         default: instance.url of the config FILE\n  --user LOGIN           Campaign operator (administrator) to log on with\n  --password-env VAR     read the operator\'s password from environment variable VAR\n  --bearer-env VAR       log on with an IMS bearer token from VAR instead (Campaign v8.5 and later)\n  --ca FILE              trust this CA certificate (PEM) too, for an instance behind a private CA\n  --timeout SECONDS      give up on one HTTP call after this long (default {timeout})\n  --account-type N       the number of the "Adobe Experience Cloud" account type, when the instance\n                         labels it differently (normally found by its label in nms:extAccount:type)\n  --json                 print one JSON document on stdout\n  --lang en|zh-Hant      the language of the messages',
  'cli.connection.instanceRequired':
    "--instance URL is required (or a config FILE with instance.url): the instance's access URL, e.g. acc-ims {command} … --instance https://campaign.example.com.",
  'cli.connection.instanceFromConfig': 'connecting to {url}, the instance.url of {file}.',
  'cli.connection.bearerAndPassword': 'give either --bearer-env VAR or --user with --password-env VAR, not both.',
  'cli.connection.passwordNeedsUser': '--password-env needs --user LOGIN: the operator to log on with.',
  'cli.connection.userNeedsPassword': '--user needs --password-env VAR: the name of the environment variable that holds the password.',
  'cli.connection.timeoutInvalid': '--timeout takes a number of seconds between 1 and {max}.',
  'cli.connection.accountTypeInvalid': '--account-type takes the number of the account type, e.g. --account-type 18.',
  'cli.connection.caNotPem':
    '{file} is not a PEM certificate (no "-----BEGIN CERTIFICATE-----" line). Export your company CA as PEM (Base-64 encoded X.509) and pass that file to --ca.',

  // check
  'cli.summary.check': 'check the prerequisites for IMS on a live instance (builds, package, account)',
  'cli.help.check':
    'Usage: acc-ims check [FILE] [--instance URL] [--user U --password-env VAR | --bearer-env VAR]\n                     [--console-build N] [--ca FILE] [--timeout SECONDS] [--account-type N] [--json]\n                     [--lang en|zh-Hant]\n\nChecks a Campaign instance before it is connected to Adobe IMS. Reads only; writes nothing.\nWith a config FILE, its instance.url and instance.consoleBuild are used unless the options give them.\n  reachable      the web front answers GET /r/test\n  server-build   the server build (from /r/test, else from the logon) supports IMS login\n  console-build  your client console build against the server\'s (same version; same build\n                 required on v8 and on releases that make the console upgrade mandatory)\n  logon          the operator can log on and has the administration right\n  package        "Integration with the Adobe Experience Cloud" is installed (lists what is)\n  account        the "Adobe Experience Cloud" external account: none yet, exactly one and\n                 valid, or duplicates\nWithout --user and --password-env (or --bearer-env) only the first three run.\n\nOptions:\n{connectionOptions}\n  --console-build N      the build of your client console (Help > About); default: the config\'s\n                         instance.consoleBuild, else on Windows the installed console\n\nExit codes: 0 no check failed (warnings and skips allowed), 1 a check failed, 2 the instance\ncannot be reached, or bad usage.\n\nExamples:\n  ACC_PASSWORD=… acc-ims check --instance https://campaign.example.com --user admin --password-env ACC_PASSWORD --console-build 9364\n  ACC_PASSWORD=… acc-ims check prod.acc-ims.json --user admin --password-env ACC_PASSWORD',
  'cli.check.consoleBuildInvalid': "--console-build takes the build number shown in the console's Help > About, e.g. --console-build 9364.",
  'cli.check.header': 'Checks against {url}:',
  'cli.check.status.pass': 'pass',
  'cli.check.status.warn': 'warn',
  'cli.check.status.fail': 'fail',
  'cli.check.status.skip': 'skip',
  'cli.check.unreachable': 'The instance could not be reached: fix the connection first.',
  'cli.check.failed': { one: '{count} check failed.', other: '{count} checks failed.' },
  'cli.check.noneFailed': 'No check failed.',

  // push
  'cli.summary.push': 'write the "Adobe Experience Cloud" external account to an instance, then verify it',
  'cli.help.push':
    "Usage: acc-ims push FILE [--instance URL] --user U --password-env VAR | --bearer-env VAR\n                    [--secret-env VAR] [--dry-run] [--replace-secret] [--update-existing]\n                    [--accept-instance HOST] [--backup FILE] [--ca FILE] [--timeout SECONDS]\n                    [--account-type N] [--json] [--lang en|zh-Hant]\n       acc-ims push --restore FILE [--instance URL] --user U --password-env VAR [--dry-run] [--json]\n\nValidates FILE (an invalid config is refused before any request), logs on, reads the instance's\n\"Adobe Experience Cloud\" external account, and shows the change field by field. Unless --dry-run,\nencrypts the client secret on the instance (xtk:session#EncryptPassword), writes the account\n(insertOrUpdate keyed by internal name; the one existing account of the type is updated, a second\none is never created), reads it back and verifies it. Running it again changes nothing.\nA push to another host than the config's instance.url is refused before anything is sent, unless\n--accept-instance names that host. Before an existing account is changed, it is saved as it was\n(every field, the client secret in the instance's own encryption) to a restore file next to FILE\n(mode 0600), and the push says where. Restart the Campaign server afterwards.\n\nOptions:\n{connectionOptions}\n  --secret-env VAR       read the IMS client secret from VAR (default: the config's keychain\n                         reference, account.clientSecret.keychain, read only when it is needed)\n  --dry-run              show the change and write nothing\n  --replace-secret       overwrite the client secret the instance already has (Campaign stores it\n                         encrypted, so it cannot be compared and is otherwise kept)\n  --update-existing      update the existing account of the type even though its internal name\n                         differs from the config's (its internal name is kept)\n  --accept-instance HOST push to HOST (host name, no port) although the config's instance.url names\n                         another host, e.g. an internal URL of the same instance\n  --backup FILE          save the restore file as FILE (never replaced) instead of next to the config\n  --restore FILE         put back the account saved in the restore FILE and verify it; refused for\n                         another instance than the one it was saved from\n\nExit codes: 0 written and verified (or planned, with --dry-run), 1 invalid config, refused by the\ntool or the instance, or not verified, 2 the instance cannot be reached, or bad usage.\n\nExample:\n  ACC_PASSWORD=… acc-ims push prod.acc-ims.json --user admin --password-env ACC_PASSWORD --dry-run",
  'cli.push.needsOperator': 'push needs an operator: --user LOGIN with --password-env VAR (or --bearer-env VAR on v8.5 and later).',
  'cli.push.invalidConfig': {
    one: '{file} is not a valid config ({count} error above); nothing was sent to the instance. Fix it, then run "acc-ims validate {file}".',
    other:
      '{file} is not a valid config ({count} errors above); nothing was sent to the instance. Fix it, then run "acc-ims validate {file}".',
  },
  'cli.push.hostMismatch':
    '{file} is prepared for the instance {configured}, but --instance connects to {given}; nothing was sent. If {given} is the same instance under another name, pass --accept-instance {given}.',
  'cli.push.acceptWrongHost':
    '--accept-instance names {accepted}, but --instance connects to {given}. Give the host name of --instance (no port).',
  'cli.push.hostAccepted': 'pushing to {given} although {file} is prepared for {configured} (accepted with --accept-instance).',
  'cli.push.keychainSkipped': 'the keychain entry "{name}" could not be read ({reason}); the push went on without it.',
  'cli.push.headerUpdate': 'Update of the account "{name}" on {url}:',
  'cli.push.headerCreate': 'New account "{name}" on {url}:',
  'cli.push.noChange': '(no change)',
  'cli.push.empty': '(empty)',
  'cli.push.secretSet': '(set)',
  'cli.push.secretNew': '(new secret)',
  'cli.push.dryRun': {
    one: 'Dry run: nothing was written. Run without --dry-run to apply this change.',
    other: 'Dry run: nothing was written. Run without --dry-run to apply these {count} changes.',
  },
  'cli.push.dryRunNoChange': 'Dry run: nothing would change; the instance already holds this configuration.',
  'cli.push.nothingToWrite': 'Nothing to write: the instance already holds this configuration.',
  'cli.push.verified': 'Written and verified by reading the account back.',
  'cli.push.notVerified': 'Written, but the account read back differs (see below).',
  'cli.push.refused': 'refused, nothing was written. {reason}',
  'cli.restore.header': 'Restore of the account "{name}" on {url} from {file}:',
  'cli.restore.dryRun': 'Dry run: nothing was written. Run without --dry-run to put the account back.',
  'cli.restore.verified': 'Put back and verified by reading the account back.',
  'cli.restore.flagNotWithRestore': '{flag} does not go with --restore: a restore writes back exactly what the file saved.',

  // export
  'cli.summary.export': 'write a hand-over file (config json, Campaign package, encrypted bundle) from a config',
  'cli.help.export':
    "Usage: acc-ims export FILE --format json|package|bundle [--out F] [--force] [--secret-env VAR]\n                      [--passphrase-env VAR] [--no-secret] [--lang en|zh-Hant]\n\nValidates FILE and writes it for hand-over. Refuses an invalid config.\n\nFormats:\n  json      the config file itself, with defaults filled in; never contains the client secret\n  package   a Campaign data package for Tools > Advanced > Import package in the client console;\n            it updates the existing external account by internal name and never contains the\n            secret: type the secret in the console afterwards, then restart the Campaign server\n  bundle    one file for \"acc-ims import\": the config, plus the client secret encrypted under a\n            passphrase (scrypt, AES-256-GCM) when a secret is given by --secret-env or by the\n            config's keychain reference; encrypted whenever a passphrase is given\n\nOptions:\n  --format F            json | package | bundle (required)\n  --out F               where to write (atomically, into an existing folder); default: standard\n                        output (json, package); required for bundle\n  --force               replace the --out file if it exists (otherwise an existing file is kept)\n  --secret-env VAR      bundle: read the client secret from environment variable VAR instead of the\n                        keychain; ignored for json and package (the secret is never written in clear)\n  --passphrase-env VAR  bundle: read the passphrase (at least 12 characters) from environment variable VAR\n  --no-secret           bundle: leave the secret out even if the config references one\n  --lang en|zh-Hant     the language of the messages\n\nExit codes: 0 written, 1 invalid config or keychain problem, 2 bad usage or unreadable/unwritable file.\n\nExamples:\n  acc-ims export prod.acc-ims.json --format json --out handover.json\n  acc-ims export prod.acc-ims.json --format package --out prod-account.xml\n  ACC_IMS_PASSPHRASE='correct horse battery staple' \\\n    acc-ims export prod.acc-ims.json --format bundle --passphrase-env ACC_IMS_PASSPHRASE --out prod.accims",
  'cli.export.invalid': {
    one: '{file} is not a valid config ({count} error above); nothing was exported. Fix it, then run "acc-ims validate {file}".',
    other: '{file} is not a valid config ({count} errors above); nothing was exported. Fix it, then run "acc-ims validate {file}".',
  },
  'cli.check.invalidConfig': {
    one: '{file} is not a valid config ({count} error above); nothing was checked. Fix it, then run "acc-ims validate {file}".',
    other: '{file} is not a valid config ({count} errors above); nothing was checked. Fix it, then run "acc-ims validate {file}".',
  },
  'cli.export.formatMissing': '--format is required: json, package or bundle.',
  'cli.export.formatUnknown': '--format takes json, package or bundle.',
  'cli.export.bundleNeedsOut': '--out FILE is required for --format bundle (a bundle is a binary file), e.g. --out prod.accims.',
  'cli.export.noSecretConflict': '--no-secret and --secret-env contradict each other: give only one.',
  'cli.export.secretIgnoredJson':
    '--secret-env is ignored for --format json: the client secret is never written in clear. Use --format bundle to hand it over encrypted.',
  'cli.export.secretIgnoredPackage':
    '--secret-env is ignored for --format package: the package never carries the client secret. Type it in the console after the import.',
  'cli.export.packageReminder':
    'the package carries no client secret. After importing it, type the secret in the external account in the console, save, and restart the Campaign server.',
  'cli.export.wrote': 'Wrote {file}.',
  'cli.export.wroteBundleWithSecret': 'Wrote {file}: the config and the encrypted client secret.',
  'cli.export.wroteBundleEncrypted': 'Wrote {file}: the config, encrypted.',
  'cli.export.wroteBundlePlain': 'Wrote {file}: the config (no secret, not encrypted).',

  // import
  'cli.summary.import': 'read a hand-over file (bundle, config json, Campaign package) into a config; secret into the keychain',
  'cli.help.import':
    'Usage: acc-ims import FILE [--passphrase-env VAR] [--out F] [--force] [--secret-name NAME] [--lang en|zh-Hant]\n\nReads a hand-over file and writes a config that references the client secret in the OS keychain:\n  - a bundle made by "acc-ims export --format bundle": its integrity is checked before anything is\n    read; a carried secret is stored in the keychain\n  - a config JSON file: validated, then written\n  - a Campaign data package of the external account: its fields become a config (a secret in it is\n    encrypted by its instance and cannot be used)\nWrong passphrase, damaged, truncated or unknown files are refused and nothing is written.\n\nThe secret is stored under --secret-name, else the config\'s clientSecret.keychain name, else\n"acc-ims-wizard/<instance.name>"; the written config references that name.\n\nOptions:\n  --passphrase-env VAR  read the bundle\'s passphrase from environment variable VAR\n  --out F               where to write the config (atomically, into an existing folder); default:\n                        <name>.acc-ims.json next to FILE\n  --force               replace the --out file if it exists (otherwise an existing file is kept)\n  --secret-name NAME    keychain entry name for the secret, e.g. acc-ims-wizard/prod\n  --lang en|zh-Hant     the language of the messages\n\nExit codes: 0 imported, 1 invalid file, wrong passphrase or keychain problem, 2 bad usage or\nunreadable/unwritable file.\n\nExample:\n  ACC_IMS_PASSPHRASE=\'correct horse battery staple\' \\\n    acc-ims import prod.accims --passphrase-env ACC_IMS_PASSPHRASE --out prod.acc-ims.json',
  'cli.import.done': 'Imported {file} ({kind}) into {out}.',
  'cli.import.kind.bundle': 'bundle',
  'cli.import.kind.json': 'config JSON',
  'cli.import.kind.package': 'Campaign data package',
  'cli.import.secretStored': 'The client secret is in the keychain as "{name}"; the config references it.',
  'cli.import.secretReferenced': 'The config references the keychain entry "{name}".',

  // secret
  'cli.summary.secret': 'store, delete or list client secrets in the OS keychain',
  'cli.help.secret':
    'Usage: acc-ims secret set NAME      (the value is read from standard input)\n       acc-ims secret delete NAME\n       acc-ims secret list\n       Options: --lang en|zh-Hant\n\nKeeps IMS client secrets in the OS keychain (service "{service}", account NAME): macOS\nKeychain, Windows Credential Manager, or the Linux Secret Service (gnome-keyring, KWallet). A config\nrefers to it as "clientSecret": {reference}. The value is never taken from the command line:\ntype it at the hidden prompt or pipe it in (one trailing newline is dropped).\n\nExit codes: 0 done, 1 keychain unavailable or no such entry, 2 bad usage, 130 interrupted.\n\nExamples:\n  acc-ims secret set acc-ims-wizard/prod\n  printf %s "$CLIENT_SECRET" | acc-ims secret set acc-ims-wizard/prod\n  acc-ims secret delete acc-ims-wizard/prod',
  'cli.secret.actionMissing': 'say what to do: acc-ims secret set NAME, secret delete NAME or secret list.',
  'cli.secret.actionUnknown': 'unknown action: use set, delete or list.',
  'cli.secret.actionUnknownSuggest': 'unknown action; did you mean {suggestion}? Use set, delete or list.',
  'cli.secret.nameMissing': 'the entry NAME is missing: acc-ims secret {action} NAME (e.g. acc-ims-wizard/prod).',
  'cli.secret.stored': 'Stored the secret "{name}" in the OS keychain. Reference it in a config as "clientSecret": {reference}.',
  'cli.secret.notFound': 'the OS keychain has no secret named "{name}"; nothing was deleted. "acc-ims secret list" shows the stored names.',
  'cli.secret.deleted': 'Deleted the secret "{name}" from the OS keychain.',
  'cli.secret.noneStored': 'No secrets are stored for {service}.',

  // Other areas' messages in the CLI's own words (same params, the code in --json stays theirs)
  'cli.words.keychain.missingEntry':
    'The OS keychain has no secret named "{name}". Store it with: acc-ims secret set {command}  (the value is read from standard input).',
  'cli.words.handover.bundleNoSecret':
    'The bundle carries no client secret: the receiver stores it with "acc-ims secret set NAME" before pushing.',
  'cli.words.handover.packageSecretSkipped':
    'The package\'s client secret was not imported: it is encrypted with its instance\'s key. Store the secret with "acc-ims secret set NAME".',
  'cli.words.handover.noSecretCarried':
    'The file carried no client secret: store it as "{name}" with "acc-ims secret set {name}" before pushing.',
  'cli.words.handover.moreProblems': {
    one: '{count} more problem (run "acc-ims validate" for all)',
    other: '{count} more problems (run "acc-ims validate" for all)',
  },
} as const;
