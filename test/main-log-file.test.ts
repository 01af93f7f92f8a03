import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { redactor } from '../electron/common/redact';
import { createLogFile } from '../electron/node/log/log-file';
import { filesContaining, makeCanary } from './helpers/canary';

describe('the log file (Help > Open Logs Folder)', () => {
  it('writes one redacted line per event, readable only by the user', () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'acc-ims-log-')), 'logs');
    const secret = makeCanary('password');
    redactor.add(secret);
    const log = createLogFile(dir, { now: () => new Date('2026-11-02T10:00:00.000Z') });
    log.log('error', `logon failed for ${secret}\n    at Object.<anonymous> (x.js:1:1)`);
    expect(readFileSync(log.file, 'utf8')).toBe(
      '2026-11-02T10:00:00.000Z ERROR logon failed for «redacted» ⏎     at Object.<anonymous> (x.js:1:1)\n',
    );
    expect(filesContaining(dir, secret)).toEqual([]);
    if (process.platform !== 'win32') expect(statSync(log.file).mode & 0o777).toBe(0o600);
  });

  it('rotates to main.1.log so it never grows past its limit', () => {
    const dir = mkdtempSync(join(tmpdir(), 'acc-ims-log-'));
    const log = createLogFile(dir, { maxBytes: 1000 });
    for (let i = 0; i < 100; i++) log.log('info', `event number ${i} `.padEnd(60, '.'));
    expect(statSync(log.file).size).toBeLessThanOrEqual(1000);
    expect(statSync(join(dir, 'main.1.log')).size).toBeLessThanOrEqual(1000);
    expect(readFileSync(log.file, 'utf8')).toContain('event number 99 ');
  });

  it('never throws, even when the folder cannot be created', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'acc-ims-log-')), 'a-file');
    writeFileSync(file, 'x');
    const log = createLogFile(join(file, 'logs'));
    expect(() => log.log('warn', 'still running')).not.toThrow();
    expect(existsSync(join(file, 'logs'))).toBe(false);
  });
});
