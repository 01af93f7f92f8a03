/** Config rules, the association mask tester and the build verdicts. */
export const rules = {
  // Field names, nested as {field} in the messages every field shares.
  'rule.subject.label': 'The label',
  'rule.subject.internalName': 'The internal name',
  'rule.subject.imsServer': 'The IMS server',
  'rule.subject.imsScope': 'The IMS scope',
  'rule.subject.clientId': 'The IMS client identifier',
  'rule.subject.keychain': 'The keychain entry name',
  'rule.subject.callbackServer': 'The callback server',
  'rule.subject.imsOrgId': 'The IMS organization ID',
  'rule.subject.associationMask': 'The association mask',
  'rule.subject.productContext': 'The product context',
  'rule.subject.server': 'The server',
  'rule.subject.tenant': 'The tenant',
  'rule.subject.instanceName': 'The instance name',
  'rule.subject.instanceUrl': 'The instance URL',

  'rule.field.required': '{field} is required.',
  'rule.field.notText': '{field} must be text, not {type}.',
  'rule.field.spaceAtStart': '{field} has a space at the start. Remove it.',
  'rule.field.spaceAtEnd': '{field} has a space at the end. Remove it.',
  'rule.field.control':
    '{field} contains the control character {codePoint} (a line break, tab or similar) at position {position} of {length}. Retype the value.',
  'rule.field.invisible':
    '{field} contains an invisible character, {codePoint}, at position {position} of {length} (it often comes along when a value is copied from a web page or document). Delete it, or type the value again.',

  'rule.schema.type.null': 'null',
  'rule.schema.type.list': 'a list',
  'rule.schema.type.object': 'an object',
  'rule.schema.type.string': 'a string',
  'rule.schema.type.number': 'a number',
  'rule.schema.type.boolean': 'a boolean',
  'rule.schema.type.other': 'a value of another kind',
  'rule.schema.invalidType': 'This field must be {expected}, not {type}. Check it against the config format in the README.',
  'rule.schema.missing': 'This field is missing: it must be {expected}. Check it against the config format in the README.',
  'rule.schema.invalidValue': 'This field must be {expected}. Check it against the config format in the README.',
  'rule.schema.unknownKeys': 'Unknown key {keys}. Remove it: check the config format in the README.',
  'rule.schema.invalid': 'This field does not follow the config format. Check it against the config format in the README.',

  'rule.document.notObject': 'A config must be a JSON object with "format": "{format}", not {type}.',
  'rule.document.formatMissing': 'This is not an acc-ims config: "format" is missing. It must be "{expected}".',
  'rule.document.formatWrong': 'This is not an acc-ims config: "format" is {actual}, expected "{expected}".',
  'rule.document.versionMissing': '"version" is missing. This acc-ims reads version {expected}.',
  'rule.document.versionUnsupported':
    'Config version {actual} is not supported: this acc-ims reads version {expected}. Use a newer acc-ims-wizard, or export the config again as version {expected}.',
  'rule.document.sectionNotObject': '"{key}" must be an object, not {type}.',
  'rule.document.accountMissing': '"account" is missing: it holds the external account fields (imsServer, clientId, …).',
  'rule.document.unknownKey': 'Unknown key "{key}". Remove it: "{parent}" has only {known}.',
  'rule.document.unknownKeyNear': 'Unknown key "{key}" (did you mean "{near}"?). Remove it: "{parent}" has only {known}.',
  'rule.document.unknownTopKey': 'Unknown key "{key}". Remove it: a config has only {known}.',
  'rule.document.unknownTopKeyNear': 'Unknown key "{key}" (did you mean "{near}"?). Remove it: a config has only {known}.',
  'rule.document.tooLarge': 'The file is {kb} KB; a config is a few KB. Check that you picked the right file.',
  'rule.document.notJson': 'The file is not valid JSON ({detail}). Fix the syntax, or export the config again from the wizard.',

  'rule.internalName.invalid':
    'The internal name "{value}" is not valid in Campaign: use letters, digits and "_", not starting with a digit (e.g. Adobe_Marketing_Cloud).',
  'rule.internalName.unusual':
    'The internal name is usually Adobe_Marketing_Cloud (or Adobe_Experience_Cloud). There must be exactly one account of this type: if the instance already has one, use its internal name.',

  'rule.imsServer.notUrl': '"{value}" is not a host name or URL. Use https://ims-na1.adobelogin.com.',
  'rule.imsServer.notHttps': 'The IMS server must use https, not {protocol}. Use https://ims-na1.adobelogin.com.',
  'rule.imsServer.hasPath': 'The IMS server is a host only, without a path ("{path}"). Use https://ims-na1.adobelogin.com.',
  'rule.imsServer.stage':
    '{host} is a stage IMS. Stage and production Campaign instances must both use the production IMS: https://ims-na1.adobelogin.com.',
  'rule.imsServer.port': 'The IMS server does not usually have a port (":{port}"). Remove it unless Adobe told you otherwise.',
  'rule.imsServer.undocumented':
    "{host} is not one of Adobe's documented IMS servers ({hosts}). Keep it only if Adobe Customer Care gave it to you.",
  'rule.imsServer.notAdobe': '{host} is not an Adobe IMS server. Use https://ims-na1.adobelogin.com (or adobeid-na1.services.adobe.com).',

  'rule.imsScope.spaces':
    'The IMS scope is a comma-separated list without spaces, e.g. "openid,AdobeID,read_organizations". Remove the spaces.',
  'rule.imsScope.emptyEntry': 'The IMS scope has an empty entry (two commas in a row, or a comma at an end). Remove it.',
  'rule.imsScope.badEntry':
    'The IMS scope entry "{entry}" has the character "{char}" ({codePoint}), which a scope cannot have. Use the scopes IMS provisioned for your client, separated by commas.',
  'rule.imsScope.missing': {
    one: 'The IMS scope lacks the required scope {scopes}; without it the Adobe ID login page may not load. Add {add} unless Adobe told you otherwise.',
    other:
      'The IMS scope lacks the {count} required scopes {scopes}; without them the Adobe ID login page may not load. Add {add} unless Adobe told you otherwise.',
  },
  'rule.imsScope.duplicate': 'The IMS scope lists "{entry}" twice. Remove the duplicate.',

  'rule.clientId.space':
    'The IMS client identifier has a space in it. Copy it again exactly as Adobe Customer Care gave it (e.g. Campaign1).',
  'rule.clientId.unusual':
    'The IMS client identifier "{value}" has the unusual character "{char}" ({codePoint}). Check it against the one Adobe Customer Care gave you.',

  'rule.clientSecret.inFile':
    'The client secret must not be written in the config file. Store it in the OS keychain ("acc-ims secret set NAME", value on standard input) and write {reference} here instead.',
  'rule.clientSecret.notReference': 'The client secret must be a keychain reference such as {reference}, not {type}.',
  'rule.clientSecret.keychainTooLong':
    'The keychain entry name is longer than {max} characters. Use a short name such as acc-ims-wizard/prod.',

  'rule.callbackServer.notUrl':
    '"{value}" is not a URL. The callback server is the https access URL of this Campaign instance, e.g. https://campaign.example.com.',
  'rule.callbackServer.notHttps': 'The callback server must use https, not {protocol}. Change it to {fix}.',
  'rule.callbackServer.hasPath':
    'The callback server is usually the instance\'s base URL, without a path ("{path}"). Check it matches the URL allowlisted with Adobe.',
  'rule.callbackServer.hostDiffers':
    "The callback server host ({host}) differs from the instance URL host ({instanceHost}). The callback must be this instance's access URL: check it is the one allowlisted for it.",
  'rule.callbackServer.stageForProd':
    'Instance "{name}" looks like production but the callback server {host} looks like a stage or test URL. A production instance must call back to its production URL.',
  'rule.imsOrgId.noSuffix':
    'The IMS organization ID must end with "@AdobeOrg": it is 24 letters or digits followed by "@AdobeOrg" (e.g. 0123456789ABCDEF01234567@AdobeOrg). Copy it from the Experience Cloud Admin Console.',
  'rule.imsOrgId.missingAt':
    'The IMS organization ID lacks the "@" before "AdobeOrg". Write it as 24 letters or digits, then "@AdobeOrg" (e.g. 0123456789ABCDEF01234567@AdobeOrg).',
  'rule.imsOrgId.manyAts':
    'The IMS organization ID has {count} "@" characters; it has exactly one, before "AdobeOrg". Copy it again from the Experience Cloud Admin Console.',
  'rule.imsOrgId.wrongSuffix':
    'The IMS organization ID ends with "{suffix}"; it must end with exactly "@AdobeOrg". Copy it again from the Experience Cloud Admin Console.',
  'rule.imsOrgId.suffixCase': 'The IMS organization ID ends with "{suffix}": write "@AdobeOrg" with exactly this capitalization.',
  'rule.imsOrgId.idChar':
    'The part before "@AdobeOrg" has the character "{char}" ({codePoint}) at position {position}; it may only have letters A–Z and digits 0–9. Copy the ID again from the Experience Cloud Admin Console.',
  'rule.imsOrgId.idLength': {
    one: 'The part before "@AdobeOrg" has {count} character; it must have exactly {expected} letters or digits. Copy the ID again from the Experience Cloud Admin Console.',
    other:
      'The part before "@AdobeOrg" has {count} characters; it must have exactly {expected} letters or digits. Copy the ID again from the Experience Cloud Admin Console.',
  },

  'rule.associationMask.spaceAtStart':
    'The association mask starts with a space. Remove it: Adobe\'s troubleshooting lists stray spaces as a cause of "Login does not have any right matching the expression".',
  'rule.associationMask.spaceAtEnd':
    'The association mask ends with a space. Remove it: Adobe\'s troubleshooting lists stray spaces as a cause of "Login does not have any right matching the expression".',
  'rule.associationMask.otherTenant':
    'The association mask names "{found}", but the tenant is "{tenant}". Product profile names carry the tenant they belong to: check that the mask uses yours (e.g. "Campaign - {tenant} - (.*)").',

  'rule.productContext.unusual':
    'The product context is usually dma_campaign_classic (or dma_campaign on builds without this field). "{value}" must match the Experience Cloud side exactly.',
  'rule.server.notUrl': '"{value}" is not a URL. The Adobe Marketing Cloud server is usually https://marketing.adobe.com.',
  'rule.server.notWeb': 'The server uses {protocol}, which is not a web address. Use https://{host}.',
  'rule.server.notHttps': 'The server uses plain http. Use https://{host}.',
  'rule.tenant.space':
    'The tenant is the Experience Cloud tenant name and has no spaces. Check it in the Experience Cloud URL or with Adobe.',
  'rule.tenant.unusual':
    'The tenant "{value}" has the unusual character "{char}" ({codePoint}). Check it against your Experience Cloud tenant name.',

  'rule.instanceName.invalid':
    'The instance name "{value}" may use letters, digits, ".", "_" and "-" (up to {max}), e.g. "prod" or "stage-eu".',
  'rule.instanceName.tooLong': 'The instance name is {length} characters long; keep it to {max} or fewer, e.g. "prod" or "stage-eu".',
  'rule.instanceUrl.notUrl': '"{value}" is not an http(s) URL. Use the instance\'s access URL, e.g. https://campaign.example.com.',
  'rule.instanceUrl.plainHttp':
    'The instance URL uses plain http: passwords would travel unencrypted. Use https unless this is a lab instance.',
  'rule.instanceUrl.credentials':
    'The instance URL contains a user name or password. Remove them: credentials are asked for when connecting.',
  'rule.instanceUrl.hasPath': 'The instance URL is usually the base URL, without a path ("{path}").',
  'rule.consoleBuild.invalid':
    'The console build is a positive whole number, not {value}. Read it in the client console under Help > About (e.g. 9364).',
  'rule.consoleBuild.quoted': 'The console build is written as text ("{value}"); write it as a number without quotes: {build}.',
  'rule.consoleBuild.notNumber':
    'The console build must be a number, not {type}. Read it in the client console under Help > About (e.g. 9364).',
  'rule.consoleBuild.unknown':
    'Build {build} is not in the table of known Campaign releases. Check it in the client console under Help > About.',
  'rule.consoleBuild.ims': 'Console: {verdict}',

  // The association mask (analysis and tester).
  'mask.empty': 'The association mask is empty. Enter a pattern such as "Campaign - <tenant> - (.*)".',
  'mask.tooLong': 'The association mask is {length} characters long; keep it to {max} or fewer.',
  'mask.spaceAtStart':
    'The association mask starts with a space. Remove it: the Experience Cloud profile names would have to contain it too.',
  'mask.spaceAtEnd': 'The association mask ends with a space. Remove it: the Experience Cloud profile names would have to contain it too.',
  'mask.control':
    'The association mask contains the control character {codePoint} (a line break, tab or similar) at position {position}. Type the mask again on one line.',
  'mask.lookalikeDash':
    'The association mask has "{char}" ({codePoint}) at position {position}, a look-alike of the hyphen that word processors put in by autocorrect. Type a plain hyphen "-" instead: product profile names use it.',
  'mask.lookalikeSpace':
    'The association mask has a look-alike space, {codePoint}, at position {position} of {length} (word processors and web pages put these in). Type a plain space instead: product profile names use it.',
  'mask.invisible':
    'The association mask contains an invisible character, {codePoint}, at position {position} of {length}. Delete it, or type the mask again.',
  'mask.invalidRegex':
    'The association mask is not a valid regular expression ({detail}). Check brackets and escape special characters such as "(" with "\\(".',
  'mask.noCapture':
    'The association mask has no capture group. Put "(.*)" where the Campaign operator group name appears, e.g. "Campaign - acme - (.*)".',
  'mask.manyCaptures':
    'The association mask has {count} capture groups; it needs exactly one, around the Campaign operator group name. Make the others non-capturing with "(?:…)".',
  'mask.grammar.allowed':
    'A mask may contain fixed text, escaped characters such as "\\(" or "\\.", character classes such as "[a-z]", fixed alternatives such as "(?:acme|demo)", "^" at the start, "$" at the end, and exactly one capture group: "(.*)", "(.+)" or a class with "*" or "+", such as "([a-z_]+)".',
  'mask.grammar.trailingBackslash':
    'The association mask ends with "{construct}" (position {position}), which escapes nothing. Remove it, or write "\\\\" for a backslash. {allowed}',
  'mask.grammar.backreference': 'The association mask uses the backreference "{construct}" at position {position}. {allowed}',
  'mask.grammar.escape':
    'The association mask uses "{construct}" at position {position}, an escape the mask grammar does not accept. {allowed}',
  'mask.grammar.choiceText':
    'The alternatives of a "(?:…)" group may only be fixed text, but there is "{construct}" at position {position}. {allowed}',
  'mask.grammar.unclosedClass': 'The character class "{construct}" at position {position} has no closing "]". {allowed}',
  'mask.grammar.emptyClass': 'The character class "{construct}" at position {position} is empty and can match nothing. {allowed}',
  'mask.grammar.range':
    'The range "{construct}" at position {position} runs backwards or has no end. Write it from the lower character to the higher one, e.g. "a-z". {allowed}',
  'mask.grammar.anchor':
    'The association mask has "{construct}" at position {position}; "^" may only start a mask and "$" only end it. {allowed}',
  'mask.grammar.group':
    'The association mask uses the group "{construct}" at position {position} (a lookaround or a named group). {allowed}',
  'mask.grammar.dot':
    'The association mask has "{construct}" at position {position}, which matches any character; outside the capture group write "\\." for a literal dot. {allowed}',
  'mask.grammar.alternation':
    'The association mask has "{construct}" at position {position} outside a group. Put alternatives in a group such as "(?:acme|demo)". {allowed}',
  'mask.grammar.unmatchedParen':
    'The association mask has "{construct}" at position {position} without a matching "(". Remove it, or write "\\)" for a literal parenthesis. {allowed}',
  'mask.grammar.quantifier':
    'The association mask repeats something with "{construct}" at position {position}. Only the capture group may repeat, as in "(.*)"; everything else is fixed text, because repeats elsewhere can make matching hang. {allowed}',
  'mask.grammar.special':
    'The association mask has "{construct}" at position {position}, a special character. Write "\\{construct}" to match it literally. {allowed}',
  'mask.grammar.nested': 'The association mask has a group inside a group ("{construct}" at position {position}). {allowed}',
  'mask.grammar.unclosedGroup': 'The group "{construct}" at position {position} has no closing ")". {allowed}',
  'mask.grammar.captureBody':
    'The capture group "{construct}" at position {position} must be "(.*)", "(.+)" or a character class with "*" or "+", such as "([a-z_]+)". {allowed}',
  'mask.grammar.combinations':
    'The "(?:…)" groups of the association mask allow {count} combinations of alternatives; at most {max} are allowed. Use fewer alternatives.',
  'mask.doubleSpace': 'The association mask has two spaces in a row. Check that the Experience Cloud profile names have them too.',
  'mask.placeholder':
    'The association mask still contains the placeholder "{placeholder}" from Adobe\'s example. Replace it with your tenant.',
  'mask.matchesAll':
    'The association mask "{mask}" matches every Experience Cloud profile of the organization. Add the fixed prefix your profiles use, e.g. "Campaign - acme - (.*)".',
  'mask.profileTooLong': 'The profile name is longer than {max} characters.',
  'mask.emptyCapture': 'The mask matches, but the captured operator group name is empty.',
  'mask.unusualGroup':
    '"{group}" is not a usual Campaign internal name (letters, digits and "_", not starting with a digit). Check that an operator group with exactly this internal name exists.',
  'mask.noMatch': '"{profile}" does not match the mask, so it maps to no operator group.',
  'mask.noMatchCase': '"{profile}" does not match the mask, so it maps to no operator group. Upper and lower case differ from "{prefix}".',
  'mask.noMatchSpaces': '"{profile}" does not match the mask, so it maps to no operator group. The spaces differ from "{prefix}".',
  'mask.noMatchPrefix': '"{profile}" does not match the mask, so it maps to no operator group. It should start with "{prefix}".',

  // Builds: how a build is named inside other messages, then the verdicts.
  'build.name': 'build {build}',
  'build.nameRelease': 'build {build} ({version})',
  'build.nameReleaseV8': 'build {build} (v8 {version})',
  'build.upgrade': "Install the client console of build {build} (Adobe's download for your release) and check Help > About.",
  'build.withIms': '{verdict} {ims}',
  'build.console.missing':
    'The console build was not given. Read it in the client console under Help > About and enter it (or pass --console-build N).',
  'build.console.serverUnknown':
    'Console {console}: the server build is unknown, so the two cannot be compared. Connect to the instance or enter the server build.',
  'build.console.same': 'Console {console}, server {server}: the same build.',
  'build.console.differentVersion': 'Console {console}, server {server}: console and server must be on the same version. {upgrade}',
  'build.console.v8': 'Console {console}, server {server}: Campaign v8 requires the console build to equal the server build. {upgrade}',
  'build.console.mandatory':
    'Console {console}, server {server}: release {version} makes the client console upgrade mandatory, so the builds must be equal. {upgrade}',
  'build.console.differentBuilds':
    'Console {console}, server {server}: same version, different builds. Adobe strongly recommends the same build. {upgrade}',
  'build.console.farApart': 'Console {console}, server {server}: these builds are too far apart to be the same version. {upgrade}',
  'build.console.uncertain':
    'Console {console}, server {server}: at least one build is not in the table of known releases, so it is not certain they are the same version. {upgrade}',
  'build.ims.supported': '{build} supports IMS login.',
  'build.ims.supportedWebView2':
    '{build} supports IMS login. From 7.3.1 the console login page needs the Microsoft Edge WebView2 runtime on each admin workstation.',
  'build.ims.v8':
    '{build} is Campaign v8, which runs only as Adobe Managed Cloud Service: Adobe configures IMS there, so there is nothing to set up with this wizard. The wizard is for Campaign v7 on-premise and hybrid instances.',
  'build.ims.goldStandard':
    'Gold Standard build 9032: IMS login needs Gold Standard 11 or later. Check the Gold Standard level in Help > About.',
  'build.ims.tooOld':
    '{build} is too old for IMS login: upgrade the server and console to 21.1.3 or later (7.4.1 recommended for IMS migration).',
  'build.ims.olderThanAll':
    '{build} is older than every Campaign release that allows IMS login (the oldest is Gold Standard 11, build {oldest}): upgrade the server and console to 21.1.3 or later (7.4.1 recommended for IMS migration).',
  'build.ims.unknownRelease':
    "{build} is not a known release. IMS login needs Gold Standard 11, 21.1.3, 20.2.5, 20.1.4, 19.2.4 or later: check Adobe's release notes for this build.",
} as const;
