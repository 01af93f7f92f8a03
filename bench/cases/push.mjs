// Push against the loopback simulator: HTTP round trips and wall time of the wizard's push against a
// minimal script that drives Adobe's SDK directly. Each run gets a fresh simulator (a first push).
import { importTs, paired } from '../lib.mjs';

export async function push({ runs }) {
  const flows = await importTs('bench/cases/push-flows.ts');
  const secret = 'bench-client-secret-0123456789';
  const roundTrips = { wizard: 0, direct: 0 };
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
  const time = await paired(
    runs,
    () => once('direct', (sim) => flows.directScript(sim.url, secret, sim.scenario.accountTypeValue)),
    () => once('wizard', (sim) => flows.wizardPush(sim.url, secret)),
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
  ];
}
