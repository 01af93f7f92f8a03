import type * as NodeCrypto from 'node:crypto';
import { randomBytes } from 'node:crypto';
import { describe, expect, it, vi } from 'vitest';

// Counts key derivations (still the real scrypt), so a refusal "without running them" is proved by count, not by a clock.
const kdf = vi.hoisted(() => ({ calls: 0 }));
vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof NodeCrypto>();
  const scrypt = ((...args: unknown[]) => {
    kdf.calls++;
    return (real.scrypt as (...a: unknown[]) => void)(...args);
  }) as typeof real.scrypt;
  return { ...real, default: { ...real, scrypt }, scrypt };
});
import { WizardError } from '../electron/common/errors';
import { render } from '../electron/common/messages/catalogs';
import type { MessageCode } from '../electron/common/messages/message';
import {
  BUNDLE_MAGIC,
  decodeBundle,
  decodeBundlePayload,
  encodeBundlePayload,
  GCM_TAG_LENGTH,
  PROTECTION_NONE,
  PROTECTION_SCRYPT_AES256GCM,
} from '../electron/common/handover/bundle-format';
import { checksumBundle, decryptWithKey, deriveKey, openBundle, sealBundle } from '../electron/node/handover/crypto';
import { importHandover, readHandover } from '../electron/node/handover/import';
import { msg } from '../electron/common/messages/message';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validConfig } from './helpers/configs';

const PASSPHRASE = 'correct horse battery staple';
const SECRET = 'p8e-Zq3-not-a-real-secret-0b1c';
const SEALED_HEADER = 41;

async function expectInvalid(promise: Promise<unknown> | (() => unknown), code?: MessageCode, params?: object): Promise<WizardError> {
  let caught: unknown;
  try {
    await (typeof promise === 'function' ? promise() : promise);
  } catch (e) {
    caught = e;
  }
  expect(caught, 'expected a WizardError').toBeInstanceOf(WizardError);
  const error = caught as WizardError;
  expect(error.kind).toBe('invalid');
  if (code) expect(error.userMessage.code).toBe(code);
  if (params) expect(error.userMessage.params).toMatchObject(params);
  // The one-line rule: no stack, no newline in what the admin reads.
  expect(render('en', error.userMessage)).not.toContain('\n');
  return error;
}

const flip = (bytes: Uint8Array, at: number) => {
  const copy = bytes.slice();
  copy[at] = copy[at]! ^ 0x5a;
  return copy;
};

