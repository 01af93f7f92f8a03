#!/usr/bin/env node
'use strict';
// Plain-node entry for the `acc-ims` bin: the CLI itself is bundled by `npm install` (prepare script).
const path = require('node:path');
const fs = require('node:fs');
const bundle = path.join(__dirname, '..', 'dist', 'cli', 'acc-ims.cjs');
if (!fs.existsSync(bundle)) {
  // The catalogs live in the bundle, so this one line knows both languages itself (same choice as the CLI).
  const args = process.argv.slice(2);
  const lang =
    args.find((a, i) => args[i - 1] === '--lang' || a.startsWith('--lang=')) ||
    process.env.LC_ALL ||
    process.env.LC_MESSAGES ||
    process.env.LANG ||
    '';
  const zh = /^(--lang=)?zh[-_](tw|hk|mo|hant)/i.test(lang);
  const folder = path.dirname(__dirname);
  process.stderr.write(
    zh
      ? `acc-ims：命令列工具尚未建置。請在 ${folder} 中執行「npm install」（或「npm run build:cli」）。\n`
      : `acc-ims: the command line is not built yet. Run "npm install" (or "npm run build:cli") in ${folder}\n`,
  );
  process.exit(2);
}
require(bundle).main();
