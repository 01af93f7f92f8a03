/** The package check (`check.package.*`) and the client id and secret checked with Adobe IMS (`ims.*`). */
export const ims = {
  'check.package.needsLogon': "Needs a logon: the installed packages and the integration's workflows are read from the instance.",
  'check.package.workflows':
    '"Integration with the Adobe Experience Cloud" is installed: its workflows {workflows} exist on the instance. Installed packages: {installed}.',
  'check.package.idOnly':
    '"Integration with the Adobe Experience Cloud" is likely installed, but confirm it in the console: the instance lists {ids}, a package id that may also be another package, and {workflows}. To confirm: Tools > Advanced > Import package > Install a standard package, where installed packages show greyed out. Installed packages: {installed}.',
  'check.package.none':
    '"Integration with the Adobe Experience Cloud" is not installed: no known package id ({ids}) is installed and {workflows}. Installed packages: {installed}. Install it in the console: Tools > Advanced > Import package > Install a standard package; the log must end with "Installation of packages successful".',
  'check.package.workflowsMissing': "the integration's workflows ({workflows}) were not found",
  'check.package.workflowsUnread': "the integration's workflows could not be read ({reason})",
  'check.package.workflowsUnknown': 'no answer',
  'check.package.installedList': '{ids}',
  'check.package.installedNone': 'none reported',
  'check.package.noList': 'not reported with an IMS bearer-token logon (log on with a login and password to see them)',
  'ims.target.badServer':
    'The IMS server "{value}" is not an https host: it must be like https://ims-na1.adobelogin.com. Fix account.imsServer.',
  'ims.target.badOverride': '--ims-url takes the base URL of a proxy or a test IMS, like https://ims-proxy.example.com, not "{value}".',
  'ims.target.overrideExtras':
    '--ims-url cannot carry a user name, password, query or fragment: give only the base URL, like https://ims-proxy.example.com.',
  'ims.target.plainHttp':
    '--ims-url: plain http is allowed only to this computer (127.0.0.1, ::1, localhost), never to {host}: the client secret would cross the network unencrypted. Use https.',
  'ims.target.overrideWarning':
    'the client id and secret go to {host} (--ims-url), not to the configured Adobe IMS {configured}. Use --ims-url only for your own proxy or a test IMS.',
  'ims.result.notRejected':
    'Adobe IMS did not reject the client id and secret; only a sign-in proves them. ({host} answered HTTP {status} "{error}" to a made-up authorization code, so no token was issued.)',
  'ims.result.invalidSecret':
    'Adobe IMS rejected the client secret of client id "{clientId}" ("invalid client_secret parameter"). Copy the secret again exactly as Adobe gave it, store it again and check once more.',
  'ims.result.invalidClientId':
    'Adobe IMS does not know the client id "{clientId}" ("invalid client_id parameter"). Check it against the one Adobe Customer Care gave you.',
  'ims.result.unexpected':
    '{host} answered HTTP {status} with {what}, not an Adobe IMS answer: the client id and secret were neither rejected nor accepted. Try again later; if it persists, check the IMS server and any proxy in between.',
  'ims.result.unexpectedNoStatus':
    '{host} answered with {what}, not an Adobe IMS answer: the client id and secret were neither rejected nor accepted. Check the IMS server and any proxy in between.',
  'ims.result.unreachable': 'Could not reach Adobe IMS at {host}: {reason}. Check the network (proxy, firewall), then try again.',
  'ims.answer.redirect': 'a redirect (not followed: the secret goes only to the IMS server)',
  'ims.answer.serverError': 'a server error',
  'ims.answer.html': 'an HTML page (a proxy or a login portal?)',
  'ims.answer.notJson': 'a body that is not JSON',
  'ims.answer.noError': 'JSON without an OAuth error',
  'ims.answer.tooLarge': 'more than {kb} KB',
  'ims.reason.timeout': 'no complete answer within {seconds} s',
  'ims.reason.dns': 'the host name does not resolve',
  'ims.reason.refused': 'the connection was refused',
  'ims.reason.unreachable': 'the network or host is unreachable',
  'ims.reason.reset': 'the connection was cut before the answer was complete',
  'ims.reason.tls':
    "the secure connection failed ({code}); behind a company proxy with its own CA, set NODE_EXTRA_CA_CERTS to that CA's PEM file",
  'ims.reason.other': 'the request failed ({code})',
  'ims.job': 'The check with Adobe IMS',
  'ims.cancelled': 'The check with Adobe IMS was cancelled.',
  'ims.config.notReady': {
    one: 'Fix the IMS server and the client id first ({count} problem).',
    other: 'Fix the IMS server and the client id first ({count} problems).',
  },
  'ims.cli.summary': 'ask Adobe IMS whether it rejects the client id or secret (no sign-in, no token)',
  'ims.cli.help':
    'Usage: acc-ims ims-check FILE [--secret-env VAR] [--ims-url URL] [--timeout SECONDS] [--json]\n                         [--lang en|zh-Hant]\n\nAsks Adobe IMS whether it rejects the client id and secret of the config FILE, without a sign-in:\none POST to <account.imsServer>/ims/token/v3 with a made-up authorization code, so no token is\never issued. The client id and secret travel only in the request body, never in a URL.\nAdobe IMS answering "invalid client_secret parameter" or "invalid client_id parameter" proves a\nwrong secret or an unknown client id; any other answer only means IMS did not reject them: only a\nsign-in proves them.\n\nOptions:\n  --secret-env VAR       read the client secret from VAR (default: the config\'s keychain\n                         reference, account.clientSecret.keychain)\n  --ims-url URL          send to this base URL instead of account.imsServer: your proxy or a test\n                         IMS (https; http only to 127.0.0.1/localhost). The secret goes there.\n  --timeout SECONDS      give up after this long (default {seconds})\n  --json                 print {jsonShape} on stdout\n\nExit codes: 0 IMS did not reject them, 1 IMS rejected the client id or the secret,\n2 IMS cannot be reached or gave no IMS answer, invalid config, or bad usage.\n\nExample:\n  acc-ims ims-check prod.acc-ims.json',
  'ims.cli.invalidConfig': {
    one: '{file} cannot be checked with Adobe IMS: it has {count} error (above). Fix it, then run "acc-ims validate {file}".',
    other: '{file} cannot be checked with Adobe IMS: it has {count} errors (above). Fix it, then run "acc-ims validate {file}".',
  },
  'ims.cli.noSecret':
    'No client secret to check: {file} has no keychain reference in account.clientSecret. Pass --secret-env VAR, or store it with "acc-ims secret set NAME" and write {keychainRef} there.',
  'ims.cli.timeoutInvalid': '--timeout takes a number of seconds between 1 and {max}.',
  'ims.desktop.noSecret': 'Store the client secret in the keychain first (the Client secret field above), then check with Adobe IMS.',
  'ims.ui.button': 'Check with Adobe IMS',
  'ims.ui.help':
    'Asks Adobe IMS whether it rejects this client id and secret, without signing in: one request to the IMS server with a made-up authorization code, so no token is issued.',
  'ims.ui.checking': 'Asking Adobe IMS…',
  'ims.ui.needsSecret': 'Store the client secret to check it with Adobe IMS.',
  'ims.ui.stale': 'The client id, secret or IMS server changed since this answer: check again.',
  'ims.ui.badge.notRejected': 'Not rejected',
  'ims.ui.badge.rejected': 'Rejected',
  'ims.ui.badge.noAnswer': 'No answer',
} as const;
