import { basename, dirname, join, resolve } from 'node:path';
import { access } from 'node:fs/promises';
import { validateConfig } from '../../common/config/validate';
import type { AccImsConfig } from '../../common/config/schema';
import { WizardError } from '../../common/errors';
import { BUNDLE_MAGIC, decodeBundle, decodeBundlePayload, hasBundleMagic, PROTECTION_NONE } from '../../common/handover/bundle-format';
import { configFromPackage, parseAccountPackage } from '../../common/handover/package-xml';
import type { Problem } from '../../common/problems';
import { redactor } from '../../common/redact';
import { saveConfigFile } from '../files/config-file';
import { readFileCapped } from '../files/read-file';
import { deleteSecret, getSecret, setSecret } from '../keychain/keychain';
import { openBundle } from './crypto';
import { summarizeErrors } from './export';

/**
 * Reads a hand-over file back into a config: a bundle (integrity first, then parse), a plain config
 * JSON, or a Campaign data package. A carried secret goes into the keychain; on any failure nothing
 * stays behind, neither the config file nor the keychain entry.
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
export function inspectHandover(bytes: Uint8Array, fileLabel = 'The file'): HandoverInfo {
  if (hasBundleMagic(bytes)) return { kind: 'bundle', encrypted: decodeBundle(bytes, fileLabel).protection !== PROTECTION_NONE };
  if (bytes.length > 0 && bytes.length < BUNDLE_MAGIC.length && BUNDLE_MAGIC.subarray(0, bytes.length).every((b, i) => bytes[i] === b)) {
    throw new WizardError('invalid', `${fileLabel} is truncated (shorter than an acc-ims bundle header). Copy the whole file again.`);
  }
  const first = firstSignificantChar(bytes);
  if (first === '{') return { kind: 'json', encrypted: false };
  if (first === '<') return { kind: 'package', encrypted: false };
  throw new WizardError(
    'invalid',
    `${fileLabel} is not a hand-over file: expected an acc-ims bundle, a config JSON file or a Campaign data package (XML).`,
  );
}

export interface ReadHandover {
  kind: HandoverKind;
  config: AccImsConfig;
  /** The client secret, when the file carried one (bundles only). */
  secret?: string;
  warnings: Problem[];
  notes: string[];
}

/** Opens and validates a hand-over file held in memory. Writes nothing; throws only WizardError. */
export async function readHandover(bytes: Uint8Array, options: { passphrase?: string; fileLabel?: string } = {}): Promise<ReadHandover> {
  const label = options.fileLabel ?? 'The file';
  redactor.add(options.passphrase);
  const { kind } = inspectHandover(bytes, label);
  const notes: string[] = [];
  let rawConfig: unknown;
  let secret: string | undefined;
  if (kind === 'bundle') {
    const payload = decodeBundlePayload(await openBundle(bytes, options.passphrase, label), label);
    if (payload.clientSecret !== undefined && !inspectHandover(bytes, label).encrypted) {
      // acc-ims never writes this; a secret that travelled in clear must be treated as leaked, not stored.
      throw new WizardError('invalid', `${label} carries a client secret without encryption, so it was not imported. Ask the sender for a bundle made with a passphrase, and to have the secret changed.`);
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
      if (parsed.hadSecret) notes.push("The package's client secret was not imported: it is encrypted with its instance's key. Store the secret with \"acc-ims secret set\".");
      rawConfig = configFromPackage(parsed);
    }
  }
  const result = validateConfig(rawConfig);
  if (!result.valid || !result.config) {
    throw new WizardError('invalid', `${label} holds an invalid config, nothing was imported: ${summarizeErrors(result.errors)}`);
  }
  return { kind, config: result.config, ...(secret === undefined ? {} : { secret }), warnings: result.warnings, notes };
}

export interface ImportRequest {
  path: string;
  passphrase?: string;
  /** Keychain name for the secret and the config's reference; default from the config (DESIGN.md). */
  secretName?: string;
  /** Where to write the config; default `<name>.acc-ims.json` next to the input; null: write no file. */
  outPath?: string | null;
}