describe('sealed bundle (scrypt + AES-256-GCM)', () => {
  const payload = encodeBundlePayload({ config: validConfig(), clientSecret: SECRET });
  const sealing = sealBundle(payload, PASSPHRASE);

  it('has the documented header: magic, version 1, scheme 1, scrypt 2^17/8/1, random salt and nonce', async () => {
    const bytes = await sealing;
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x41, 0x43, 0x43, 0x49, 0x4d, 0x53, 0x0a]);
    expect([...bytes.subarray(8, 13)]).toEqual([1, PROTECTION_SCRYPT_AES256GCM, 17, 8, 1]);
    expect(bytes.length).toBe(SEALED_HEADER + payload.length + GCM_TAG_LENGTH);
    const again = await sealBundle(payload, PASSPHRASE);
    expect(Buffer.from(again.subarray(13, 29)).equals(Buffer.from(bytes.subarray(13, 29)))).toBe(false); // salt
    expect(Buffer.from(again.subarray(29, 41)).equals(Buffer.from(bytes.subarray(29, 41)))).toBe(false); // nonce
  });

  it('opens with the passphrase and gives back the exact payload; the secret is not visible in the file', async () => {
    const bytes = await sealing;
    const opened = await openBundle(bytes, PASSPHRASE);
    expect(decodeBundlePayload(opened)).toEqual({ config: validConfig(), clientSecret: SECRET });
    expect(Buffer.from(bytes).includes(Buffer.from(SECRET))).toBe(false);
    expect(Buffer.from(bytes).includes(Buffer.from('Campaign1'))).toBe(false);
  });

  it('refuses a wrong passphrase with a clear message', async () => {
    await expectInvalid(openBundle(await sealing, 'correct horse battery stapler'), 'handover.bundle.wrongPassphrase');
  });

  it('asks for the passphrase when none is given (usage, not invalid)', async () => {
    const bytes = await sealing;
    await expect(openBundle(bytes, undefined)).rejects.toMatchObject({
      kind: 'usage',
      userMessage: { code: 'handover.bundle.needsPassphrase' },
    });
  });

  it('treats a passphrase the same whatever Unicode composition the keyboard produced (NFC)', async () => {
    const composed = 'caf\u00e9 cr\u00e8me br\u00fbl\u00e9e';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    const bytes = await sealBundle(payload, composed);
    expect(await openBundle(bytes, decomposed)).toEqual(payload);
  });

  it('refuses every header byte changed (the header is the associated data)', async () => {
    const bytes = await sealing;
    const positions = Array.from({ length: SEALED_HEADER }, (_, i) => i);
    // scrypt runs in the thread pool: a few at a time keeps memory at ~4 x 128 MiB.
    for (let i = 0; i < positions.length; i += 4) {
      await Promise.all(positions.slice(i, i + 4).map((at) => expectInvalid(openBundle(flip(bytes, at), PASSPHRASE))));
    }
  }, 60_000);

  it('refuses a changed byte anywhere in the ciphertext or tag (64 positions)', async () => {
    const bytes = await sealing;
    const container = decodeBundle(bytes);
    if (container.protection !== PROTECTION_SCRYPT_AES256GCM) throw new Error('expected a sealed bundle');
    const key = await deriveKey(PASSPHRASE, container.salt, container.scrypt);
    expect(decryptWithKey(container, key)).toEqual(payload); // the reused key is the right one
    const body = bytes.length - SEALED_HEADER;
    const positions = new Set<number>([SEALED_HEADER, bytes.length - 1, bytes.length - GCM_TAG_LENGTH, bytes.length - GCM_TAG_LENGTH - 1]);
    for (let k = 0; positions.size < 64; k++) positions.add(SEALED_HEADER + Math.floor((k * 7919) % body));
    for (const at of positions) {
      await expectInvalid(() => decryptWithKey(decodeBundle(flip(bytes, at)), key), 'handover.bundle.wrongPassphrase');
    }
    // And end to end, with the KDF, for a few of them.
    for (const at of [SEALED_HEADER, SEALED_HEADER + 100, bytes.length - 1]) await expectInvalid(openBundle(flip(bytes, at), PASSPHRASE));
  });

  it('refuses the file cut at any length', async () => {
    const bytes = await sealing;
    const container = decodeBundle(bytes);
    if (container.protection !== PROTECTION_SCRYPT_AES256GCM) throw new Error('expected a sealed bundle');
    const key = await deriveKey(PASSPHRASE, container.salt, container.scrypt);
    for (let length = 0; length < bytes.length; length += length < 80 ? 1 : 13) {
      const cut = bytes.subarray(0, length);
      await expectInvalid(() => decryptWithKey(decodeBundle(cut), key));
    }
    await expectInvalid(openBundle(bytes.subarray(0, bytes.length - 1), PASSPHRASE), 'handover.bundle.wrongPassphrase');
    await expectInvalid(openBundle(bytes.subarray(0, 30), PASSPHRASE), 'handover.bundle.truncated');
  });

  it('refuses trailing bytes added after the tag', async () => {
    const bytes = await sealing;
    await expectInvalid(openBundle(Buffer.concat([bytes, Buffer.from([0])]), PASSPHRASE));
  });

  it('refuses an unknown format version or protection scheme before any key derivation', async () => {
    const bytes = await sealing;
    const v2 = bytes.slice();
    v2[8] = 2;
    await expectInvalid(openBundle(v2, PASSPHRASE), 'handover.bundle.unknownVersion', { version: 2, supported: 1 });
    const scheme = bytes.slice();
    scheme[9] = 7;
    await expectInvalid(openBundle(scheme, PASSPHRASE), 'handover.bundle.unknownProtection', { protection: 7 });
  });

  it('refuses key derivation parameters below the minimum or beyond the memory cap, without running them', async () => {
    const bytes = await sealing;
    for (const [at, value, pattern] of [
      [10, 10, 'handover.bundle.weakKdf'],
      [11, 1, 'handover.bundle.weakKdf'],
      [12, 0, 'handover.bundle.weakKdf'],
      [10, 40, 'handover.bundle.costlyKdf'],
      [12, 200, 'handover.bundle.costlyKdf'],
    ] as const) {
      const changed = bytes.slice();
      changed[at] = value;
      kdf.calls = 0;
      await expectInvalid(openBundle(changed, PASSPHRASE), pattern);
      expect(kdf.calls).toBe(0);
    }
    // The count is live: the untouched bundle does derive its key.
    await openBundle(bytes, PASSPHRASE);
    expect(kdf.calls).toBe(1);
  });
});

