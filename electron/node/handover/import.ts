import { basename, dirname, join, resolve } from 'node:path';
import { access } from 'node:fs/promises';
import { validateConfig } from '../../common/config/validate';
import type { AccImsConfig } from '../../common/config/schema';
import { WizardError } from '../../common/errors';
import {
  BUNDLE_MAGIC,
  decodeBundle,
  decodeBundlePayload,
  hasBundleMagic,
  PROTECTION_NONE,
  THE_FILE,
  truncated,
  type FileLabel,
} from '../../common/handover/bundle-format';
import { configFromPackage, parseAccountPackage } from '../../common/handover/package-xml';
import { defaultKeychainName, keychainNameProblem } from '../../common/keychain-name';
import { msg, type Message } from '../../common/messages/message';
import type { Problem } from '../../common/problems';
import { redactor } from '../../common/redact';
import { saveConfigFile } from '../files/config-file';
import { readFileCapped } from '../files/read-file';
import { osKeychain, type Keychain } from '../keychain/keychain';
import { openBundle } from './crypto';
import { summarizeProblems } from './export';
import { parseUrl } from '../../common/config/urls';

/**
 * Reads a hand-over file back into a config: a bundle (integrity first, then parse), a plain config
 * JSON, or a Campaign data package. A carried secret goes into the keychain; on any failure nothing
 * stays behind, neither the config file nor the keychain entry. `acc-ims import` and the desktop's
 * files.import both run `importHandover`.
 */

/** Bundles and configs are a few KB; this only keeps a wrong pick (a video…) out of memory. */
export const MAX_HANDOVER_BYTES = 2 * 1024 * 1024;

export type HandoverKind = 'bundle' | 'json' | 'package';

export interface HandoverInfo {
  kind: HandoverKind;
  /** True for a bundle that needs a passphrase to open. */
  encrypted: boolean;
}

/** What a file is, without opening it: lets the desktop app ask for a passphrase only when needed. */
export function inspectHandover(bytes: Uint8Array, fileLabel: FileLabel = THE_FILE): HandoverInfo {
  if (hasBundleMagic(bytes)) return { kind: 'bundle', encrypted: decodeBundle(bytes, fileLabel).protection !== PROTECTION_NONE };
  if (bytes.length > 0 && bytes.length < BUNDLE_MAGIC.length && BUNDLE_MAGIC.subarray(0, bytes.length).every((b, i) => bytes[i] === b)) {
    throw truncated(fileLabel);
  }
  const first = firstSignificantChar(bytes);
  if (first === '{') return { kind: 'json', encrypted: false };
  if (first === '<') return { kind: 'package', encrypted: false };
  throw new WizardError('invalid', msg('handover.import.notHandover', { file: fileLabel }));
}

/** inspectHandover on a file (read with the hand-over size cap). */
export async function inspectHandoverFile(path: string): Promise<HandoverInfo> {
  return inspectHandover(await readFileCapped(path, MAX_HANDOVER_BYTES, 'handover'), basename(path));
}

export interface ReadHandover {
  kind: HandoverKind;
  config: AccImsConfig;
  /** The client secret, when the file carried one (bundles only). */
  secret?: string;
  /** Set for a bundle made without a passphrase: nothing proves who made it or that it is unchanged. */
  unprotected?: Message;
  warnings: Problem[];
  notes: Message[];
}

