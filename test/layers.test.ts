import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layer rule (docs/ARCHITECTURE.md "Layers") is ESLint's no-restricted-imports per folder, run over the
 * whole tree by `npm run lint`. Here: every layer has files for it to check, and the rule flags each
 * upward import it exists to refuse (and lets the allowed ones through).
 */
const ROOT = resolve(__dirname, '..');
const LAYERS = ['renderer', 'electron/common', 'electron/node', 'electron/main', 'electron/preload', 'electron/cli'];

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

async function restricted(file: string, source: string): Promise<number> {
  const [result] = await eslint.lintText(source, { filePath: join(ROOT, file) });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-imports').length;
}

describe('layer rule', () => {
  it.each(LAYERS)('%s exists and has sources to check', (layer) => {
    const files = readdirSync(join(ROOT, layer), { recursive: true, encoding: 'utf8' }).filter((f) => /\.(ts|svelte)$/.test(f));
    expect(files.length).toBeGreaterThan(0);
  });

  it.each([
    ['electron/common/probe.ts', "import '../node/keychain/keychain';"],
    ['electron/common/probe.ts', "import '../main/handlers';"],
    ['electron/common/probe.ts', "import 'node:fs';"],
    ['electron/common/probe.ts', "import 'electron';"],
    ['electron/common/probe.ts', "import '@adobe/acc-js-sdk';"],
    ['electron/node/probe.ts', "import '../main/handlers';"],
    ['electron/node/probe.ts', "import '../cli/main';"],
    ['electron/node/probe.ts', "import 'keytar';"],
    ['electron/cli/probe.ts', "import '../main/handlers';"],
    ['electron/main/probe.ts', "import '../cli/main';"],
    ['electron/preload/probe.ts', "import '../common/ipc/contract';"],
    ['renderer/lib/probe.ts', "import '../../electron/node/keychain/keychain';"],
    ['renderer/lib/probe.ts', "import 'node:path';"],
  ])('%s: %s is refused', async (file, source) => {
    expect(await restricted(file, source)).toBe(1);
  });

  it.each([
    ['electron/node/probe.ts', "import '../common/config/validate';"],
    ['electron/node/keychain/probe.ts', "import 'keytar';"],
    ['electron/main/probe.ts', "import '../node/handover/import';"],
    ['electron/cli/probe.ts', "import '../node/handover/export';"],
    ['renderer/lib/probe.ts', "import '../../electron/common/messages/render';"],
  ])('%s: %s is allowed', async (file, source) => {
    expect(await restricted(file, source)).toBe(0);
  });
});
