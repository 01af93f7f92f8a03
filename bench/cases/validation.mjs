// What every keystroke costs: full validation (schema + Adobe's rules) against the schema parse alone.
import { importTs } from '../lib.mjs';
import { SAMPLE } from './cli-start.mjs';

export async function validation({ runs }) {
  const { validateConfig } = await importTs('electron/common/config/validate.ts');
  const { configSchema } = await importTs('electron/common/config/schema.ts');
  if (!validateConfig(SAMPLE).valid) throw new Error('the bench sample config is not valid');
  const perCall = (fn, calls) => {
    for (let i = 0; i < 200; i++) fn(SAMPLE); // warm the JIT before measuring
    const start = process.hrtime.bigint();
    for (let i = 0; i < calls; i++) fn(SAMPLE);
    return Number(process.hrtime.bigint() - start) / 1e3 / calls;
  };
  const baseline = [];
  const candidate = [];
  for (let i = 0; i < runs; i++) {
    baseline.push(perCall((c) => configSchema.safeParse(c), 2000));
    candidate.push(perCall(validateConfig, 2000));
  }
  const { summarize } = await import('../lib.mjs');
  return [
    {
      name: 'validate a config (per call)',
      unit: 'µs',
      baselineName: 'zod schema parse only',
      baseline: summarize(baseline),
      candidate: summarize(candidate),
      absoluteTarget: { max: 100 },
    },
  ];
}
