import { describe, expect, it } from 'vitest';
import { render } from '../electron/common/messages/catalogs';
import { localeFromEnv, parseLangOption, pickLocale } from '../electron/common/messages/locale';
import { msg } from '../electron/common/messages/message';
import { renderMessage, type Catalog } from '../electron/common/messages/render';

// How a message becomes words and which language is chosen; the catalogs themselves are checked by
// test/messages-catalog.test.ts.

describe('rendering', () => {
  const catalog = {
    'x.plural': { one: '{count} operator has no e-mail', other: '{count} operators have no e-mail' },
    'x.list': 'Installed: {names}.',
    'x.outer': 'Fix it: {inner}',
    'x.inner': 'use {host}',
  } as unknown as Catalog;
  const m = (code: string, params?: object) => ({ code, params }) as never;

  it('picks the plural form by count, per language', () => {
    expect(renderMessage('en', catalog, m('x.plural', { count: 1 }))).toBe('1 operator has no e-mail');
    expect(renderMessage('en', catalog, m('x.plural', { count: 3 }))).toBe('3 operators have no e-mail');
    expect(renderMessage('zh-Hant', catalog, m('x.plural', { count: 1 }))).toBe('1 operators have no e-mail');
  });

  it('joins lists the way each language does', () => {
    expect(renderMessage('en', catalog, m('x.list', { names: ['nms:core', 'nms:amp', 'nms:mobile'] }))).toBe(
      'Installed: nms:core, nms:amp, and nms:mobile.',
    );
    expect(renderMessage('zh-Hant', catalog, m('x.list', { names: ['a', 'b', 'c'] }))).toBe('Installed: a、b和c.');
  });

  it('renders nested messages in the same language and leaves unknown placeholders and codes visible', () => {
    expect(renderMessage('en', catalog, m('x.outer', { inner: m('x.inner', { host: 'h' }) }))).toBe('Fix it: use h');
    expect(renderMessage('en', catalog, m('x.inner'))).toBe('use {host}');
    expect(renderMessage('en', catalog, m('no.such.code'))).toBe('no.such.code');
  });

  it('renders a real code in both languages', () => {
    expect(render('zh-Hant', msg('nav.stepOf', { n: 3, total: 8 }))).toBe('第 3 步，共 8 步');
    expect(render('en', msg('nav.stepOf', { n: 3, total: 8 }))).toBe('Step 3 of 8');
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
  ])('the desktop, on an OS locale of "%s", shows %s', (os, expected) => {
    expect(pickLocale(os)).toBe(expected);
  });

  it.each([
    [{ LANG: 'zh_TW.UTF-8' }, 'zh-Hant'],
    [{ LANG: 'zh_HK.UTF-8' }, 'zh-Hant'],
    [{ LANG: 'zh_MO' }, 'zh-Hant'],
    [{ LANG: 'zh-Hant' }, 'zh-Hant'],
    [{ LANG: 'zh_CN.UTF-8' }, 'en'],
    [{ LANG: 'C' }, 'en'],
    [{}, 'en'],
    [{ LANG: 'zh_TW.UTF-8', LC_MESSAGES: 'C' }, 'en'],
    [{ LANG: 'C', LC_MESSAGES: 'zh_TW.UTF-8' }, 'zh-Hant'],
    [{ LC_ALL: 'zh_HK.UTF-8', LC_MESSAGES: 'C', LANG: 'C' }, 'zh-Hant'],
    [{ LC_ALL: '', LANG: 'zh_TW' }, 'zh-Hant'],
  ])('the CLI, under %j, speaks %s', (env, expected) => {
    expect(localeFromEnv(env)).toBe(expected);
  });

  it.each([
    ['en', 'en'],
    ['zh-Hant', 'zh-Hant'],
    ['zh-hant', 'zh-Hant'],
    ['zh_TW', 'zh-Hant'],
    ['fr', undefined],
    ['zh-CN', undefined],
  ])('--lang %s is %s', (value, expected) => {
    expect(parseLangOption(value)).toBe(expected);
  });
});
