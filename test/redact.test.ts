import { describe, expect, it } from 'vitest';
import { render } from '../electron/common/messages/catalogs';
import { msg } from '../electron/common/messages/message';
import { MASK, SecretRedactor } from '../electron/common/redact';
import { makeCanary } from './helpers/canary';

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
      expect(out).not.toContain("w'o r");
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

  it('masks a secret in every string param of a message, however deep: nested messages and list items', () => {
    const r = new SecretRedactor();
    const canary = makeCanary();
    r.add(canary);
    const message = msg('ipc.internal', {
      channel: `files.import ${canary}`,
      detail: msg('handover.import.invalidConfig', {
        file: 'prod.accims',
        problems: [
          msg('handover.problemAt', { path: 'account.clientId', problem: msg('file.reason.system', { code: canary }) }),
          `x ${canary}`,
          7,
        ],
      }),
    });
    const out = r.redactMessage(message);
    expect(JSON.stringify(out)).not.toContain(canary);
    expect(render('en', out)).not.toContain(canary);
    expect(render('zh-Hant', out)).not.toContain(canary);
    expect(out).toEqual(
      msg('ipc.internal', {
        channel: `files.import ${MASK}`,
        detail: msg('handover.import.invalidConfig', {
          file: 'prod.accims',
          problems: [
            msg('handover.problemAt', { path: 'account.clientId', problem: msg('file.reason.system', { code: MASK }) }),
            `x ${MASK}`,
            7,
          ],
        }),
      }),
    );
    // Codes and numbers are data, not text: they stay as they are.
    expect(r.redactMessage(msg('file.size.bytes', { count: 12 }))).toEqual(msg('file.size.bytes', { count: 12 }));
  });
});
