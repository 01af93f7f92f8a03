import { createCipheriv, createDecipheriv, createHash, randomBytes, scrypt, timingSafeEqual } from 'node:crypto';
import { WizardError } from '../../common/errors';
import { msg } from '../../common/messages/message';
import {
  decodeBundle,
  encodePlainBundle,
  encodeSealedBundle,
  encodeSealedHeader,
  KEY_LENGTH,
  NONCE_LENGTH,
  plainChecksumInput,
  PROTECTION_NONE,
  SALT_LENGTH,
  SCRYPT_DEFAULT,
  scryptMemory,
  THE_FILE,
  type BundleContainer,
  type FileLabel,
  type ScryptParams,
} from '../../common/handover/bundle-format';

/**
 * Seals and opens hand-over bundles (layout in common/handover/bundle-format.ts). Integrity is always
 * verified before a single payload byte is handed back, so nothing downstream ever parses forged data.
 */

/** Passphrases are compared as typed, whatever the keyboard or OS composed: NFC, then UTF-8. */
function passphraseBytes(passphrase: string): Buffer {
  return Buffer.from(passphrase.normalize('NFC'), 'utf8');
}

export function deriveKey(passphrase: string, salt: Uint8Array, params: ScryptParams): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(
      passphraseBytes(passphrase),
      salt,
      KEY_LENGTH,
      // maxmem must exceed what scrypt needs, or Node refuses with "memory limit exceeded".
      { N: 2 ** params.log2N, r: params.r, p: params.p, maxmem: 2 * scryptMemory(params) },
      (err, key) => (err ? reject(new WizardError('invalid', msg('handover.bundle.kdfFailed'))) : resolve(key)),
    );
  });
}

/** Encrypts `payload` under `passphrase` (scrypt → AES-256-GCM, header as associated data). */
export async function sealBundle(payload: Uint8Array, passphrase: string, params: ScryptParams = SCRYPT_DEFAULT): Promise<Uint8Array> {
  const salt = randomBytes(SALT_LENGTH);
  const nonce = randomBytes(NONCE_LENGTH);
  const header = encodeSealedHeader(params, salt, nonce);
  const key = await deriveKey(passphrase, salt, params);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(header);
  const ciphertext = Buffer.concat([cipher.update(payload), cipher.final()]);
  return encodeSealedBundle(header, ciphertext, cipher.getAuthTag());
}

/** A bundle without protection still carries a SHA-256 checksum, so damage is caught before parsing. */
export function checksumBundle(payload: Uint8Array): Uint8Array {
  return encodePlainBundle(sha256(plainChecksumInput(payload)), payload);
}

export function isSealed(container: BundleContainer): boolean {
  return container.protection !== PROTECTION_NONE;
}

/**
 * Returns the verified payload of a bundle, or throws WizardError: 'invalid' for a damaged, tampered,
 * truncated or unknown file and for a wrong passphrase; 'usage' when a passphrase is needed but missing.
 */
export async function openBundle(bytes: Uint8Array, passphrase: string | undefined, fileLabel: FileLabel = THE_FILE): Promise<Uint8Array> {
  const container = decodeBundle(bytes, fileLabel);
  if (container.protection === PROTECTION_NONE) return verifyChecksum(container, fileLabel);
  if (passphrase === undefined || passphrase.length === 0) {
    throw new WizardError('usage', msg('handover.bundle.needsPassphrase', { file: fileLabel }));
  }
  const key = await deriveKey(passphrase, container.salt, container.scrypt);
  return decryptWithKey(container, key, fileLabel);
}

/** The AES-GCM step of `openBundle`, split out so a derived key can be reused (tests, retries). */
export function decryptWithKey(container: BundleContainer, key: Uint8Array, fileLabel: FileLabel = THE_FILE): Uint8Array {
  if (container.protection === PROTECTION_NONE) throw new RangeError('not an encrypted bundle');
  try {
    const decipher = createDecipheriv('aes-256-gcm', key, container.nonce);
    decipher.setAAD(container.header);
    decipher.setAuthTag(container.tag);
    return new Uint8Array(Buffer.concat([decipher.update(container.ciphertext), decipher.final()]));
  } catch {
    // GCM cannot tell a wrong key from altered bytes; say both, in the order they usually happen.
    throw new WizardError('invalid', msg('handover.bundle.wrongPassphrase', { file: fileLabel }));
  }
}

function verifyChecksum(container: Extract<BundleContainer, { protection: typeof PROTECTION_NONE }>, fileLabel: FileLabel): Uint8Array {
  const actual = sha256(plainChecksumInput(container.payload));
  if (!timingSafeEqual(actual, container.checksum)) {
    throw new WizardError('invalid', msg('handover.bundle.damaged', { file: fileLabel }));
  }
  return container.payload;
}

function sha256(bytes: Uint8Array): Buffer {
  return createHash('sha256').update(bytes).digest();
}
