import { describe, expect, it } from 'vitest';
import { WizardError } from '../electron/common/errors';
import {
  BUNDLE_MAGIC,
  concatBytes,
  decodeBundle,
  decodeBundlePayload,
  encodeBundlePayload,
  encodePlainBundle,
  encodeSealedBundle,
  encodeSealedHeader,
  hasBundleMagic,
  plainChecksumInput,
  SCRYPT_DEFAULT,
  scryptMemory,
  scryptParamsProblem,
  type FileLabel,
} from '../electron/common/handover/bundle-format';
import type { MessageCode } from '../electron/common/messages/message';

// The byte layout of README "Hand-over formats" (bundle), without any key derivation: fast enough to run
// against every mutant of the format (test/handover-bundle.test.ts covers the real cryptography).

const bytes = (length: number, fill: number) => new Uint8Array(length).fill(fill);
const CHECKSUM = bytes(32, 0xc5);
const SALT = bytes(16, 0x5a);
const NONCE = bytes(12, 0x4e);
const TAG = bytes(16, 0x7a);
const PAYLOAD = new TextEncoder().encode('{"config":{}}');

function invalid(read: () => unknown, code: MessageCode, params?: Record<string, unknown>): void {
  let caught: unknown;
  try {
    read();
  } catch (e) {
    caught = e;
  }
  expect(caught).toBeInstanceOf(WizardError);
  expect((caught as WizardError).kind).toBe('invalid');
  expect((caught as WizardError).userMessage.code).toBe(code);
  if (params) expect((caught as WizardError).userMessage.params).toEqual(params);
}

function sealed(scrypt: { log2N: number; r: number; p: number }, ciphertext = PAYLOAD): Uint8Array {
  const header = concatBytes(BUNDLE_MAGIC, Uint8Array.of(1, 1, scrypt.log2N, scrypt.r, scrypt.p), SALT, NONCE);
  return concatBytes(header, ciphertext, TAG);
}

describe('unprotected bundle layout', () => {
  it('is magic, version 1, protection 0, the 32-byte checksum, then the payload from byte 42', () => {
    const file = encodePlainBundle(CHECKSUM, PAYLOAD);
    expect([...file.slice(0, 10)]).toEqual([0x89, 0x41, 0x43, 0x43, 0x49, 0x4d, 0x53, 0x0a, 1, 0]);
    expect(file.slice(10, 42)).toEqual(CHECKSUM);
    expect(file.slice(42)).toEqual(PAYLOAD);
  });

  it('checksums bytes 0 to 9 followed by the payload', () => {
    expect([...plainChecksumInput(PAYLOAD)]).toEqual([0x89, 0x41, 0x43, 0x43, 0x49, 0x4d, 0x53, 0x0a, 1, 0, ...PAYLOAD]);
  });

  it('refuses a checksum that is not 32 bytes', () => {
    expect(() => encodePlainBundle(bytes(31, 1), PAYLOAD)).toThrow(new RangeError('checksum must be 32 bytes'));
    expect(() => encodePlainBundle(bytes(33, 1), PAYLOAD)).toThrow(RangeError);
  });

  it('reads back into the checked prefix, the checksum and the payload', () => {
    expect(decodeBundle(encodePlainBundle(CHECKSUM, PAYLOAD))).toEqual({
      protection: 0,
      checked: plainChecksumInput(new Uint8Array()),
      checksum: CHECKSUM,
      payload: PAYLOAD,
    });
  });

  it('reads a header with an empty payload, and calls one byte shorter truncated', () => {
    const file = encodePlainBundle(CHECKSUM, new Uint8Array());
    expect(file.length).toBe(42);
    expect(decodeBundle(file)).toMatchObject({ protection: 0, payload: new Uint8Array() });
    invalid(() => decodeBundle(file.slice(0, 41)), 'handover.bundle.truncated');
  });
});

