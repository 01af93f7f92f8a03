// Bundles the CLI into one CommonJS file so `bin/acc-ims.js` runs with plain node.
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

await build({
  entryPoints: ['electron/cli/main.ts'],
  outfile: 'dist/cli/acc-ims.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Native or heavy runtime deps stay in node_modules and load only when a command needs them.
  external: ['keytar', '@adobe/acc-js-sdk', 'electron'],
  sourcemap: false,
  legalComments: 'none',
  // Smaller source parses faster: start-up is most of what a CLI run costs.
  minify: true,
  logLevel: 'warning',
  define: { ACC_IMS_VERSION: JSON.stringify(version) },
});
