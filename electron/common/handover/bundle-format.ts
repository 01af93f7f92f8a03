import { WizardError } from '../errors';
import { msg, type Message, type ParamValue } from '../messages/message';

/**
 * The hand-over bundle container, format version 1 (README "Bundle format"). Pure byte layout: the
 * cryptography (scrypt, AES-256-GCM, SHA-256) lives in electron/node/handover/crypto.ts, so this file
 * can be shared with any reader. Every integer is big-endian.
 *
 *   offset size  field
 *   0      8     magic 89 41 43 43 49 4D 53 0A  (0x89 "ACCIMS" LF: catches text-mode transfers)
 *   8      1     format version = 1
 *   9      1     protection: 0 = none (SHA-256 checksum), 1 = scrypt + AES-256-GCM
 *   protection 0:
 *   10     32    SHA-256 of bytes 0..9 followed by the payload
 *   42     ...   payload (UTF-8 JSON)
 *   protection 1:
 *   10     1     scrypt log2(N)
 *   11     1     scrypt r
 *   12     1     scrypt p
 *   13     16    salt
 *   29     12    AES-GCM nonce
 *   41     ...   ciphertext of the payload, then the 16-byte GCM tag; associated data = bytes 0..40
 */
export const BUNDLE_MAGIC = Uint8Array.of(0x89, 0x41, 0x43, 0x43, 0x49, 0x4d, 0x53, 0x0a);
export const BUNDLE_VERSION = 1;
export const BUNDLE_EXTENSION = '.accims';

export const PROTECTION_NONE = 0;
export const PROTECTION_SCRYPT_AES256GCM = 1;

export const SHA256_LENGTH = 32;
export const SALT_LENGTH = 16;
export const NONCE_LENGTH = 12;
export const GCM_TAG_LENGTH = 16;
export const KEY_LENGTH = 32;

/** What this tool writes: scrypt at the cost the issue asks for (about 128 MiB, a few hundred ms). */
export const SCRYPT_DEFAULT = { log2N: 17, r: 8, p: 1 } as const;
// A file chooses its own cost; these bounds keep a hostile file from weakening or exhausting us.
export const SCRYPT_MIN_LOG2N = 17;
export const SCRYPT_MIN_R = 8;
export const SCRYPT_MAX_P = 4;
export const SCRYPT_MAX_MEMORY = 256 * 1024 * 1024;

const PREFIX_LENGTH = 10; // magic + version + protection
const PLAIN_HEADER_LENGTH = PREFIX_LENGTH + SHA256_LENGTH;
const SEALED_HEADER_LENGTH = PREFIX_LENGTH + 3 + SALT_LENGTH + NONCE_LENGTH;

/** How messages name the file: its base name, or "The file" when there is none. */
export type FileLabel = Extract<ParamValue, string | Message>;
export const THE_FILE: Message = msg('handover.theFile');

export interface ScryptParams {
  log2N: number;
  r: number;
  p: number;
}

export type BundleContainer =
  | {
      protection: typeof PROTECTION_NONE;
      /** Bytes 0..9: covered by the checksum together with the payload. */
      checked: Uint8Array;
      checksum: Uint8Array;
      payload: Uint8Array;
    }
  | {
      protection: typeof PROTECTION_SCRYPT_AES256GCM;
      scrypt: ScryptParams;
      salt: Uint8Array;
      nonce: Uint8Array;
      /** The exact header bytes (0..40): the AES-GCM associated data. */
      header: Uint8Array;
      ciphertext: Uint8Array;
      tag: Uint8Array;
    };

export function hasBundleMagic(bytes: Uint8Array): boolean {
  // Stryker disable next-line ConditionalExpression: equivalent, every() fails a shorter array anyway (undefined is no byte)
  return bytes.length >= BUNDLE_MAGIC.length && BUNDLE_MAGIC.every((b, i) => bytes[i] === b);
}

/** Memory scrypt needs for these parameters, in bytes (128·N·r, plus the p-parallel block). */
export function scryptMemory({ log2N, r, p }: ScryptParams): number {
  return 128 * 2 ** log2N * r + 128 * r * p;
}

/** Null when the parameters are acceptable; 'weak' below the minimum cost, 'costly' above what we allow. */
export function scryptParamsProblem(params: ScryptParams): 'weak' | 'costly' | null {
  const { log2N, r, p } = params;
  if (log2N < SCRYPT_MIN_LOG2N || r < SCRYPT_MIN_R || p < 1) return 'weak';
  // Stryker disable next-line EqualityOperator: equivalent, no r >= 8 and p >= 1 needs exactly 256 MiB
  if (p > SCRYPT_MAX_P || scryptMemory(params) > SCRYPT_MAX_MEMORY) return 'costly';
  return null;
}

/** Bytes 0..9: the part every bundle shares. */
function prefix(protection: number): Uint8Array {
  const out = new Uint8Array(PREFIX_LENGTH);
  out.set(BUNDLE_MAGIC, 0);
  out[8] = BUNDLE_VERSION;
  out[9] = protection;
  return out;
}

/** The bytes a checksum covers for an unprotected bundle: the shared prefix then the payload. */
export function plainChecksumInput(payload: Uint8Array): Uint8Array {
  return concatBytes(prefix(PROTECTION_NONE), payload);
}

export function encodePlainBundle(checksum: Uint8Array, payload: Uint8Array): Uint8Array {
  if (checksum.length !== SHA256_LENGTH) throw new RangeError('checksum must be 32 bytes');
  return concatBytes(prefix(PROTECTION_NONE), checksum, payload);
}