describe('unencrypted bundle (no secret, no passphrase)', () => {
  const payload = encodeBundlePayload({ config: validConfig() });
  const bytes = checksumBundle(payload);

  it('has the documented layout and opens without a passphrase', async () => {
    expect([...bytes.subarray(0, 10)]).toEqual([...BUNDLE_MAGIC, 1, PROTECTION_NONE]);
    expect(bytes.length).toBe(42 + payload.length);
    expect(await openBundle(bytes, undefined)).toEqual(payload);
  });

  it('refuses any changed byte and any cut, by its checksum', async () => {
    for (let at = 0; at < bytes.length; at += at < 42 ? 1 : 5) await expectInvalid(openBundle(flip(bytes, at), undefined));
    for (let length = 0; length < bytes.length; length += 3) await expectInvalid(openBundle(bytes.subarray(0, length), undefined));
  });
});

describe('bundle payload', () => {
  const decode = (text: string) => () => decodeBundlePayload(new TextEncoder().encode(text), 'x.accims');

  it('accepts exactly a config and an optional non-empty secret', () => {
    expect(decode('{"config":{"a":1}}')()).toEqual({ config: { a: 1 } });
    expect(decode('{"config":{},"clientSecret":"s3cr3t"}')()).toEqual({ config: {}, clientSecret: 's3cr3t' });
  });

  it.each([
    ['not JSON', '{config'],
    ['not UTF-8', '\u0000'],
    ['a list', '[1]'],
    ['no config', '{"clientSecret":"x"}'],
    ['an unknown entry', '{"config":{},"extra":1}'],
    ['an empty secret', '{"config":{},"clientSecret":""}'],
    ['a secret that is not text', '{"config":{},"clientSecret":42}'],
  ])('refuses %s', async (_what, text) => {
    const error = await expectInvalid(decode(text));
    expect(error.userMessage.params).toMatchObject({ file: 'x.accims' });
  });

  it('never echoes payload text in its error (it may hold the secret)', async () => {
    const error = await expectInvalid(decode(`{"config":{},"clientSecret":"${SECRET}",`));
    expect(JSON.stringify(error.userMessage) + render('en', error.userMessage)).not.toContain(SECRET);
  });

  it('random payload bytes never produce anything but WizardError', () => {
    for (let i = 0; i < 500; i++) {
      try {
        decodeBundlePayload(randomBytes(i % 40));
      } catch (e) {
        expect(e).toBeInstanceOf(WizardError);
      }
    }
  });
});

describe('importing a bundle made without a passphrase (protection 0)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'acc-ims-plain-'));
  // A keychain that records what it is asked: none of these imports may store anything.
  const calls: string[] = [];
  const keychain = {
    getSecret: async (name: string) => (calls.push(`get ${name}`), null),
    setSecret: async (name: string) => void calls.push(`set ${name}`),
    deleteSecret: async (name: string) => (calls.push(`delete ${name}`), false),
    getSecretHost: async (name: string) => (calls.push(`get host ${name}`), null),
    setSecretHost: async (name: string) => void calls.push(`set host ${name}`),
  };

  it('tells the admin it was neither encrypted nor authenticated', async () => {
    const path = join(dir, 'prod.accims');
    writeFileSync(path, checksumBundle(encodeBundlePayload({ config: validConfig() })));
    const notice = msg('handover.import.unprotected', { file: 'prod.accims' });
    expect(await readHandover(new Uint8Array(readFileSync(path)), { fileLabel: 'prod.accims' })).toMatchObject({
      unprotected: notice,
      notes: [notice],
    });
    const outcome = await importHandover({ path, outPath: join(dir, 'prod.acc-ims.json'), keychain });
    expect(outcome.unprotected).toEqual(notice);
    expect(outcome.notes).toContainEqual(notice);
    expect(outcome.secretStored).toBe(false);
    expect(render('en', notice)).toBe(
      'prod.accims was neither encrypted nor authenticated: anyone who handled it could have read or changed it. Check its values with the sender before you push them.',
    );
  });

  it('refuses one that carries a client secret: nothing stored, nothing written, the secret never echoed', async () => {
    const path = join(dir, 'leaked.accims');
    writeFileSync(path, checksumBundle(encodeBundlePayload({ config: validConfig(), clientSecret: SECRET })));
    calls.length = 0;
    const out = join(dir, 'leaked.acc-ims.json');
    const error = await expectInvalid(importHandover({ path, outPath: out, keychain }), 'handover.import.clearSecret', {
      file: 'leaked.accims',
    });
    expect(JSON.stringify(error.userMessage) + render('en', error.userMessage)).not.toContain(SECRET);
    expect(calls).toEqual([]);
    expect(existsSync(out)).toBe(false);
  });

  it('never flags an encrypted bundle', async () => {
    const bytes = await sealBundle(encodeBundlePayload({ config: validConfig() }), PASSPHRASE);
    const read = await readHandover(bytes, { passphrase: PASSPHRASE });
    expect(read.unprotected).toBeUndefined();
    expect(read.notes).toEqual([]);
  });
});
