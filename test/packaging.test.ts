import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../electron/main/security';

/**
 * The electron-builder config is valid (checked offline against electron-builder's own
 * schema) and really packages the app: `electron-builder --dir` with a stub Electron (the real one cannot
 * be downloaded here) writes an app.asar that holds the built app and its runtime dependencies, with
 * keytar's native module unpacked and the security fuses flipped in the executable.
 */
const ROOT = resolve(__dirname, '..');
const run = promisify(execFile);
const require_ = (id: string) => createRequire(__filename)(join(ROOT, 'node_modules', id));

const loadYaml = (file: string) => require_('js-yaml').load(readFileSync(file, 'utf8')) as Record<string, any>;
const config = loadYaml(join(ROOT, 'electron-builder.yml'));

function validateAgainstScheme(candidate: unknown): string[] {
  const Ajv = require_('ajv');
  const ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true });
  const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'node_modules/app-builder-lib/scheme.json'), 'utf8')));
  return validate(candidate)
    ? []
    : (validate.errors as { instancePath: string; message: string; params: unknown }[]).map(
        (e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`,
      );
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema, and the schema catches a wrong key", () => {
    expect(validateAgainstScheme(config)).toEqual([]);
    expect(validateAgainstScheme({ ...config, npmRebuilt: false })).not.toEqual([]);
  });

  it('names the app and builds nsis, dmg, AppImage and deb', () => {
    expect(config.appId).toMatch(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/);
    expect(config.productName).toBe('ACC IMS Wizard');
    const targets = (platform: string) =>
      (config[platform].target as (string | { target: string })[]).map((t) => (typeof t === 'string' ? t : t.target));
    expect(targets('win')).toEqual(['nsis']);
    expect(targets('mac')).toEqual(['dmg']);
    expect(targets('linux')).toEqual(['AppImage', 'deb']);
  });

  it('turns off the extra rights of file:// pages (the renderer is served from app://)', () => {
    expect(config.electronFuses.grantFileProtocolExtraPrivileges).toBe(false);
  });

  it('never rebuilds native modules (N-API keytar works as built) and keeps them out of the archive', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.asarUnpack).toContain('**/*.node');
  });

  it('points at icons that exist in every format the targets need', () => {
    expect(pngSize(join(ROOT, 'resources/icon.png'))).toEqual({ width: 1024, height: 1024 });
    expect(pngSize(join(ROOT, config.linux.icon, '512x512.png'))).toEqual({ width: 512, height: 512 });
    expect(pngSize(join(ROOT, config.linux.icon, '1024x1024.png'))).toEqual({ width: 1024, height: 1024 });
    const ico = readFileSync(join(ROOT, config.win.icon));
    expect(ico.readUInt16LE(2)).toBe(1); // an icon, not a cursor
    const icoSizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico[6 + 16 * i] || 256);
    expect(icoSizes).toContain(256);
    const icns = readFileSync(join(ROOT, config.mac.icon));
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    expect(icns.includes(Buffer.from('ic10'))).toBe(true); // 1024 px (512@2x) for Retina docks
  });

  it('ships exactly the icons scripts/make-icons.mjs draws', async () => {
    const out = mkdtempSync(join(tmpdir(), 'acc-ims-icons-'));
    await run(process.execPath, [join(ROOT, 'scripts/make-icons.mjs'), out]);
    const files = (dir: string): string[] =>
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
        .sort();
    expect(files(out)).toEqual(files(join(ROOT, 'resources')));
    for (const f of files(out)) expect(readFileSync(join(out, f)).equals(readFileSync(join(ROOT, 'resources', f))), f).toBe(true);
  });
});

// A stand-in for the Electron executable: a script carrying Electron 45's fuse wire in its factory state
// (sentinel, wire version 1, 8 fuses), so electron-builder's fuse step flips it exactly as in the real one.
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FACTORY_FUSES = '10110001';
const FUSE_NAMES = [
  'RunAsNode',
  'EnableCookieEncryption',
  'EnableNodeOptionsEnvironmentVariable',
  'EnableNodeCliInspectArguments',
  'EnableEmbeddedAsarIntegrityValidation',
  'OnlyLoadAppFromAsar',
  'LoadBrowserProcessSpecificV8Snapshot',
  'GrantFileProtocolExtraPrivileges',
];

function stubElectronDist(dir: string): void {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  writeFileSync(
    join(dir, 'electron'),
    Buffer.concat([
      Buffer.from(`#!/bin/sh\nexit 0\n# ${FUSE_SENTINEL}`),
      Buffer.from([1, FACTORY_FUSES.length]),
      Buffer.from(`${FACTORY_FUSES}\n`),
    ]),
    { mode: 0o755 },
  );
  writeFileSync(join(dir, 'version'), require_('electron/package.json').version);
}

function fusesOf(executable: string): Record<string, boolean> {
  const bytes = readFileSync(executable);
  const at = bytes.indexOf(FUSE_SENTINEL) + FUSE_SENTINEL.length;
  return Object.fromEntries(FUSE_NAMES.map((name, i) => [name, bytes[at + 2 + i] === 0x31]));
}

// Opt-out for slow machines; on by default, CI included (about 15 s here).
const packagingEnabled = process.env.ACC_IMS_PACKAGING_TEST !== '0' && process.platform === 'linux';