/** The associated data of a sealed bundle; encrypt with it, then append ciphertext and tag. */
export function encodeSealedHeader(scrypt: ScryptParams, salt: Uint8Array, nonce: Uint8Array): Uint8Array {
  if (salt.length !== SALT_LENGTH || nonce.length !== NONCE_LENGTH) throw new RangeError('salt must be 16 bytes and nonce 12');
  const problem = scryptParamsProblem(scrypt);
  if (problem) throw new RangeError(`scrypt parameters are too ${problem}`);
  const out = new Uint8Array(SEALED_HEADER_LENGTH);
  out.set(prefix(PROTECTION_SCRYPT_AES256GCM), 0);
  out[10] = scrypt.log2N;
  out[11] = scrypt.r;
  out[12] = scrypt.p;
  out.set(salt, 13);
  out.set(nonce, 13 + SALT_LENGTH);
  return out;
}

export function encodeSealedBundle(header: Uint8Array, ciphertext: Uint8Array, tag: Uint8Array): Uint8Array {
  if (tag.length !== GCM_TAG_LENGTH) throw new RangeError('tag must be 16 bytes');
  return concatBytes(header, ciphertext, tag);
}

/**
 * Splits a bundle into its parts, checking everything that can be checked without a key. Throws
 * WizardError('invalid') naming what is wrong; never looks inside the payload.
 */
export function decodeBundle(bytes: Uint8Array, fileLabel: FileLabel = THE_FILE): BundleContainer {
  if (!hasBundleMagic(bytes)) {
    throw invalid(msg('handover.bundle.notBundle', { file: fileLabel }));
  }
  if (bytes.length < PREFIX_LENGTH) throw truncated(fileLabel);
  const version = bytes[8]!;
  if (version !== BUNDLE_VERSION) {
    throw invalid(msg('handover.bundle.unknownVersion', { file: fileLabel, version, supported: BUNDLE_VERSION }));
  }
  const protection = bytes[9]!;
  if (protection === PROTECTION_NONE) {
    if (bytes.length < PLAIN_HEADER_LENGTH) throw truncated(fileLabel);
    return {
      protection,
      checked: bytes.slice(0, PREFIX_LENGTH),
      checksum: bytes.slice(PREFIX_LENGTH, PLAIN_HEADER_LENGTH),
      payload: bytes.slice(PLAIN_HEADER_LENGTH),
    };
  }
  if (protection === PROTECTION_SCRYPT_AES256GCM) {
    if (bytes.length < SEALED_HEADER_LENGTH + GCM_TAG_LENGTH) throw truncated(fileLabel);
    const scrypt = { log2N: bytes[10]!, r: bytes[11]!, p: bytes[12]! };
    const problem = scryptParamsProblem(scrypt);
    if (problem === 'weak') {
      throw invalid(msg('handover.bundle.weakKdf', { file: fileLabel, ...scrypt, minLog2N: SCRYPT_MIN_LOG2N, minR: SCRYPT_MIN_R }));
    }
    if (problem === 'costly') throw invalid(msg('handover.bundle.costlyKdf', { file: fileLabel, ...scrypt }));
    return {
      protection,
      scrypt,
      salt: bytes.slice(13, 13 + SALT_LENGTH),
      nonce: bytes.slice(13 + SALT_LENGTH, SEALED_HEADER_LENGTH),
      header: bytes.slice(0, SEALED_HEADER_LENGTH),
      ciphertext: bytes.slice(SEALED_HEADER_LENGTH, bytes.length - GCM_TAG_LENGTH),
      tag: bytes.slice(bytes.length - GCM_TAG_LENGTH),
    };
  }
  throw invalid(msg('handover.bundle.unknownProtection', { file: fileLabel, protection }));
}

/** What a bundle carries once opened: the config (validated later) and, if it was sent, the secret. */
export interface BundlePayload {
  config: unknown;
  clientSecret?: string;
}

const encoder = new TextEncoder();

export function encodeBundlePayload(payload: BundlePayload): Uint8Array {
  const doc: Record<string, unknown> = { config: payload.config };
  // Stryker disable next-line ConditionalExpression: equivalent, JSON.stringify leaves out an undefined value
  if (payload.clientSecret !== undefined) doc.clientSecret = payload.clientSecret;
  return encoder.encode(JSON.stringify(doc));
}

/**
 * Reads the payload of a bundle whose integrity was already verified: a JSON object with `config`
 * and an optional non-empty `clientSecret` string, nothing else.
 */
export function decodeBundlePayload(bytes: Uint8Array, fileLabel: FileLabel = THE_FILE): BundlePayload {
  let doc: unknown;
  try {
    doc = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw invalid(msg('handover.bundle.payloadNotJson', { file: fileLabel }));
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc) || !('config' in doc)) {
    throw invalid(msg('handover.bundle.noConfig', { file: fileLabel }));
  }
  const { config, clientSecret, ...rest } = doc as Record<string, unknown>;
  const unknownKeys = Object.keys(rest);
  if (unknownKeys.length > 0) {
    throw invalid(msg('handover.bundle.unknownEntry', { file: fileLabel, key: unknownKeys[0]! }));
  }
  if (clientSecret !== undefined && (typeof clientSecret !== 'string' || clientSecret.length === 0)) {
    throw invalid(msg('handover.bundle.badSecret', { file: fileLabel }));
  }
  return clientSecret === undefined ? { config } : { config, clientSecret };
}

export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export function truncated(fileLabel: FileLabel): WizardError {
  return invalid(msg('handover.bundle.truncated', { file: fileLabel }));
}

function invalid(message: Message): WizardError {
  return new WizardError('invalid', message);
}
