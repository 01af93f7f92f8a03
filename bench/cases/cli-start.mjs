// CLI cold start: `acc-ims --help` and `acc-ims validate` against `node -e 0`, wall time and peak RSS.
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { paired, ROOT, timeProcess } from '../lib.mjs';

export async function cliStart({ runs }) {
  const dir = mkdtempSync(join(tmpdir(), 'acc-ims-bench-cli-'));
  const config = join(dir, 'prod.acc-ims.json');
  writeFileSync(config, JSON.stringify(SAMPLE));
  const bin = join(ROOT, 'bin/acc-ims.js');
  const node = () => timeProcess(process.execPath, ['-e', '0']);
  const rows = [];
  for (const [label, args] of [
    ['acc-ims --help', ['--help']],
    ['acc-ims validate', ['validate', config]],
  ]) {
    const ms = await paired(
      runs,
      () => node().ms,
      () => timeProcess(process.execPath, [bin, ...args]).ms,
    );
    const rss = await paired(
      Math.min(runs, 5),
      () => node().rssKb,
      () => timeProcess(process.execPath, [bin, ...args]).rssKb,
    );
    rows.push({
      name: `${label}: wall time`,
      unit: 'ms',
      baselineName: 'node -e 0',
      ...ms,
      target: label.includes('validate') ? 2 : undefined,
    });
    rows.push({ name: `${label}: peak RSS`, unit: 'KB', baselineName: 'node -e 0', ...rss });
  }
  return rows;
}

export const SAMPLE = {
  format: 'acc-ims-config',
  version: 1,
  instance: { name: 'prod', url: 'https://campaign.example.com', consoleBuild: 9364 },
  account: {
    imsServer: 'https://ims-na1.adobelogin.com',
    clientId: 'Campaign1',
    clientSecret: { keychain: 'acc-ims-wizard/prod' },
    callbackServer: 'https://campaign.example.com',
    imsOrgId: '0123456789ABCDEF01234567@AdobeOrg',
    associationMask: 'Campaign - acme - (.*)',
    tenant: 'acme',
  },
};