export interface ImportOutcome {
  kind: HandoverKind;
  config: AccImsConfig;
  /** Where the config was written, or null when the caller asked for no file. */
  outPath: string | null;
  secretStored: boolean;
  /** The keychain entry the config references, if any. */
  secretName?: string;
  /** True when a keychain entry of that name existed and now holds the imported secret. */
  replacedSecret: boolean;
  warnings: Problem[];
  notes: string[];
}

export async function importHandover(request: ImportRequest): Promise<ImportOutcome> {
  const label = basename(request.path);
  const bytes = await readFileCapped(request.path, MAX_HANDOVER_BYTES, 'hand-over file');
  const read = await readHandover(bytes, { passphrase: request.passphrase, fileLabel: label });
  const outPath = request.outPath === null ? null : request.outPath ?? (await defaultOutPath(request.path));

  const secretName = chooseSecretName(read, request.secretName);
  const config: AccImsConfig = secretName
    ? { ...read.config, account: { ...read.config.account, clientSecret: { keychain: secretName } } }
    : read.config;
  const notes = [...read.notes];
  if (read.secret === undefined && secretName) {
    notes.push(`The file carried no client secret: store it under "${secretName}" with "acc-ims secret set ${secretName}" before pushing.`);
  }

  let replacedSecret = false;
  let restore: (() => Promise<void>) | undefined;
  if (read.secret !== undefined) {
    if (!secretName) {
      throw new WizardError('usage', `${label} carries a client secret but its config names no keychain entry or instance: choose one with --secret-name NAME.`);
    }
    const previous = await getSecret(secretName).catch(() => null);
    await setSecret(secretName, read.secret);
    replacedSecret = previous !== null && previous !== undefined && previous !== read.secret;
    restore = previous === null || previous === undefined ? () => deleteSecret(secretName).then(() => undefined) : () => setSecret(secretName, previous);
    if (replacedSecret) notes.push(`The keychain entry "${secretName}" held another secret; it now holds the imported one.`);
  }
  try {
    if (outPath !== null) await saveConfigFile(outPath, config);
  } catch (e) {
    // Nothing half-done: the secret goes back to what it was before this import.
    await restore?.().catch(() => undefined);
    throw e;
  }
  return {
    kind: read.kind,
    config,
    outPath,
    secretStored: read.secret !== undefined,
    ...(secretName ? { secretName } : {}),
    replacedSecret,
    warnings: read.warnings,
    notes,
  };
}

/** --secret-name, else the config's own reference, else one derived from the instance name. */
function chooseSecretName(read: ReadHandover, explicit: string | undefined): string | undefined {
  if (explicit !== undefined) {
    // eslint-disable-next-line no-control-regex
    if (explicit.length === 0 || explicit.length > 200 || /[\u0000-\u001f\u007f]/.test(explicit)) {
      throw new WizardError('usage', 'The keychain entry name must be 1 to 200 characters without control characters, e.g. "acc-ims-wizard/prod".');
    }
    return explicit;
  }
  const ref = read.config.account.clientSecret?.keychain;
  if (ref) return ref;
  if (read.secret !== undefined && read.config.instance?.name) return `acc-ims-wizard/${read.config.instance.name}`;
  return undefined;
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
  if (exists) throw new WizardError('usage', `${target} already exists: choose where to write the config with --out FILE.`);
  return target;
}

function decodeText(bytes: Uint8Array, label: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new WizardError('invalid', `${label} is not UTF-8 text, so it is not a config JSON file or a Campaign package. Check that you picked the right file.`);
  }
}

function parseJson(text: string, label: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    // Node's message quotes the text around the error, which could be a secret: keep only the position.
    const position = /position (\d+)/.exec(e instanceof Error ? e.message : '')?.[1];
    throw new WizardError('invalid', `${label} is not valid JSON (syntax error${position ? ` at character ${position}` : ''}). Fix the syntax, or export the config again.`);
  }
}

function firstSignificantChar(bytes: Uint8Array): string | undefined {
  let i = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3; // UTF-8 byte order mark
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  return i < bytes.length ? String.fromCharCode(bytes[i]!) : undefined;
}