describe('sealed bundle layout', () => {
  it('is magic, version 1, protection 1, log2(N), r, p, the salt, the nonce: 41 bytes of associated data', () => {
    const header = encodeSealedHeader(SCRYPT_DEFAULT, SALT, NONCE);
    expect(header.length).toBe(41);
    expect([...header.slice(0, 13)]).toEqual([0x89, 0x41, 0x43, 0x43, 0x49, 0x4d, 0x53, 0x0a, 1, 1, 17, 8, 1]);
    expect(header.slice(13, 29)).toEqual(SALT);
    expect(header.slice(29, 41)).toEqual(NONCE);
  });

  it('appends the ciphertext and the 16-byte tag to the header', () => {
    const header = encodeSealedHeader(SCRYPT_DEFAULT, SALT, NONCE);
    expect(encodeSealedBundle(header, PAYLOAD, TAG)).toEqual(concatBytes(header, PAYLOAD, TAG));
    expect(() => encodeSealedBundle(header, PAYLOAD, bytes(15, 1))).toThrow(new RangeError('tag must be 16 bytes'));
    expect(() => encodeSealedBundle(header, PAYLOAD, bytes(17, 1))).toThrow(RangeError);
  });

  it('refuses to write a salt, a nonce or a key derivation cost outside the format', () => {
    expect(() => encodeSealedHeader(SCRYPT_DEFAULT, bytes(15, 1), NONCE)).toThrow('salt must be 16 bytes and nonce 12');
    expect(() => encodeSealedHeader(SCRYPT_DEFAULT, SALT, bytes(13, 1))).toThrow('salt must be 16 bytes and nonce 12');
    expect(() => encodeSealedHeader({ log2N: 16, r: 8, p: 1 }, SALT, NONCE)).toThrow('scrypt parameters are too weak');
    expect(() => encodeSealedHeader({ log2N: 17, r: 8, p: 5 }, SALT, NONCE)).toThrow('scrypt parameters are too costly');
  });

  it('reads back into the cost, salt, nonce, header, ciphertext and tag', () => {
    const file = sealed({ log2N: 17, r: 8, p: 2 });
    expect(decodeBundle(file)).toEqual({
      protection: 1,
      scrypt: { log2N: 17, r: 8, p: 2 },
      salt: SALT,
      nonce: NONCE,
      header: file.slice(0, 41),
      ciphertext: PAYLOAD,
      tag: TAG,
    });
  });

  it('reads a header and a tag with nothing between, and calls one byte shorter truncated', () => {
    const file = sealed(SCRYPT_DEFAULT, new Uint8Array());
    expect(file.length).toBe(57);
    expect(decodeBundle(file)).toMatchObject({ ciphertext: new Uint8Array(), tag: TAG });
    invalid(() => decodeBundle(file.slice(0, 56)), 'handover.bundle.truncated');
  });

  it('refuses a cost below the minimum, naming it and the minimum', () => {
    const weak = { minLog2N: 17, minR: 8 };
    invalid(() => decodeBundle(sealed({ log2N: 16, r: 8, p: 1 }), 'a.accims'), 'handover.bundle.weakKdf', {
      file: 'a.accims',
      log2N: 16,
      r: 8,
      p: 1,
      ...weak,
    });
    invalid(() => decodeBundle(sealed({ log2N: 17, r: 7, p: 1 })), 'handover.bundle.weakKdf');
    invalid(() => decodeBundle(sealed({ log2N: 17, r: 8, p: 0 })), 'handover.bundle.weakKdf');
  });

  it('refuses a cost beyond what it will spend, naming it', () => {
    invalid(() => decodeBundle(sealed({ log2N: 17, r: 8, p: 5 }), 'a.accims'), 'handover.bundle.costlyKdf', {
      file: 'a.accims',
      log2N: 17,
      r: 8,
      p: 5,
    });
    invalid(() => decodeBundle(sealed({ log2N: 18, r: 8, p: 1 })), 'handover.bundle.costlyKdf');
  });
});

describe('key derivation cost', () => {
  it('is 128·N·r plus the p-parallel block, in bytes', () => {
    expect(scryptMemory({ log2N: 17, r: 8, p: 1 })).toBe(128 * 2 ** 17 * 8 + 128 * 8);
    expect(scryptMemory({ log2N: 10, r: 2, p: 3 })).toBe(128 * 1024 * 2 + 128 * 2 * 3);
  });

  it('accepts the minimum, p up to 4 and up to 256 MiB; refuses one step beyond each bound', () => {
    expect(scryptParamsProblem(SCRYPT_DEFAULT)).toBeNull();
    expect(scryptParamsProblem({ log2N: 17, r: 8, p: 4 })).toBeNull();
    expect(scryptParamsProblem({ log2N: 17, r: 15, p: 1 })).toBeNull();
    expect(scryptParamsProblem({ log2N: 16, r: 8, p: 1 })).toBe('weak');
    expect(scryptParamsProblem({ log2N: 17, r: 7, p: 1 })).toBe('weak');
    expect(scryptParamsProblem({ log2N: 17, r: 8, p: 0 })).toBe('weak');
    expect(scryptParamsProblem({ log2N: 17, r: 8, p: 5 })).toBe('costly');
    // 128·2^17·16 is exactly 256 MiB; the p block pushes it over.
    expect(scryptParamsProblem({ log2N: 17, r: 16, p: 1 })).toBe('costly');
  });
});

