import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../electron/main/security';

describe('renderer components', () => {
  it('is where every visible text of the components comes from (no words typed into a template)', () => {
    const dir = resolve(__dirname, '../renderer');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.svelte'));
    const hardCoded: string[] = [];
    for (const file of files) {
      let text = readFileSync(join(dir, file), 'utf8')
        .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, '')
        .replace(/<!--[\s\S]*?-->/g, '');
      // Expressions can nest ({t('k', { n })}): strip the innermost braces until none is left.
      while (/\{[^{}]*\}/.test(text)) text = text.replace(/\{[^{}]*\}/g, '');
      text = text.replace(/<[^>]*>/g, '\n');
      for (const line of text.split('\n')) if (/[A-Za-z\u4e00-\u9fff]{2,}/.test(line)) hardCoded.push(`${file}: ${line.trim()}`);
    }
    expect(hardCoded).toEqual([]);
  });
});

describe('renderer page', () => {
  it("repeats main's Content-Security-Policy in its meta tag (frame-ancestors only works as a header)", () => {
    const html = readFileSync(resolve(__dirname, '../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    const header = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors'));
    expect(meta?.split('; ')).toEqual(header);
  });
});
