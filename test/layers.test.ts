import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, dirname } from 'node:path';
import { describe, expect, it } from 'vitest';

/** DESIGN.md layers: imports only go down; renderer → common; main → node → common; cli → node → common. */
const ROOT = resolve(__dirname, '..');
const LAYERS = ['renderer', 'electron/common', 'electron/node', 'electron/main', 'electron/preload', 'electron/cli'] as const;
type Layer = (typeof LAYERS)[number];
const ALLOWED: Record<Layer, Layer[]> = {
  renderer: ['renderer', 'electron/common'],
  'electron/common': ['electron/common'],
  'electron/node': ['electron/node', 'electron/common'],
  'electron/main': ['electron/main', 'electron/node', 'electron/common'],
  'electron/preload': ['electron/preload', 'electron/common'],
  'electron/cli': ['electron/cli', 'electron/node', 'electron/common'],
};

function sources(dir: string): string[] {
  let stat;
  try {
    stat = statSync(dir);
  } catch {
    return [];
  }
  if (!stat.isDirectory()) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|svelte|mts|cts|js)$/.test(name) ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/(?:import|export)\s+(?:type\s+)?(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|require\(\s*['"]([^'"]+)['"]\s*\)/g)];
  return specs.map((m) => m[1] ?? m[2] ?? m[3]!).filter(Boolean);
}

function layerOf(path: string): Layer | null {
  const rel = relative(ROOT, path).replace(/\\/g, '/');
  return [...LAYERS].sort((a, b) => b.length - a.length).find((l) => rel === l || rel.startsWith(`${l}/`)) ?? null;
}

describe('layer rule', () => {
  for (const layer of LAYERS) {
    const files = sources(join(ROOT, layer));
    it(`${layer} imports only ${ALLOWED[layer].join(', ')}${layer === 'electron/common' || layer === 'renderer' ? ', and no node: module or electron' : ''}`, () => {
      const violations: string[] = [];
      for (const file of files) {
        for (const spec of imports(file)) {
          const where = `${relative(ROOT, file)} imports "${spec}"`;
          if (spec.startsWith('.')) {
            const target = layerOf(resolve(dirname(file), spec));
            if (target && !ALLOWED[layer].includes(target)) violations.push(where);
            continue;
          }
          const pureLayer = layer === 'electron/common' || layer === 'renderer';
          if (pureLayer && (spec.startsWith('node:') || spec === 'electron' || /^(fs|path|os|crypto|child_process|http|https|net|tls|url|util|stream|zlib)$/.test(spec))) {
            violations.push(where);
          }
          if (pureLayer && (spec === 'keytar' || spec.startsWith('@adobe/acc-js-sdk'))) violations.push(where);
          if (layer !== 'electron/node' && spec === 'keytar') violations.push(`${where} (only electron/node/keychain may use keytar)`);
        }
      }
      expect(violations).toEqual([]);
    });
  }

  it('keeps keytar behind one module', () => {
    const users = sources(join(ROOT, 'electron')).filter((f) => imports(f).includes('keytar')).map((f) => relative(ROOT, f).replace(/\\/g, '/'));
    expect(users.length).toBeLessThanOrEqual(1);
    for (const u of users) expect(u).toMatch(/^electron\/node\/keychain\//);
  });

  it('finds the imports it checks (the scanner itself works)', () => {
    const found = imports(join(ROOT, 'electron/common/config/check.ts'));
    expect(found).toEqual(expect.arrayContaining(['../problems', './rules', './defaults']));
    expect(layerOf(join(ROOT, 'electron/common/x.ts'))).toBe('electron/common');
  });
});