/** Opens and validates a hand-over file held in memory. Writes nothing; throws only WizardError. */
export async function readHandover(bytes: Uint8Array, options: { passphrase?: string; fileLabel?: FileLabel } = {}): Promise<ReadHandover> {
  const label = options.fileLabel ?? THE_FILE;
  redactor.add(options.passphrase);
  const { kind, encrypted } = inspectHandover(bytes, label);
  const notes: Message[] = [];
  let rawConfig: unknown;
  let secret: string | undefined;
  let unprotected: Message | undefined;
  if (kind === 'bundle') {
    const payload = decodeBundlePayload(await openBundle(bytes, options.passphrase, label), label);
    if (!encrypted) {
      // acc-ims never writes this; a secret that travelled in clear must be treated as leaked, not stored.
      if (payload.clientSecret !== undefined) throw new WizardError('invalid', msg('handover.import.clearSecret', { file: label }));
      // A checksum catches damage, not a change made on purpose: the admin must know.
      unprotected = msg('handover.import.unprotected', { file: label });
      notes.push(unprotected);
    }
    rawConfig = payload.config;
    secret = payload.clientSecret;
    redactor.add(secret);
  } else {
    const text = decodeText(bytes, label);
    if (kind === 'json') {
      rawConfig = parseJson(text, label);
    } else {
      const parsed = parseAccountPackage(text, label);
      if (parsed.hadSecret) notes.push(msg('handover.import.packageSecretSkipped'));
      rawConfig = configFromPackage(parsed);
    }
  }
  const result = validateConfig(rawConfig);
  if (!result.valid || !result.config) {
    throw new WizardError('invalid', msg('handover.import.invalidConfig', { file: label, problems: summarizeProblems(result.errors) }));
  }
  return {
    kind,
    config: result.config,
    ...(secret === undefined ? {} : { secret }),
    ...(unprotected === undefined ? {} : { unprotected }),
    warnings: result.warnings,
    notes,
  };
}

export interface ImportRequest {
  path: string;
  passphrase?: string;
  /** Keychain name for the secret and the config's reference; default from the config (README, "Config format v1"). */
  secretName?: string;
  /** Where to write the config; default `<name>.acc-ims.json` next to the input; null: write no file. */
  outPath?: string | null;
  /** Where the secret goes; the OS keychain unless a caller wraps it. */
  keychain?: Keychain;
}

export interface ImportOutcome {
  kind: HandoverKind;
  config: AccImsConfig;
  /** Where the config was written, or null when the caller asked for no file. */
  outPath: string | null;
  secretStored: boolean;
  /** The keychain entry the config references, if any. */
  secretName?: string;
  /** True when a keychain entry of that name held another secret and now holds the imported one. */
  replacedSecret: boolean;
  /** The notice for that replacement (also in `notes`). */
  secretReplaced?: Message;
  /** The notice that the file was a bundle without a passphrase (also in `notes`). */
  unprotected?: Message;
  warnings: Problem[];
  /** Everything the admin should know, in order. */
  notes: Message[];
}

export async function importHandover(request: ImportRequest): Promise<ImportOutcome> {
  const keychain = request.keychain ?? osKeychain;
  const label = basename(request.path);
  const bytes = await readFileCapped(request.path, MAX_HANDOVER_BYTES, 'handover');
  const read = await readHandover(bytes, {
    ...(request.passphrase === undefined ? {} : { passphrase: request.passphrase }),
    fileLabel: label,
  });
  const outPath = request.outPath === null ? null : (request.outPath ?? (await defaultOutPath(request.path)));

  const secretName = chooseSecretName(read, request.secretName, label);
  const config: AccImsConfig = secretName
    ? { ...read.config, account: { ...read.config.account, clientSecret: { keychain: secretName } } }
    : read.config;
  const notes = [...read.notes];
  const host = instanceHost(config);
  if (read.secret === undefined && secretName) notes.push(await existingEntryNote(keychain, secretName));

  let secretReplaced: Message | undefined;
  let restore: (() => Promise<unknown>) | undefined;
  try {
    if (read.secret !== undefined && secretName) {
      const previous = await keychain.getSecret(secretName);
      redactor.add(previous);
      const previousHost = previous === null ? null : await keychain.getSecretHost(secretName);
      // Set before the write: a store that fails half-way (a timeout after the keychain took it) is undone too.
      restore =
        previous === null
          ? () => keychain.deleteSecret(secretName)
          : async () => {
              await keychain.setSecret(secretName, previous);
              if (previousHost !== null) await keychain.setSecretHost(secretName, previousHost);
            };
      await keychain.setSecret(secretName, read.secret);
      // The secret belongs to the instance the file was made for: another host gets it only on a yes.
      if (host !== undefined) await keychain.setSecretHost(secretName, host);
      if (previous !== null && previous !== read.secret) {
        secretReplaced = msg('handover.import.secretReplaced', { name: secretName });
        notes.push(secretReplaced);
      }
    }
    if (outPath !== null) await saveConfigFile(outPath, config);
  } catch (e) {
    // Nothing half-done: the keychain entry goes back to what it was before this import.
    await restore?.().catch(() => undefined);
    throw e;
  }
  return {
    kind: read.kind,
    config,
    outPath,
    secretStored: read.secret !== undefined,
    ...(secretName ? { secretName } : {}),
    replacedSecret: secretReplaced !== undefined,
    ...(secretReplaced ? { secretReplaced } : {}),
    ...(read.unprotected ? { unprotected: read.unprotected } : {}),
    warnings: read.warnings,
    notes,
  };
}

