#!/usr/bin/env node
'use strict';
// Plain-node entry for the `acc-ims` bin: the CLI itself is bundled by `npm install` (prepare script).
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli', 'acc-ims.cjs');
if (!fs.existsSync(bundle)) {
  process.stderr.write('acc-ims: the command line is not built yet. Run "npm install" (or "npm run build:cli") in ' + path.dirname(__dirname) + '\n');
  process.exit(2);
}
require(bundle).main();