describe.runIf(packagingEnabled)('electron-builder --dir with a stub Electron', () => {
  let stage: string;
  let unpacked: string;
  let asarFiles: string[];
  afterAll(() => stage && rmSync(stage, { recursive: true, force: true }));
  const asar = () => require_('@electron/asar');
  const readAsar = (path: string) => asar().extractFile(join(unpacked, 'resources/app.asar'), path).toString('utf8') as string;

  it('packages the app built by electron-vite', async () => {
    // A staging copy of the project (node_modules hard-linked, so electron-builder sees the real
    // dependency tree), so this test never touches the checkout's own out/ or release/.
    stage = mkdtempSync(join(tmpdir(), 'acc-ims-pack-'));
    for (const f of ['package.json', 'package-lock.json', 'electron-builder.yml']) copyFileSync(join(ROOT, f), join(stage, f));
    cpSync(join(ROOT, 'resources'), join(stage, 'resources'), { recursive: true });
    await run('cp', ['-al', join(ROOT, 'node_modules'), join(stage, 'node_modules')]);
    await run(process.execPath, [join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--outDir', join(stage, 'out')], {
      cwd: ROOT,
    });
    stubElectronDist(join(stage, 'stub'));
    await run(
      process.execPath,
      [
        join(ROOT, 'node_modules/electron-builder/cli.js'),
        '--linux',
        'dir',
        '--projectDir',
        stage,
        '--publish',
        'never',
        `-c.electronDist=${join(stage, 'stub')}`,
      ],
      {
        cwd: stage,
        env: { ...process.env, CI: 'true' },
        maxBuffer: 16 * 1024 * 1024,
      },
    );
    unpacked = join(stage, 'release', 'linux-unpacked');
    asarFiles = asar().listPackage(join(unpacked, 'resources/app.asar')) as string[];
    expect(asarFiles.length).toBeGreaterThan(0);
  }, 180_000);

  it("lands keytar's native module unpacked, byte for byte the one built for this platform", () => {
    const rel = 'node_modules/keytar/build/Release/keytar.node';
    const shipped = readFileSync(join(unpacked, 'resources/app.asar.unpacked', rel));
    expect(shipped.equals(readFileSync(join(ROOT, rel)))).toBe(true);
    expect(asarFiles.filter((f) => f.endsWith('.node'))).toEqual([`/${rel}`]); // listed in the archive, stored outside it
  });

  it('holds the built main, preload and renderer, and no sources, tests or maps', () => {
    for (const f of ['/package.json', '/out/main/index.js', '/out/preload/index.cjs', '/out/renderer/index.html'])
      expect(asarFiles).toContain(f);
    const appFiles = asarFiles.filter((f) => !f.startsWith('/node_modules/'));
    expect(
      appFiles.filter(
        (f) => /\.(ts|mts|cts|svelte|map)$/.test(f) || /^\/(electron|renderer|test|bench|scripts|dist|resources|bin)(\/|$)/.test(f),
      ),
    ).toEqual([]);
    expect(asarFiles.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
    expect(JSON.parse(readAsar('package.json')).main).toBe('out/main/index.js');
  });

  it('carries every runtime dependency of the main bundle and all of theirs', () => {
    const packages = new Set(
      asarFiles
        .filter((f) => /^\/node_modules\/(@[^/]+\/)?[^/@]+\/package\.json$/.test(f))
        .map((f) => f.slice('/node_modules/'.length, -'/package.json'.length)),
    );
    const main = readAsar('out/main/index.js');
    const wanted = [...main.matchAll(/(?:require|import)\("([^"]+)"\)/g)]
      .map((m) => m[1]!)
      .filter((id) => !id.startsWith('node:') && id !== 'electron');
    // zod is bundled into main (tree-shaken); the SDK and keytar load on first use; xmldom builds packages.
    expect(wanted.sort()).toEqual(expect.arrayContaining(['@adobe/acc-js-sdk', '@xmldom/xmldom', 'keytar']));
    const missing: string[] = [];
    const seen = new Set<string>();
    const visit = (name: string, from: string) => {
      const pkg = name.startsWith('@') ? name.split('/').slice(0, 2).join('/') : name.split('/')[0]!;
      if (seen.has(pkg)) return;
      seen.add(pkg);
      if (!packages.has(pkg)) return void missing.push(`${pkg} (needed by ${from})`);
      const manifest = JSON.parse(readAsar(`node_modules/${pkg}/package.json`));
      for (const dep of Object.keys(manifest.dependencies ?? {})) if (!(dep in (manifest.optionalDependencies ?? {}))) visit(dep, pkg);
    };
    for (const id of wanted) visit(id, 'out/main/index.js');
    expect(missing).toEqual([]);
  });

  it('ships a sandbox-ready preload: one CommonJS file that requires only electron', () => {
    const preload = readAsar('out/preload/index.cjs');
    expect([...new Set([...preload.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]))]).toEqual(['electron']);
    expect(asarFiles.filter((f) => f.startsWith('/out/preload/'))).toEqual(['/out/preload/index.cjs']);
  });

  it('ships a renderer page whose own CSP matches the one app:// sends with it', () => {
    const html = readAsar('out/renderer/index.html');
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1];
    // frame-ancestors is ignored in a meta tag; everything else must be the same policy.
    const directives = (policy: string) =>
      policy
        .split(';')
        .map((d) => d.trim())
        .filter((d) => d && !d.startsWith('frame-ancestors'))
        .sort();
    expect(meta && directives(meta)).toEqual(directives(CONTENT_SECURITY_POLICY));
  });

  it('flips the security fuses in the executable', () => {
    expect(readdirSync(unpacked)).toContain('acc-ims-wizard');
    expect(fusesOf(join(unpacked, 'acc-ims-wizard'))).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      LoadBrowserProcessSpecificV8Snapshot: false,
      // Off: the renderer is served from app:// (docs/ARCHITECTURE.md), so file:// pages need no extra rights.
      GrantFileProtocolExtraPrivileges: false,
    });
  });
});