function instanceHost(config: AccImsConfig): string | undefined {
  return config.instance?.url ? parseUrl(config.instance.url)?.hostname : undefined;
}

/** An entry already on this computer is never adopted silently: the admin is told which one, and whose it is. */
async function existingEntryNote(keychain: Keychain, name: string): Promise<Message> {
  const existing = await keychain.getSecret(name).catch(() => null);
  if (existing === null) return msg('handover.import.noSecretCarried', { name });
  redactor.add(existing);
  const bound = await keychain.getSecretHost(name).catch(() => null);
  return bound === null ? msg('binding.importedExistingUnbound', { name }) : msg('binding.importedExisting', { name, bound });
}

/** The explicit name, else the config's own reference, else `acc-ims-wizard/<instance name>`. */
function chooseSecretName(read: ReadHandover, explicit: string | undefined, label: string): string | undefined {
  if (explicit !== undefined) {
    const problem = keychainNameProblem(explicit);
    if (problem) throw new WizardError('usage', problem);
    return explicit;
  }
  const ref = read.config.account.clientSecret?.keychain;
  if (ref) return ref;
  if (read.secret === undefined) return undefined;
  if (read.config.instance?.name) return defaultKeychainName(read.config.instance.name);
  throw new WizardError('usage', msg('handover.import.secretNeedsName', { file: label }));
}

/** `<stem>.acc-ims.json` next to the input; never silently replaces a file the admin did not name. */
async function defaultOutPath(input: string): Promise<string> {
  const stem = basename(input).replace(/(\.acc-ims)?\.(accims|json|xml)$/i, '') || 'imported';
  let target = join(dirname(input), `${stem}.acc-ims.json`);
  if (resolve(target) === resolve(input)) target = join(dirname(input), `${stem}.imported.acc-ims.json`);
  const exists = await access(target).then(
    () => true,
    () => false,
  );
  if (exists) throw new WizardError('usage', msg('handover.import.outExists', { path: target }));
  return target;
}

function decodeText(bytes: Uint8Array, label: FileLabel): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new WizardError('invalid', msg('handover.import.notUtf8', { file: label }));
  }
}

function parseJson(text: string, label: FileLabel): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    // Node's message quotes the text around the error, which could be a secret: keep only the position.
    const position = /position (\d+)/.exec(e instanceof Error ? e.message : '')?.[1];
    throw new WizardError(
      'invalid',
      position ? msg('handover.import.badJsonAt', { file: label, position }) : msg('handover.import.badJson', { file: label }),
    );
  }
}

function firstSignificantChar(bytes: Uint8Array): string | undefined {
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3; // UTF-8 byte order mark
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return i < bytes.length ? String.fromCharCode(bytes[i]!) : undefined;
}
