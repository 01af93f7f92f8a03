import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

/**
 * The instance's own secret encryption (xtk:session#EncryptPassword): "@" + base64 of AES-256-CBC over
 * the UTF-8 text, two random salt bytes and a check byte, under the instance key. The salt makes every
 * call return a different ciphertext for the same secret, as on real instances.
 */
export class InstanceCipher {
  private readonly key = randomBytes(32);
  private readonly iv = Buffer.alloc(16);

  encrypt(plain: string): string {
    const data = Buffer.from(plain, 'utf8');
    const salt = randomBytes(2);
    const check = Buffer.from([data.reduce((a, b) => a ^ b, 0) ^ salt[0]! ^ salt[1]!]);
    const cipher = createCipheriv('aes-256-cbc', this.key, this.iv);
    return `@${Buffer.concat([cipher.update(Buffer.concat([data, salt, check])), cipher.final()]).toString('base64')}`;
  }

  /** For tests: what the instance would use when it signs in to IMS. */
  decrypt(encrypted: string): string {
    if (!encrypted.startsWith('@')) throw new Error(`not an encrypted value: ${encrypted.slice(0, 8)}…`);
    const decipher = createDecipheriv('aes-256-cbc', this.key, this.iv);
    const plain = Buffer.concat([decipher.update(Buffer.from(encrypted.slice(1), 'base64')), decipher.final()]);
    return plain.subarray(0, plain.length - 3).toString('utf8');
  }
}
