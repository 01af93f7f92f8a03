/** Where secrets may go: the instance a client secret belongs to, and never over plain http. */
export const security = {
  'binding.cliRefused':
    'The keychain entry "{name}" holds the client secret of {bound}, not of {host}: nothing was sent. If {host} is the same instance under another name, run again with --accept-instance {host}; otherwise check the config\'s instance.url and its keychain reference.',
  'binding.refused':
    'The client secret in "{name}" belongs to {bound}, so it was not sent to {host}. Check the instance URL; if {host} is the same instance under another name, push again and confirm.',
  'binding.confirm.title': 'Send the client secret to another instance?',
  'binding.confirm.message': 'The client secret in "{name}" was stored for {bound}. This push would send it to {host}.',
  'binding.confirm.detail':
    'Continue only if {host} is the same Campaign instance under another name, such as its internal address. A file you received could name a look-alike host to collect the secret.',
  'binding.confirm.send': 'Send to {host}',
  'binding.confirm.cancel': 'Do not send',
  'binding.importedExisting':
    'The config refers to the keychain entry "{name}", which was already on this computer (for {bound}); the import did not change it. Check that this is the secret you mean before pushing.',
  'binding.importedExistingUnbound':
    'The config refers to the keychain entry "{name}", which was already on this computer; the import did not change it. Check that this is the secret you mean before pushing.',
  'connection.httpCredentials':
    "Refused to send the password or token to {host} over plain http: anyone on the network could read it. Use the instance's https:// address (plain http is allowed only to this computer, such as 127.0.0.1).",
} as const;
