/** Restore points: the account as it was before a push changed it, and putting it back. */
export const restore = {
  'file.kind.restore': 'restore file',
  'restore.saved.cli':
    'The account as it was before this push is saved in {file}. To put it back: acc-ims push --restore {file} --instance {url} --user LOGIN --password-env VAR',
  'restore.saved.desktop': 'The account as it was before this push is saved in {file}. "Undo the last push" puts it back.',
  'restore.how.cli':
    'The account as it was is saved in {file}; if the instance now holds a half-changed account, put it back with: acc-ims push --restore {file} --instance {url} --user LOGIN --password-env VAR',
  'restore.how.desktop':
    'The account as it was is saved in {file}; if the instance now holds a half-changed account, "Undo the last push" on the Output step puts it back.',
  'restore.halfway': '{reason} {how}',
  'restore.fileExists':
    '{file} already exists, and a restore file is never replaced (it may be the only copy of an older state). Name another file, or move the old one away.',
  'restore.notRestoreFile': '{file} is not an acc-ims restore file, or it is damaged. Pick the .restore.json file that the push named.',
  'restore.otherInstance':
    'The restore file {file} holds an account of {saved}, not of {target}: nothing was sent. Restore it to the instance it came from.',
  'restore.otherInstanceName':
    'The restore file {file} holds an account of the instance "{saved}", but this address answers as "{target}": nothing was written. Restore it to the instance it came from.',
  'restore.undeclared':
    "The restore file {file} has fields that this instance's external accounts do not have ({attributes}), so it was saved on another build or instance: nothing was written.",
  'restore.alreadyAsSaved': 'The account "{name}" already holds what the restore file saved: nothing was written.',
  'restore.undo.button': 'Undo the last push',
  'restore.undo.confirmTitle': 'Put the account back as it was?',
  'restore.undo.confirmText':
    'This writes the account "{name}" back on {host} as it was before your push, including its previous client secret, then reads it back to check.',
  'restore.undo.confirm': 'Put it back',
  'restore.undo.cancel': 'Keep the pushed account',
  'restore.undo.done':
    'The account "{name}" is back as it was before the push, and reading it back matches. Restart the Campaign server so it uses it.',
  'restore.undo.notVerified': 'The account "{name}" was written back, but reading it back shows differences (see below).',
  'restore.undo.nothing': 'There is no push to undo in this session.',
} as const;
