import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../electron/main/security';
import en from '../renderer/locales/en.json';
import zhHant from '../renderer/locales/zh-Hant.json';
import { pickLocale, translate } from '../renderer/lib/i18n';

/** The two catalogs stay in step: same keys, same placeholders, no empty text, no key the code never uses. */
const catalogs: Record<string, Record<string, string>> = { en, 'zh-Hant': zhHant };
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

function rendererSources(dir = resolve(__dirname, '../renderer')): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'locales' ? [] : rendererSources(path);
    return /\.(ts|svelte)$/.test(name) ? [readFileSync(path, 'utf8')] : [];
  });
}

describe('message catalogs', () => {
  it('have the same keys in English and Traditional Chinese', () => {
    expect(Object.keys(zhHant).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(Object.keys(en))('%s has the same placeholders and text in both languages', (key) => {
    for (const catalog of Object.values(catalogs)) expect(catalog[key]?.trim()).toBeTruthy();
    expect(placeholders(zhHant[key as keyof typeof zhHant])).toEqual(placeholders(en[key as keyof typeof en]));
  });

  it('holds no key the renderer never uses (literal, or through a template such as `step.${id}.title`)', () => {
    const code = rendererSources().join('\n');
    const templates = [...code.matchAll(/`([a-zA-Z][\w.-]*\$\{[^`]*)`/g)].map(
      (m) => new RegExp(`^${m[1]!.split(/\$\{[^}]*\}/).map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&')).join('[\\w-]+')}$`),
    );
    const unused = Object.keys(en).filter((key) => !code.includes(`'${key}'`) && !templates.some((re) => re.test(key)));
    expect(unused).toEqual([]);
  });

  it('is where every visible text of the components comes from (no words typed into a template)', () => {
    const dir = resolve(__dirname, '../renderer');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.svelte'));
    const hardCoded: string[] = [];
    for (const file of files) {
      let text = readFileSync(join(dir, file), 'utf8').replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, '').replace(/<!--[\s\S]*?-->/g, '');
      // Expressions can nest ({t('k', { n })}): strip the innermost braces until none is left.
      while (/\{[^{}]*\}/.test(text)) text = text.replace(/\{[^{}]*\}/g, '');
      text = text.replace(/<[^>]*>/g, '\n');
      for (const line of text.split('\n')) if (/[A-Za-z\u4e00-\u9fff]{2,}/.test(line)) hardCoded.push(`${file}: ${line.trim()}`);
    }
    expect(hardCoded).toEqual([]);
  });

  it("uses Adobe's Traditional Chinese terms from the seed page and the console's English field names", () => {
    expect(zhHant['step.account.title']).toBe('外部帳戶');
    expect(zhHant['step.prerequisites.title']).toBe('必要條件');
    expect(zhHant['field.associationMask.label']).toBe('關聯遮罩（Association mask）');
    expect(zhHant['field.productContext.label']).toBe('產品內容（Product context）');
    expect(zhHant['field.tenant.label']).toContain('租用戶');
    expect(zhHant['field.callbackServer.label']).toContain('Callback server');
    expect(zhHant['prereq.reserved']).toContain('Adobe 技術管理員');
  });
});

describe('language choice', () => {
  it.each([
    ['zh-TW', 'zh-Hant'],
    ['zh-Hant-HK', 'zh-Hant'],
    ['zh_TW', 'zh-Hant'],
    ['zh', 'zh-Hant'],
    ['en-US', 'en'],
    ['fr-FR', 'en'],
    ['', 'en'],
  ])('an OS locale of "%s" shows %s', (os, expected) => {
    expect(pickLocale(os)).toBe(expected);
  });

  it('fills placeholders and leaves an unknown one visible', () => {
    expect(translate('zh-Hant', 'nav.stepOf', { n: 3, total: 8 })).toBe('第 3 步，共 8 步');
    expect(translate('en', 'nav.stepOf', { n: 3 })).toBe('Step 3 of {total}');
  });
});

describe('renderer page', () => {
  it("repeats main's Content-Security-Policy in its meta tag (frame-ancestors only works as a header)", () => {
    const html = readFileSync(resolve(__dirname, '../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    const header = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors'));
    expect(meta?.split('; ')).toEqual(header);
  });
});
