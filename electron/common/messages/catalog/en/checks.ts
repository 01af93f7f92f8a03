/** Instance checks, push plans, notes and verification, connection and SOAP failures. */
export const checks = {
  // How the admin acts where they are: the CLI names its flags, the desktop its controls (campaign/wording.ts).
  'wording.cli.replaceSecret': 'pass --replace-secret',
  'wording.cli.updateExisting': 'pass --update-existing',
  'wording.cli.giveSecret': 'pass --secret-env VAR or set account.clientSecret.keychain in the config',
  'wording.cli.compareAgain': 'compare again (push --dry-run)',
  'wording.cli.trustCa': 'pass its certificate with --ca FILE (PEM)',
  'wording.cli.moreTime': 'allow more time with --timeout SECONDS',
  'wording.cli.logOn': 'Pass --user LOGIN with --password-env VAR (or --bearer-env VAR with an IMS token on v8.5+)',
  'wording.cli.createAccount': '"acc-ims push" creates it',
  'wording.cli.fixAccount': 'Fix it with "acc-ims push" or in the console',
  'wording.desktop.replaceSecret': 'tick "Replace the client secret on the instance" in the Review step',
  'wording.desktop.updateExisting': 'tick "Update the existing account" in the Review step',
  'wording.desktop.giveSecret': 'store it in the External account step',
  'wording.desktop.compareAgain': 'compare again in the Review step',
  'wording.desktop.trustCa': 'start the wizard with the environment variable NODE_EXTRA_CA_CERTS set to its certificate file (PEM)',
  'wording.desktop.moreTime': 'try again when the instance is less busy',
  'wording.desktop.logOn': 'Enter the login and password of an operator with administration rights',
  'wording.desktop.createAccount': 'The push in the Output step creates it',
  'wording.desktop.fixAccount': "Fix it with this wizard's push or in the console",

  // Small pieces other messages are made of.
  'check.quoted': '"{text}"',
  'check.quotedWithLabel': '"{name}" ({label})',
  'check.sentences': '{first} {rest}',
  'check.none': 'none',

  'check.notChecked.unreachable': 'Not checked: the instance cannot be reached.',

  'check.reachable.ok': '{url} answered status OK.',
  'check.reachable.okInstance': '{url} answered status OK (instance {instance}).',
  'check.reachable.badStatus':
    '{url} answered status "{status}" instead of OK: the web server is up but reports a problem. Check the Campaign web process (nlserver web) and its logs.',
  'check.reachable.http':
    "{url} answered HTTP {status}: this address does not serve the health check, which comes from the web front (not Tomcat on :8080). Use the instance's public access URL; the SOAP checks go on anyway.",
  'check.reachable.notRedir':
    '{url} answered, but not with a Campaign health status: check that {instance} is the Campaign instance itself and not a portal or proxy page.',

  'check.server-build.unknown':
    'The instance reported no build, neither in /r/test nor at logon. Read it in the console under Help > About and compare it with the IMS requirements (21.1.3, Gold Standard 11 or later).',
  'check.server-build.needsLogon': '/r/test does not show the build on this instance. {logOn} so the build can be read from the session.',
  'check.server-build.fromTest': 'Server build {build}, reported by /r/test: {verdict}',
  'check.server-build.fromLogon': 'Server build {build}, reported at logon: {verdict}',

  'check.console-build.compared': '{verdict}',
  'check.console-build.installed': 'Console build {build} read from the installed console ({where}). {verdict}',
  'check.console-build.notFound': '{verdict} {note}',
  'check.console-build.notWindows':
    'The client console runs on Windows; read its build there under Help > About and pass --console-build N.',
  'check.console-build.notInstalled':
    'No client console was found in the usual folders ({folders}); pass --console-build N from Help > About.',

  'check.logon.notAttempted': 'No credentials were given. {logOn} to check the logon, the package and the account.',
  'check.logon.asBearer': 'with the IMS bearer token',
  'check.logon.asLogin': 'as "{login}"',
  'check.logon.rightsUnknown':
    'Logged on {how}. The instance did not report the operator\'s rights; editing external accounts needs the "{right}" right.',
  'check.logon.noAdmin':
    'Logged on {how}, but this operator lacks the "{right}" right (rights: {rights}), so it cannot edit external accounts. Use an operator of the Administrators group.',
  'check.logon.ok': 'Logged on {how}, with the "{right}" right.',

  'check.account.typeAmbiguous':
    'The instance has several external account types labelled like the IMS one ({matches}). Pick the right one with --account-type N.',
  'check.account.typeValue': '"{label}" = {value}',
  'check.account.typeMissing':
    'The instance has no external account type labelled "Adobe Experience Cloud" or "Adobe Marketing Cloud" (enumeration nms:extAccount:type): install the package "Integration with the Adobe Experience Cloud" first. If the type exists under another label, give its number with --account-type N.',
  'check.account.typeOverride': 'type {value}',
  'check.account.needsLogon': 'Needs a logon: the external accounts are read from the instance.',
  'check.account.none':
    'No external account of type "{label}" (type {type}) exists yet. {createAccount}, or create it in Administration > Platform > External accounts.',
  'check.account.several':
    '{count} external accounts of type "{label}" (type {type}) exist: {names}. There must be exactly one: keep one, delete the others in Administration > Platform > External accounts, then restart the Campaign server.',
  'check.account.broken': 'The account "{name}" of type "{label}" (type {type}) would not work: {problems} {fixAccount}.',
  'check.account.remarks': 'The account "{name}" of type "{label}" (type {type}) exists, with remarks: {problems}',
  'check.account.ok': 'The account "{name}" of type "{label}" (type {type}) exists, is enabled, and its fields follow Adobe\'s rules.',
  'check.account.problem': '{field}: {problem}',
  'check.account.more': '(and {count} more)',
  'check.account.secretEmpty': 'The IMS client secret is empty.',
  'check.account.disabled': 'The account is not enabled (the "Enabled" box is unticked).',
  'check.account.enabledField': 'Enabled',

  'push.refused.duplicates':
    'The instance has {count} external accounts of type "{label}" ({names}); there must be exactly one. Delete the extra ones in Administration > Platform > External accounts, keep one, then push again.',
  'push.refused.otherName':
    'The instance already has the "{label}" account under the internal name "{existing}", but the config says "{wanted}". A second account would break IMS sign-in. Either {updateExisting} to update "{existing}" (its internal name stays), or set account.internalName to "{existing}" in the config.',
  'push.refused.sameNameOtherType':
    'An external account named "{name}" already exists with another type (type {type}, label "{label}"); writing would overwrite it. Choose another account.internalName in the config.',
  'push.refused.missingField':
    'This instance\'s external accounts have no "{label}" field (@{attribute}), so it cannot hold an IMS account: check the server build and the "Integration with the Adobe Experience Cloud" package (the instance checks show both), then try again.',
  'push.refused.replaceWithoutSecret': 'Replacing the client secret was asked for, but no secret was given: {giveSecret}.',
  'push.refused.noSecret':
    'The account has no client secret on the instance and none was given: {giveSecret}, with the secret Adobe Customer Care issued.',
  'push.unknownType': 'unknown',
  'push.note.updatingExisting':
    'Updating the existing account "{existing}"; its internal name stays "{existing}" (the config says "{wanted}").',
  'push.note.fieldAbsent': 'This instance\'s external accounts have no "{label}" field (@{attribute}): "{field}" is not written.',
  'push.note.secretKeptNoneGiven': 'No client secret was given: the one already on the instance is kept.',
  'push.note.secretKept':
    'The instance already has a client secret; it is kept. Campaign stores it encrypted, so it cannot be compared with yours: {replaceSecret} to overwrite it.',
  'push.note.nothingToWrite': 'The account on the instance already matches the config: nothing was written.',
  'push.note.restart':
    'Restart the Campaign server (all nlserver processes, e.g. "nlserver restart web" on each web server) so it uses the new external account settings.',
  'push.warning.otherInstance':
    'Connecting to {host}, but the config was prepared for instance {configured}. Check that this is the instance you mean.',
  'push.warning.callbackElsewhere':
    "The callback server ({callback}) is not the host connected to ({host}). That is fine behind a load balancer or public alias; otherwise the callback must be this instance's access URL.",
  'push.verify.differs':
    'The write was accepted, but reading the account back shows differences: {mismatches}. Check the account in the console (Administration > Platform > External accounts).',
  'push.verify.notFound': 'the account could not be found after the write',
  'push.verify.value': '{field}: wrote "{wrote}", read back "{got}"',
  'push.verify.secret': 'clientSecret: the encrypted secret read back differs from the one written',

  'connection.url.invalid': '"{text}" is not an instance URL. Give it as https://campaign.example.com (http:// only for a lab instance).',
  'connection.url.credentials': 'The instance URL contains a user name or password. Remove them from the URL. {logOn}.',
  'connection.url.plainHttp':
    '{host} is reached over plain http: the password and the client secret travel unencrypted. Use https unless this is a lab instance.',
  'connection.url.extraIgnored': 'The query or fragment of the instance URL ({extra}) is ignored.',
  'connection.needPassword': 'Enter the password of the operator "{login}".',
  'connection.needCredentials':
    'Enter the login and password of a Campaign operator with administration rights to read and write the external account.',
  'connection.sdkMissing':
    "Adobe's Campaign SDK (@adobe/acc-js-sdk) could not be loaded. Reinstall acc-ims-wizard (npm install in its folder).",
  'connection.unknownCode': 'unknown error',
  'connection.ms': '{count} ms',
  'connection.seconds': '{count} s',
  'connection.timeout':
    '{host} did not answer within {time} while {step}. The instance may be overloaded, or a firewall drops the traffic: check the URL, or {moreTime}.',
  'connection.dns':
    'The host name {host} cannot be found (DNS {code}). Check the instance URL for typos, and that this machine can resolve it (VPN, proxy).',
  'connection.refused':
    'Nothing is listening at {hostPort} (connection refused). Check the instance URL and port, and that the Campaign web server is running.',
  'connection.unreachable': '{host} cannot be reached from this machine ({code}). Check the network, VPN or proxy, and the instance URL.',
  'connection.reset':
    "{host} closed the connection while {step} before answering. A proxy or firewall may cut the traffic, or the server restarted: try again, and check the instance's web server logs if it persists.",
  'connection.tooLarge':
    "{host} sent an answer over 32 MB while {step}: that is not a Campaign SOAP answer. Check that the URL is the instance's access URL.",
  'connection.other': 'The connection to {host} failed while {step} ({code}). Check the instance URL.',
  'connection.failed': 'Something failed on {host} while {step}: {text}.',
  'connection.cancelled': 'Cancelled while {step}.',
  'connection.cancelledWrite': 'Cancelled while {step}. The write may still reach the instance: {compareAgain} before pushing once more.',
  'connection.mayHaveLanded': '{failure} The write may have reached the instance: {compareAgain} before pushing once more.',
  'connection.tls.expired':
    "The TLS certificate of {host} has expired. Ask the instance's administrators to renew it; the tool does not connect to an instance it cannot authenticate.",
  'connection.tls.notYetValid': "The TLS certificate of {host} is not valid yet: check this machine's clock and date.",
  'connection.tls.wrongHost':
    "The TLS certificate presented by {host} is issued for another host name. Use the instance's URL exactly as its certificate names it.",
  'connection.tls.untrusted':
    "The TLS certificate of {host} is not signed by a trusted authority ({code}). If the instance uses your company's private CA, {trustCa}; the tool never turns certificate checks off.",
  'connection.tls.other':
    "The secure connection to {host} failed ({code}). Check that the URL uses the right scheme and port (https://); if the instance uses your company's private CA, {trustCa}.",
  'connection.tls.envIgnored':
    "NODE_TLS_REJECT_UNAUTHORIZED=0 is set in the environment: it is ignored, and the instance's certificate is still checked. Remove that variable; if the instance uses your company's private CA, {trustCa}.",
  'connection.http.denied':
    "{host} answered HTTP {status} while {step}: access is denied before Campaign itself (an IP allowlist or a proxy). Ask the instance's administrators to allow this machine's address.",
  'connection.http.notFound':
    "{host} answered HTTP {status} while {step}: there is no Campaign SOAP router at this address. Use the instance's access URL (the one the client console connects to), without a path.",
  'connection.http.serverError':
    "{host} answered HTTP {status} while {step}, without a SOAP fault: the web server or a proxy in front of Campaign failed. Try again; if it persists, check the instance's web server logs.",
  'connection.http.other': "{host} answered HTTP {status} while {step}. Check that the URL is the instance's access URL.",

  'soap.step.probe': 'asking for /r/test',
  'soap.step.logon': 'logging on',
  'soap.step.readSchema': 'reading the external account schema (nms:extAccount)',
  'soap.step.readAccounts': 'reading the external accounts',
  'soap.step.readWorkflows': 'reading the workflows (xtk:workflow)',
  'soap.step.readBack': 'reading the account back',
  'soap.step.encryptSecret': 'encrypting the client secret on the instance',
  'soap.step.writeAccount': 'writing the external account',
  'soap.shape.elements': 'more than {count} elements',
  'soap.shape.attributes': 'an element with more than {count} attributes',
  'soap.shape.depth': 'elements nested more than {count} deep',
  'soap.implausible':
    "{host} sent an answer with {shape} while {step}: that is not a Campaign SOAP answer, so it was not read. Check that the URL is the instance's access URL.",
  'soap.dtd':
    "{host} sent an answer with a document type declaration (<!DOCTYPE or <!ENTITY) while {step}. Campaign never sends one, and its entities can exhaust this computer's memory, so the answer was not read. Check that the URL is the instance's access URL, not a proxy or an impostor.",
  'soap.sessionExpired':
    '{host} says the session has expired or is invalid while {step}. Log on again; if it repeats at once, the instance may restrict sessions to known IP addresses (security zones).',
  'soap.notCampaign':
    "{host} did not answer like a Campaign instance while {step}: {text}. Check that the URL is the instance's access URL, not a portal or proxy page.",
  'soap.unexpected':
    "{host} did not answer like a Campaign instance while {step}: {what}. Check that the URL is the instance's access URL, not a portal or proxy page.",
  'soap.unexpected.missingParts': 'the answer lacks elements or values every Campaign answer has',
  'soap.unexpected.notEncrypted': 'what it returned is not an encrypted secret ("@" followed by base64), so nothing was written',
  'soap.noReason': 'no reason given.',
  'soap.logonRefused':
    "{host} refused the logon: {fault} Check the login and password (the operator must be allowed to log on from this address by the instance's security zones).",
  'soap.logonRefusedAs':
    '{host} refused the logon of "{login}": {fault} Check the login and password (the operator must be allowed to log on from this address by the instance\'s security zones).',
  'soap.fault':
    "{host} answered with a SOAP fault while {step} ({method}): {fault} The code and text are the instance's own: its administrators can look them up in the server logs.",
  'soap.faultRights':
    '{host} answered with a SOAP fault while {step} ({method}): {fault} The operator may lack the rights for it: use an operator of the Administrators group.',
} as const;
