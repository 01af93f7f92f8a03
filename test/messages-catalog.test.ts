import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en } from '../electron/common/messages/catalog/en';
import { enApp } from '../electron/common/messages/catalog/en/app';
import { cli } from '../electron/common/messages/catalog/en/cli';
import { zhHantApp } from '../electron/common/messages/catalog/zh-Hant/app';
import { zhHant } from '../electron/common/messages/catalog/zh-Hant';
import { placeholdersOf, type Entry } from '../electron/common/messages/render';

/** The two catalogs stay in step: same codes, same placeholders, no empty text, no code the sources never use. */
const source = en as unknown as Record<string, Entry>;
const target = zhHant as unknown as Record<string, Entry>;
const root = resolve(__dirname, '..');

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.(ts|svelte)$/.test(f) && !f.includes('messages/catalog'))
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

describe('message catalogs', () => {
  it('have the same codes in English and Traditional Chinese', () => {
    expect(Object.keys(target).sort()).toEqual(Object.keys(source).sort());
  });

  it('give every code text in both languages with the same placeholders', () => {
    const mismatched: string[] = [];
    for (const [code, entry] of Object.entries(source)) {
      const other = target[code];
      const texts = (e: Entry | undefined) => (e === undefined ? [] : typeof e === 'string' ? [e] : [e.other, e.one ?? 'x']);
      if (![...texts(entry), ...texts(other)].every((t) => t.trim() !== '')) mismatched.push(`${code}: empty text`);
      else if (JSON.stringify(placeholdersOf(other!)) !== JSON.stringify(placeholdersOf(entry)))
        mismatched.push(`${code}: placeholders differ`);
    }
    expect(mismatched).toEqual([]);
  });

  it('holds no code the sources never use (literal, or through a template such as `step.${id}.title`)', () => {
    const code = [...sources(join(root, 'electron')), ...sources(join(root, 'renderer'))].join('\n');
    const templates = [...code.matchAll(/`([a-zA-Z][\w.-]*\$\{[^`]*)`/g)].map(
      (m) =>
        new RegExp(
          `^${m[1]!
            .split(/\$\{[^}]*\}/)
            .map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
            .join('[\\w-]+')}$`,
        ),
    );
    const unused = Object.keys(source).filter((key) => !code.includes(`'${key}'`) && !templates.some((re) => re.test(key)));
    expect(unused).toEqual([]);
  });

  it('keeps the CLI-only texts out of what the desktop shows: only the CLI uses their codes', () => {
    // The renderer loads the catalog without the `cli` area; main and the shared code must never need it.
    const cliCodes = Object.keys(cli);
    const desktopCode = ['renderer', 'electron/main', 'electron/node', 'electron/common', 'electron/preload']
      .flatMap((dir) => sources(join(root, dir)))
      .join('\n');
    expect(cliCodes.filter((c) => desktopCode.includes(`'${c}'`))).toEqual([]);
    expect(Object.keys(enApp).length + cliCodes.length).toBe(Object.keys(en).length);
    expect(Object.keys(zhHantApp).sort()).toEqual(Object.keys(enApp).sort());
  });

  it("uses Adobe's Traditional Chinese terms from the seed page", () => {
    expect(target['step.account.title']).toBe('外部帳戶');
    expect(target['step.prerequisites.title']).toBe('必要條件');
    expect(target['field.associationMask.label']).toBe('關聯遮罩（Association mask）');
    expect(target['field.tenant.label']).toContain('租用戶');
    expect(target['prereq.reserved']).toContain('Adobe 技術管理員');
  });
});
