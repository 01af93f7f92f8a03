import { describe, expect, it } from 'vitest';
import { analyzeMask, countCapturingGroups, testMask } from '../electron/common/mask';
import { render } from '../electron/common/messages/catalogs';

describe('association mask tester', () => {
  it('maps each Experience Cloud profile to the Campaign operator group the mask captures', () => {
    const result = testMask('Campaign - acme - (.*)', [
      'Campaign - acme - admin',
      'Campaign - acme - campaignManager',
      'Campaign - other - admin',
      'Analytics - acme - admin',
    ]);
    expect(result.map((r) => r.group)).toEqual(['admin', 'campaignManager', null, null]);
  });

  it("follows Adobe's rule of thumb: mask + group name = full profile name", () => {
    for (const group of ['admin', 'deliveryOperators', 'x_1']) {
      expect(testMask('Campaign - tenant - (.*)', [`Campaign - tenant - ${group}`])[0]).toEqual({
        profile: `Campaign - tenant - ${group}`,
        group,
      });
    }
  });

  it('matches the whole profile name, not a part of it', () => {
    const [inside] = testMask('Campaign (.*)', ['Old Campaign admin']);
    expect(inside!.group).toBeNull();
  });

  it('explains near misses: case, spacing, prefix', () => {
    const [caseDiff, spaceDiff, other] = testMask('Campaign - acme - (.*)', [
      'campaign - acme - admin',
      'Campaign -  acme - admin',
      'Target - admin',
    ]);
    expect(caseDiff).toMatchObject({
      group: null,
      reason: { code: 'mask.noMatchCase', params: { profile: 'campaign - acme - admin', prefix: 'Campaign - acme - ' } },
    });
    expect(spaceDiff).toMatchObject({
      group: null,
      reason: { code: 'mask.noMatchSpaces', params: { profile: 'Campaign -  acme - admin' } },
    });
    expect(other).toMatchObject({ group: null, reason: { code: 'mask.noMatchPrefix', params: { prefix: 'Campaign - acme - ' } } });
    expect(render('en', other!.group === null ? other!.reason : other!.warning!)).toBe(
      '"Target - admin" does not match the mask, so it maps to no operator group. It should start with "Campaign - acme - ".',
    );
  });

  it('explains a near miss of an anchored mask by its fixed text, not by the anchor', () => {
    expect(testMask('^Campaign - acme - (.*)$', ['Target - admin'])[0]).toMatchObject({
      reason: { code: 'mask.noMatchPrefix', params: { prefix: 'Campaign - acme - ' } },
    });
  });

  it('flags an empty capture and a capture that is not a Campaign internal name', () => {
    const [empty, spaced] = testMask('Campaign - acme - (.*)', ['Campaign - acme - ', 'Campaign - acme - Delivery operators']);
    expect(empty).toMatchObject({ group: null, reason: { code: 'mask.emptyCapture' } });
    expect(spaced).toMatchObject({
      group: 'Delivery operators',
      warning: { code: 'mask.unusualGroup', params: { group: 'Delivery operators' } },
    });
  });

  it('gives the mask error for every profile when the mask itself is wrong', () => {
    const result = testMask('Campaign - acme - .*', ['Campaign - acme - admin']);
    expect(result[0]).toMatchObject({ group: null, reason: { code: 'mask.noCapture' } });
  });

  it('counts capture groups as the engine does (named yes, non-capturing and lookarounds no)', () => {
    expect(countCapturingGroups('a(b)(?:c)(?<n>d)(?=e)(?!f)\\(g\\)[(]')).toBe(2);
  });

  it('accepts escaped characters in the fixed text', () => {
    expect(analyzeMask('Campaign \\(v7\\) - (.*)').ok).toBe(true);
    expect(testMask('Campaign \\(v7\\) - (.*)', ['Campaign (v7) - admin'])[0]!.group).toBe('admin');
  });

  it.each([
    ['(a+)+$', 'mask.grammar.captureBody', '(a+)'],
    ['(?:a|a)*(.*)', 'mask.grammar.quantifier', '*'],
    ['(?:(?:a*)*)(.*)', 'mask.grammar.nested', '('],
    ['(.*)(?:.*)(?:.*)(?:.*)x', 'mask.grammar.choiceText', '.'],
    ['(?:a{1,})+(.*)', 'mask.grammar.choiceText', '{'],
    ['(.*?)', 'mask.grammar.captureBody', '(.*?)'],
    ['(?<g>.*)', 'mask.grammar.group', '(?<g>'],
    ['(?!x)(.*)', 'mask.grammar.group', '(?!'],
    ['a|(.*)', 'mask.grammar.alternation', '|'],
    ['\\bx(.*)', 'mask.grammar.escape', '\\b'],
    ['[z-a](.*)', 'mask.grammar.range', 'z-a'],
  ])('refuses %s outside the mask grammar, naming the construct (%s "%s") and what the grammar allows', (mask, code, construct) => {
    const analysis = analyzeMask(mask);
    expect(analysis).toMatchObject({ ok: false, error: { code, params: { construct, allowed: { code: 'mask.grammar.allowed' } } } });
    if (!analysis.ok) expect(render('en', analysis.error)).toContain('A mask may contain fixed text');
  });

  it.each([
    'Campaign - tenant_id - (.*)',
    'Campaign (.*)',
    'CampaignV6 - tenant - (.*)',
    'Campaign - acme - ([a-z_]+)',
    'Campaign - (?:acme|demo) - (.+)',
    'ACC_(\\w+)',
    '^Campaign \\(v7\\) - ([^ ]*)$',
    'Campaign [Pp]rod - (.*)',
  ])('accepts %s, which the grammar allows', (mask) => {
    expect(analyzeMask(mask).ok).toBe(true);
  });

  it('limits the combinations of alternatives (each is one more way through the mask)', () => {
    const five = '(?:a|b)'.repeat(5);
    expect(analyzeMask(`${five}(.*)`).ok).toBe(true);
    expect(analyzeMask(`${five}(?:a|b)(.*)`)).toMatchObject({
      ok: false,
      error: { code: 'mask.grammar.combinations', params: { count: 64, max: 32 } },
    });
  });

  it('takes profile names up to 256 characters and no longer', () => {
    const prefix = 'Campaign - acme - ';
    const [fits] = testMask('Campaign - acme - (.*)', [prefix + 'a'.repeat(256 - prefix.length)]);
    expect(fits!.group).toBe('a'.repeat(256 - prefix.length));
    const [over] = testMask('Campaign - acme - (.*)', [prefix + 'a'.repeat(257 - prefix.length)]);
    expect(over).toMatchObject({ group: null, reason: { code: 'mask.profileTooLong' } });
  });

  it.each([
    ['\u2010', 'U+2010'],
    ['\u2011', 'U+2011'],
    ['\u2012', 'U+2012'],
    ['\u2013', 'U+2013'],
    ['\u2014', 'U+2014'],
    ['\u2015', 'U+2015'],
    ['\u2212', 'U+2212'],
    ['\uff0d', 'U+FF0D'],
  ])('refuses a look-alike dash %s and names it (%s) with the fix', (dash, codePoint) => {
    const analysis = analyzeMask(`Campaign ${dash} acme ${dash} (.*)`);
    expect(analysis).toMatchObject({ ok: false, error: { code: 'mask.lookalikeDash', params: { char: dash, codePoint, position: 10 } } });
    if (!analysis.ok) expect(render('en', analysis.error)).toMatch(/Type a plain hyphen "-" instead/);
  });

  it.each(['\u00a0', '\u2002', '\u2003', '\u2009', '\u202f', '\u3000'])('refuses the look-alike space %j', (space) => {
    expect(analyzeMask(`Campaign${space}- acme - (.*)`)).toMatchObject({
      ok: false,
      error: { code: 'mask.lookalikeSpace', params: { position: 9 } },
    });
  });

  it('refuses an overlong mask and caps profile names', () => {
    expect(analyzeMask(`Campaign ${'x'.repeat(300)} (.*)`)).toMatchObject({
      ok: false,
      error: { code: 'mask.tooLong', params: { length: 314, max: 200 } },
    });
    const [long] = testMask('Campaign (.*)', [`Campaign ${'a'.repeat(400)}`]);
    expect(long).toMatchObject({ group: null, reason: { code: 'mask.profileTooLong', params: { max: 256 } } });
  });
});