describe('what is refused before any key is derived', () => {
  it('a file without the signature, however short, including a text-mode transfer that turned LF into CR LF', () => {
    invalid(() => decodeBundle(new TextEncoder().encode('{"config":{}}'), 'a.json'), 'handover.bundle.notBundle', { file: 'a.json' });
    invalid(() => decodeBundle(BUNDLE_MAGIC.slice(0, 7)), 'handover.bundle.notBundle');
    invalid(() => decodeBundle(new Uint8Array()), 'handover.bundle.notBundle');
    const crlf = concatBytes(BUNDLE_MAGIC.slice(0, 7), Uint8Array.of(0x0d, 0x0a, 1, 0), CHECKSUM);
    invalid(() => decodeBundle(crlf), 'handover.bundle.notBundle');
  });

  it('a signature alone, or with the version but no protection byte', () => {
    invalid(() => decodeBundle(BUNDLE_MAGIC, 'a.accims'), 'handover.bundle.truncated', { file: 'a.accims' });
    invalid(() => decodeBundle(concatBytes(BUNDLE_MAGIC, Uint8Array.of(1))), 'handover.bundle.truncated');
  });

  it('another format version, naming it and the supported one', () => {
    const file = encodePlainBundle(CHECKSUM, PAYLOAD);
    for (const version of [0, 2, 255]) {
      const other = file.slice();
      other[8] = version;
      invalid(() => decodeBundle(other, 'a.accims'), 'handover.bundle.unknownVersion', { file: 'a.accims', version, supported: 1 });
    }
  });

  it('a version or scheme it does not know, even with nothing after the first ten bytes', () => {
    invalid(() => decodeBundle(concatBytes(BUNDLE_MAGIC, Uint8Array.of(2, 0))), 'handover.bundle.unknownVersion');
    invalid(() => decodeBundle(concatBytes(BUNDLE_MAGIC, Uint8Array.of(1, 2))), 'handover.bundle.unknownProtection');
  });

  it('another protection scheme, naming it', () => {
    const file = sealed(SCRYPT_DEFAULT);
    file[9] = 2;
    invalid(() => decodeBundle(file, 'a.accims'), 'handover.bundle.unknownProtection', { file: 'a.accims', protection: 2 });
  });

  it('names the file "The file" when no name is given', () => {
    let caught: unknown;
    try {
      decodeBundle(new Uint8Array());
    } catch (e) {
      caught = e;
    }
    expect((caught as WizardError).userMessage.params).toEqual({ file: { code: 'handover.theFile' } });
  });

  it('recognises the signature only when all eight bytes are there and equal', () => {
    expect(hasBundleMagic(BUNDLE_MAGIC)).toBe(true);
    expect(hasBundleMagic(concatBytes(BUNDLE_MAGIC, PAYLOAD))).toBe(true);
    for (let at = 0; at < 8; at++) {
      const changed = BUNDLE_MAGIC.slice();
      changed[at] = changed[at]! ^ 0x20;
      expect(hasBundleMagic(changed)).toBe(false);
    }
    expect(hasBundleMagic(BUNDLE_MAGIC.slice(0, 7))).toBe(false);
  });
});

describe('bundle payload', () => {
  const label: FileLabel = 'a.accims';

  it('is JSON with the config, and the secret only when one is sent', () => {
    const config = { version: 1 };
    expect(JSON.parse(new TextDecoder().decode(encodeBundlePayload({ config })))).toEqual({ config });
    expect(JSON.parse(new TextDecoder().decode(encodeBundlePayload({ config, clientSecret: 's3' })))).toEqual({
      config,
      clientSecret: 's3',
    });
    expect(decodeBundlePayload(encodeBundlePayload({ config }))).toEqual({ config });
    expect(decodeBundlePayload(encodeBundlePayload({ config }))).not.toHaveProperty('clientSecret');
    expect(decodeBundlePayload(encodeBundlePayload({ config, clientSecret: 's3' }))).toEqual({ config, clientSecret: 's3' });
  });

  it('refuses text that is not UTF-8 JSON', () => {
    invalid(() => decodeBundlePayload(new TextEncoder().encode('{"config":'), label), 'handover.bundle.payloadNotJson', { file: label });
    invalid(() => decodeBundlePayload(Uint8Array.of(0x7b, 0xff, 0x7d), label), 'handover.bundle.payloadNotJson');
    // Valid JSON around a byte that is not UTF-8: refused, not read as a replacement character.
    const json = new TextEncoder().encode('{"config":"?"}');
    json[11] = 0xff;
    invalid(() => decodeBundlePayload(json, label), 'handover.bundle.payloadNotJson');
  });

  it('refuses a document without a config: a list, null, text, or an object without the key', () => {
    for (const text of ['[{"config":{}}]', 'null', '"config"', '{"clientSecret":"s3"}']) {
      invalid(() => decodeBundlePayload(new TextEncoder().encode(text), label), 'handover.bundle.noConfig', { file: label });
    }
  });

  it('refuses an entry it does not know, naming it', () => {
    invalid(() => decodeBundlePayload(new TextEncoder().encode('{"config":{},"passphrase":"x"}'), label), 'handover.bundle.unknownEntry', {
      file: label,
      key: 'passphrase',
    });
  });

  it('refuses a secret that is empty or not text', () => {
    for (const secret of ['""', '42', 'null', '["s3"]']) {
      invalid(
        () => decodeBundlePayload(new TextEncoder().encode(`{"config":{},"clientSecret":${secret}}`), label),
        'handover.bundle.badSecret',
        {
          file: label,
        },
      );
    }
  });
});

describe('concatBytes', () => {
  it('joins the parts in order', () => {
    expect([...concatBytes(Uint8Array.of(1, 2), new Uint8Array(), Uint8Array.of(3))]).toEqual([1, 2, 3]);
    expect(concatBytes().length).toBe(0);
  });
});
