// Push against the loopback simulator: HTTP round trips and wall time of the wizard's push against a
// minimal script that drives Adobe's SDK directly. Each run gets a fresh simulator. The CLI's push logs on
// and reads schemas each time; the desktop keeps its session and caches schemas, so its second push is measured too.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importTs, paired, summarize } from '../lib.mjs';

export async function push({ runs }) {
  const flows = await importTs('bench/cases/push-flows.ts');
  const secret = 'bench-client-secret-0123456789';
  const roundTrips = { wizard: 0, direct: 0, second: 0 };
  const seconds = [];
  const once = async (label, run) => {
    const sim = await flows.startSimulator({});
    try {
      const start = process.hrtime.bigint();
      await run(sim);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      roundTrips[label] = sim.requests.length;
      return ms;
    } finally {
      await sim.close();
    }
  };
  const desktopTwice = async (sim) => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'acc-ims-bench-cache-'));
    try {
      const pushOnce = flows.desktopPusher(sim.url, cacheDir);
      await pushOnce(secret);
      const before = sim.requests.length;
      const start = process.hrtime.bigint();
      await pushOnce(`${secret}-2`);
      seconds.push(Number(process.hrtime.bigint() - start) / 1e6);
      roundTrips.second = sim.requests.length - before;
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }
  };
  const time = await paired(
    runs,
    () => once('direct', (sim) => flows.directScript(sim.url, secret, sim.scenario.accountTypeValue)),
    async () => {
      const ms = await once('wizard', (sim) => flows.wizardPush(sim.url, secret));
      const sim = await flows.startSimulator({});
      try {
        await desktopTwice(sim);
      } finally {
        await sim.close();
      }
      return ms;
    },
  );
  const one = (v) => ({ median: v, min: v, max: v, runs: 1 });
  return [
    { name: 'push: wall time', unit: 'ms', baselineName: 'SDK script (logon, encrypt, write, logoff)', ...time, target: 1.2 },
    {
      name: 'push: HTTP round trips',
      unit: 'requests',
      baselineName: 'SDK script',
      baseline: one(roundTrips.direct),
      candidate: one(roundTrips.wizard),
      absoluteTarget: { max: roundTrips.direct + 1 },
    },
    {
      name: 'desktop second push: wall time',
      unit: 'ms',
      baselineName: 'SDK script (logon, encrypt, write, logoff)',
      baseline: time.baseline,
      candidate: summarize(seconds),
      target: 1.5,
    },
    {
      name: 'desktop second push: HTTP round trips',
      unit: 'requests',
      baselineName: 'SDK script',
      baseline: one(roundTrips.direct),
      candidate: one(roundTrips.second),
      absoluteTarget: { max: 6 },
    },
  ];
}
