/** Sign-in readiness: operators, groups, product profiles, the Admin Console users file. */
export const readiness = {
  // Operator problems (JSON codes email-missing, email-invalid, email-duplicate).
  'readiness.email-missing':
    'Operator "{login}" has no e-mail. Add a unique e-mail in the console (Administration > Access Management > Operators > {login} > Contact points): IMS sign-in matches operators by e-mail.',
  'readiness.email-invalid':
    'Operator "{login}" has an e-mail the Admin Console will not accept ("{email}"). Correct it in the console (Administration > Access Management > Operators > {login} > Contact points).',
  'readiness.email-duplicate':
    'Operator "{login}" shares the e-mail "{email}" with {others} (compared ignoring case). Give each operator their own e-mail in the console (Administration > Access Management > Operators > Contact points).',
  'readiness.email-duplicate-many':
    'Operator "{login}" shares the e-mail "{email}" with {others} and {count} more (compared ignoring case). Give each operator their own e-mail in the console (Administration > Access Management > Operators > Contact points).',
  // Group problems (JSON codes profile-admin, profile-underivable, group-empty).
  'readiness.profile-admin':
    'The product profile "{profile}" (group "{group}") contains "admin": Adobe grants everyone in it access to Control Panel. Check that this is meant before creating it in the Admin Console.',
  'readiness.profile-underivable': 'No product profile name can be derived for group "{group}": {reason}',
  'readiness.group-empty': 'Group "{group}" has no operators. Its product profile is needed only if operators will join it.',
  'readiness.underivable.syntax':
    'the association mask has regular-expression syntax ("{syntax}") outside its capture group, so it does not spell out one name. Write the mask as fixed text around one "(.*)", or name the profiles yourself so the mask captures each group name.',
  'readiness.underivable.noMatch':
    'the association mask does not match "{profile}": its capture group does not accept this group name. Widen the group, e.g. "(.*)".',
  'readiness.underivable.otherCapture':
    'matched against "{profile}", the association mask captures "{captured}", not the group name. Make the text around the capture group fixed, e.g. "Campaign - acme - (.*)".',
  // The association mask as a whole.
  'readiness.mask.empty':
    'The association mask is empty. Give it with --mask, e.g. "Campaign - acme - (.*)", or a config whose account.associationMask is set.',
  'readiness.mask.invalid':
    'The association mask "{mask}" is not a valid regular expression ({detail}). Check brackets, and escape special characters such as "(" with "\\(".',
  'readiness.mask.noGroup':
    'The association mask "{mask}" has no capture group. Put "(.*)" where the operator group name appears, e.g. "Campaign - acme - (.*)".',
  'readiness.mask.manyGroups':
    'The association mask "{mask}" has {count} capture groups; it needs exactly one, around the operator group name. Make the others non-capturing with "(?:…)".',
  // Reading the instance ("… while {step}").
  'readiness.step.operators': 'reading the operators (xtk:operator)',
  'readiness.step.groups': 'reading the operator groups (xtk:group)',
  'readiness.step.memberships': 'reading the group memberships (xtk:operatorGroup)',
  'readiness.read.cancelled': 'Cancelled while reading the operators; nothing was decided or written.',
  'readiness.read.missingTable':
    "{host} answered the query on {schema} without its list ({element}), so the operators cannot be judged; nothing was decided or written. Check that the URL is the instance's access URL and that the operator may read {schema}.",
  'readiness.read.missingAttribute':
    "{host} answered the query on {schema} with a record that lacks {attribute}, so the operators cannot be judged; nothing was decided or written. Check that the URL is the instance's access URL, not a proxy page.",
  'readiness.read.ignoresPaging':
    "{host} sent the same {schema} records again for the next page (it ignores startLine), so the full list cannot be read; nothing was decided or written. Check that the URL is the instance's access URL.",
  'readiness.read.tooMany': '{host} sent more than {max} {schema} records; that is not a real instance. Check the instance URL.',
  'readiness.read.noOperators':
    'The instance returned no operators, although "{login}" is one: the answer was filtered or wrong, so nothing was decided or written. Log on with an operator of the Administrators group.',
  'readiness.read.duplicateGroups':
    'The instance returned several operator groups with the internal name {names}; internal names are unique on a real instance, so the groups cannot be matched to profiles and nothing was decided or written. Check the instance URL.',
  'readiness.notAdmin':
    'The operator "{login}" is not an administrator, so it may not see every operator; nothing was read. Log on with an operator of the Administrators group.',
  // The Admin Console users file.
  'readiness.csv.written': { one: 'Wrote {count} user to {path}.', other: 'Wrote {count} users to {path}.' },
  'readiness.csv.split':
    'Wrote {count} users in {files} files of at most {max} rows each (the Admin Console takes at most {max} rows a file; upload each): {paths}.',
  'readiness.csv.skipped': {
    one: '{count} enabled operator was left out of the users file: fix their e-mail first, then write the file again.',
    other: '{count} enabled operators were left out of the users file: fix their e-mail first, then write the file again.',
  },
  // acc-ims operators (flags and text output).
  'readiness.cli.commandSummary':
    'sign-in readiness of the operators and groups: product profile names, e-mail problems, the Admin Console users file',
  'readiness.cli.help': `Usage: acc-ims operators --instance URL --user U --password-env VAR (--config FILE | --mask MASK)
                         [--csv FILE] [--separator ,|;] [--identity-type T] [--json] [--lang en|zh-Hant]

Reads the instance's operators (xtk:operator, real operators only), operator groups (xtk:group) and
memberships (xtk:operatorGroup), page by page, and tells what stands between them and Adobe ID
sign-in. Reads only; writes nothing on the instance.
  operators    authentication (native or IMS), disabled, and e-mail problems: missing, invalid, or
               shared with another operator (ignoring case). Every enabled native operator needs a
               valid, unique e-mail.
  groups       the product profile name each group maps to: the association mask with the group's
               internal name in place of its capture group. A name containing "admin" grants
               Control Panel access. Create these profiles in the Admin Console.
  --csv FILE   the Admin Console "Add users by CSV" file: one row per enabled operator with a
               valid, unique e-mail, with their product profiles. Over 25,000 users it is split
               into numbered files (FILE-1.csv, FILE-2.csv, …).

Options:
{connection}
  --mask MASK            the association mask, e.g. "Campaign - acme - (.*)"
  --config FILE          take the mask from this config file (account.associationMask)
  --csv FILE             write the Admin Console users file (UTF-8, RFC 4180)
  --separator , or ;     the CSV separator (default ","; Excel in some locales expects ";")
  --identity-type T      "Federated ID" (default), "Enterprise ID" or "Adobe ID"

Exit codes: 0 ready, 1 problems found (or the operator may not read the operators), 2 the instance
cannot be reached, its answer cannot be read, or bad usage.

Example:
  ACC_PASSWORD=… acc-ims operators --instance https://campaign.example.com --user admin --password-env ACC_PASSWORD --mask "Campaign - acme - (.*)" --csv users.csv`,
  'readiness.cli.usage.mask':
    'Give the association mask with --mask MASK (e.g. --mask "Campaign - acme - (.*)") or with --config FILE, not both.',
  'readiness.cli.usage.noMask':
    'operators needs the association mask: --mask MASK (e.g. --mask "Campaign - acme - (.*)") or --config FILE.',
  'readiness.cli.usage.config':
    '{path} is not a valid config, so its association mask cannot be used. Run acc-ims validate {path} to see why, or give --mask MASK.',
  'readiness.cli.usage.credentials':
    'operators needs an operator to log on with: --user LOGIN with --password-env VAR (or --bearer-env VAR on v8.5+).',
  'readiness.cli.usage.separator': '--separator takes "," or ";", not "{value}".',
  'readiness.cli.usage.identityType': '--identity-type takes {allowed}, not "{value}".',
  'readiness.cli.usage.positional':
    'operators takes no file (got "{value}"): give the instance with --instance URL and the mask with --mask or --config.',
  'readiness.cli.heading': 'Sign-in readiness of {url}',
  'readiness.cli.summary':
    'Operators: {operators} ({native} native, {ims} IMS, {disabled} disabled); {missingEmail} without e-mail, {duplicateEmail} sharing an e-mail.',
  'readiness.cli.groups': {
    one: '{count} operator group, with its product profile name:',
    other: '{count} operator groups, with their product profile names:',
  },
  'readiness.cli.members': { one: '{count} operator', other: '{count} operators' },
  'readiness.cli.noProfile': '(no name)',
  'readiness.cli.blocking': {
    one: '{count} enabled native operator to fix before IMS sign-in:',
    other: '{count} enabled native operators to fix before IMS sign-in:',
  },
  'readiness.cli.notBlocking': {
    one: '{count} disabled or IMS operator also has an e-mail problem (not blocking; see --json).',
    other: '{count} disabled or IMS operators also have an e-mail problem (not blocking; see --json).',
  },
  'readiness.cli.ready': 'Ready: every enabled native operator has a valid, unique e-mail and every group has a product profile name.',
  'readiness.cli.notReady': 'Not ready: fix the problems above, then run acc-ims operators again.',
  'readiness.cli.next':
    'Next: create the users (--csv FILE) and the product profiles above in the Admin Console; each operator ticks "Connect with an Adobe ID" in their console\'s connection settings; restart the server. Restrict native logins in serverConf.xml only after that.',
  // The desktop's readiness step.
  'step.readiness.title': 'Sign-in readiness',
  'step.readiness.lead': 'What each operator needs before signing in with an Adobe ID: e-mails, product profiles, the users file.',
  'readiness.job': 'Reading the operators',
  'readiness.dialog.saveCsv': 'Save the Admin Console users file',
  'readiness.dialog.csvFilter': 'CSV file',
  'readiness.desktop.credentials':
    'Enter the login and password of a Campaign operator of the Administrators group (Instance step) to read the operators.',
  'readiness.ui.ims.title': 'Adobe IMS and the client id and secret',
  'readiness.ui.read.title': 'Operators and groups of the instance',
  'readiness.ui.read.help':
    'Reads every operator, operator group and membership of {url}, page by page. Reads only; writes nothing on the instance.',
  'readiness.ui.read.run': 'Read the operators',
  'readiness.ui.read.again': 'Read again',
  'readiness.ui.read.needsPassword': 'Enter the operator password on the Instance step first: it is kept only while the app is open.',
  'readiness.ui.read.busy': 'Reading the operators',
  'readiness.ui.stage.logon': 'Logging on',
  'readiness.ui.stage.read-operators': 'Reading the operators',
  'readiness.ui.stage.read-groups': 'Reading the operator groups',
  'readiness.ui.stage.read-memberships': 'Reading the group memberships',
  'readiness.ui.stage.logoff': 'Logging off',
  'readiness.ui.summary.title': 'Summary',
  'readiness.ui.summary.ready':
    'Ready: every enabled native operator has a valid, unique e-mail and every group has a product profile name.',
  'readiness.ui.summary.notReady': {
    one: 'Not ready: {count} enabled native operator needs an e-mail fix, or a group has no profile name.',
    other: 'Not ready: {count} enabled native operators need an e-mail fix, or a group has no profile name.',
  },
  'readiness.ui.summary.counts':
    '{operators} operators: {native} native, {ims} IMS, {disabled} disabled; {missingEmail} without e-mail, {duplicateEmail} sharing an e-mail.',
  'readiness.ui.groups.title': 'Product profiles to create in the Admin Console',
  'readiness.ui.groups.help':
    'Create one product profile per group with exactly this name (no extra spaces, same case), then assign users to it.',
  'readiness.ui.groups.caption': 'Operator groups and their product profile names',
  'readiness.ui.groups.group': 'Group',
  'readiness.ui.groups.profile': 'Product profile name',
  'readiness.ui.groups.members': 'Operators',
  'readiness.ui.groups.noProfile': 'No name can be derived',
  'readiness.ui.controlPanel.title': {
    one: '{count} profile grants Control Panel access',
    other: '{count} profiles grant Control Panel access',
  },
  'readiness.ui.controlPanel.text':
    'Adobe gives everyone in a product profile whose name contains "admin" access to Campaign Control Panel. Assign only the people who should have it.',
  'readiness.ui.copy': 'Copy',
  'readiness.ui.copied': 'Copied',
  'readiness.ui.copiedWhat': 'Copied: {what}',
  'readiness.ui.copyAll': { one: 'Copy {count} profile name', other: 'Copy all {count} profile names' },
  'readiness.ui.copyProfile': 'Copy the product profile name of group {group}',
  'readiness.ui.ops.title': 'Operators',
  'readiness.ui.ops.fixWhere':
    'Fix e-mails in the client console: Administration > Access Management > Operators > (operator) > Contact points. Then read again.',
  'readiness.ui.ops.caption': 'Operators and their problems',
  'readiness.ui.ops.filter': 'Show',
  'readiness.ui.ops.filter.all': 'All operators',
  'readiness.ui.ops.filter.problems': 'With a problem',
  'readiness.ui.ops.filter.email-missing': 'E-mail missing',
  'readiness.ui.ops.filter.email-invalid': 'E-mail invalid',
  'readiness.ui.ops.filter.email-duplicate': 'E-mail shared',
  'readiness.ui.ops.filter.disabled': 'Disabled',
  'readiness.ui.ops.filter.ims': 'IMS operators',
  'readiness.ui.ops.search': 'Search login, name or e-mail',
  'readiness.ui.ops.shown': { one: '{count} of {total} operators shown', other: '{count} of {total} operators shown' },
  'readiness.ui.ops.scroll': 'Operator rows (scroll with the arrow keys)',
  'readiness.ui.ops.col.name': 'Login and name',
  'readiness.ui.ops.col.email': 'E-mail',
  'readiness.ui.ops.col.status': 'Sign-in',
  'readiness.ui.ops.col.problems': 'Problems',
  'readiness.ui.ops.native': 'Native',
  'readiness.ui.ops.ims': 'IMS',
  'readiness.ui.ops.disabled': 'disabled',
  'readiness.ui.problem.email-missing': 'no e-mail',
  'readiness.ui.problem.email-invalid': 'invalid e-mail',
  'readiness.ui.problem.email-duplicate': 'shared e-mail',
  'readiness.ui.csv.title': 'Admin Console users file',
  'readiness.ui.csv.help':
    'One row per enabled operator with a valid, unique e-mail, with their product profiles. Upload it in the Admin Console: Users > Add users by CSV. Over 25,000 users it is split into numbered files.',
  'readiness.ui.csv.identityType': 'Identity type',
  'readiness.ui.csv.separator': 'Separator',
  'readiness.ui.csv.comma': 'Comma (,)',
  'readiness.ui.csv.semicolon': 'Semicolon (;), for Excel in some locales',
  'readiness.ui.csv.save': 'Save the users file…',
  'readiness.ui.csv.saved': { one: 'Saved {count} user.', other: 'Saved {count} users.' },
  'readiness.ui.offline.title': 'Product profile names for your groups',
  'readiness.ui.offline.label': 'Operator group internal names',
  'readiness.ui.offline.help':
    'Paste the internal names of your operator groups (Administration > Access Management > Operator groups), one per line. Nothing leaves this computer.',
  'readiness.ui.next.title': 'Then, in this order',
  'readiness.ui.next.emails': 'Give every native operator a unique e-mail in the console (Contact points).',
  'readiness.ui.next.adminConsole':
    'In the Admin Console, create the product profiles above and the users (the users file), and assign them.',
  'readiness.ui.next.connect':
    'On each workstation, every operator ticks "Connect with an Adobe ID" in the console\'s connection settings: it is a setting of the console, not of the operator, so this tool cannot set it.',
  'readiness.ui.next.restart': 'Restart the Campaign server.',
  'readiness.ui.serverConf.title': 'Optional last step: restrict native logins',
  'readiness.ui.serverConf.orderTitle': 'Only after every operator can sign in with IMS',
  'readiness.ui.serverConf.order':
    'Turned on too early, this locks out the operators whose e-mail is not fixed yet. Keep the four allowed operators: admin, aemserver, campaign-loginmonitor and internal|monitoring.',
  'readiness.ui.serverConf.where': 'Add this under <serverConf><shared> in serverConf.xml on the server, then restart:',
  'readiness.ui.serverConf.copy': 'Copy the serverConf.xml snippet',
  'readiness.ui.serverConf.effect':
    'The first line makes native operators read-only in the console; the second blocks API and console logins of native operators, except the allowed ones.',
} as const;
