// Bundles the CLI into one CommonJS file so `bin/acc-ims.js` runs with plain node.
import { build } from 'esbuild';

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
  logLevel: 'warning',
  define: { ACC_IMS_VERSION: JSON.stringify(process.env.npm_package_version ?? '0.0.0') },
});
