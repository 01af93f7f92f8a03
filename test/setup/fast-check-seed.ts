import fc from 'fast-check';

// CI replays one fixed seed so a landing is reproducible; local runs explore new inputs each time.
// A failing property prints its seed: FC_SEED=<seed> npm test replays it.
const seed = process.env.FC_SEED ? Number(process.env.FC_SEED) : process.env.CI ? 20261125 : undefined;
if (seed !== undefined) fc.configureGlobal({ seed });
