import { describe, expect, it } from 'vitest';
import { MASK, SecretRedactor } from '../electron/common/redact';

describe('secret redaction', () => {
  it('masks a registered secret however the text around it encoded it', () => {
    const r = new SecretRedactor();
    const secret = `p"a<s>s&w'o r\\d/é`;
    r.add(secret);
    const leaks = [
      `plain ${secret} end`,
      `json ${JSON.stringify({ clientSecret: secret })}`,
      `url https://x.test/?s=${encodeURIComponent(secret)}`,
      `xml <password value="${secret.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')}"/>`,
    ];
    for (const text of leaks) {
      const out = r.redact(text);
      expect(out, text).toContain(MASK);
      expect(out).not.toContain('w\'o r');
      expect(out).not.toContain('w&apos;o r');
      expect(out).not.toContain('w%27o%20r');
    }
  });

  it('masks the longer of two overlapping secrets whole', () => {
    const r = new SecretRedactor();
    r.add('abcd');
    r.add('abcdefgh');
    expect(r.redact('x abcdefgh y abcd')).toBe(`x ${MASK} y ${MASK}`);
  });

  it('ignores values too short to be secrets, which would mask ordinary words', () => {
    const r = new SecretRedactor();
    r.add('a');
    r.add('');
    r.add(undefined);
    r.add(null);
    expect(r.redact('a cat')).toBe('a cat');
  });

  it('turns an error into its redacted message, never its stack', () => {
    const r = new SecretRedactor();
    r.add('hunter2-secret');
    const error = new Error('logon failed for password hunter2-secret');
    const out = r.redactError(error);
    expect(out).toBe(`logon failed for password ${MASK}`);
    expect(out).not.toContain('at ');
    expect(r.redactError('raw hunter2-secret')).toBe(`raw ${MASK}`);
  });

  it('stops masking a value once it is forgotten', () => {
    const r = new SecretRedactor();
    r.add('rotated-secret');
    r.forget('rotated-secret');
    expect(r.redact('rotated-secret')).toBe('rotated-secret');
  });
});
