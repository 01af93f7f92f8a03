import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WizardError } from '../electron/common/errors';
import { render } from '../electron/common/messages/catalogs';
import { MAX_CONFIG_BYTES } from '../electron/common/config/validate';
import { loadConfigFile } from '../electron/node/files/config-file';
import { readFileCapped } from '../electron/node/files/read-file';
import { importHandover } from '../electron/node/handover/import';

/** What `acc-ims validate FILE`, `import FILE` and `--ca FILE` read through: only regular files, only up to the cap. */
const dir = mkdtempSync(join(tmpdir(), 'acc-ims-read-'));

async function refusal(promise: Promise<unknown>): Promise<WizardError> {
  const started = Date.now();
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  // "At once": a device or FIFO must not be read (or waited on) at all.
  expect(Date.now() - started).toBeLessThan(2000);
  expect(error).toBeInstanceOf(WizardError);
  return error as WizardError;
}

describe('reading a file the admin names', () => {
  it('refuses /dev/zero at once, as not a regular file, without reading it', async () => {
    const error = await refusal(loadConfigFile('/dev/zero'));
    expect(error.kind).toBe('io');
    expect(error.userMessage).toEqual({ code: 'file.notRegular', params: { path: '/dev/zero', what: { code: 'file.kind.config' } } });
    expect(render('en', error.userMessage)).toBe(
      '/dev/zero is not a regular file (it is a device, a pipe or a socket), so it cannot be a config file. Pick the file itself.',
    );
  });

  it('refuses a FIFO at once instead of waiting for a writer', async () => {
    const fifo = join(dir, 'handover.accims');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const error = await refusal(importHandover({ path: fifo, outPath: null }));
    expect(error.userMessage).toEqual({ code: 'file.notRegular', params: { path: fifo, what: { code: 'file.kind.handover' } } });
    expect((await refusal(readFileCapped(fifo, 1024, 'ca'))).userMessage.code).toBe('file.notRegular');
  });

  it('refuses a folder, a missing file and one over the cap, and reads one at the cap', async () => {
    expect((await refusal(readFileCapped(dir, 10, 'config'))).userMessage.code).toBe('file.isFolder');
    expect((await refusal(readFileCapped(join(dir, 'none.json'), 10, 'config'))).userMessage).toMatchObject({
      code: 'file.cannotOpen',
      params: { reason: { code: 'file.reason.notFound' } },
    });
    const big = join(dir, 'big.json');
    writeFileSync(big, 'x'.repeat(MAX_CONFIG_BYTES + 1));
    const error = await refusal(loadConfigFile(big));
    expect(error).toMatchObject({
      kind: 'invalid',
      userMessage: { code: 'file.tooLarge', params: { max: { code: 'file.size.mb', params: { size: '1.0' } } } },
    });
    const exact = join(dir, 'exact.bin');
    writeFileSync(exact, Buffer.alloc(200_000, 7));
    expect((await readFileCapped(exact, 200_000)).equals(Buffer.alloc(200_000, 7))).toBe(true);
  });
});
