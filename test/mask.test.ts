import { describe, expect, it } from 'vitest';
import { analyzeMask, countCapturingGroups, testMask } from '../electron/common/mask';

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

  it('follows Adobe\'s rule of thumb: mask + group name = full profile name', () => {
    for (const group of ['admin', 'deliveryOperators', 'x_1']) {
      expect(testMask('Campaign - tenant - (.*)', [`Campaign - tenant - ${group}`])[0]).toEqual({ profile: `Campaign - tenant - ${group}`, group });
    }
  });

  it('matches the whole profile name, not a part of it', () => {
    const [inside] = testMask('Campaign (.*)', ['Old Campaign admin']);
    expect(inside!.group).toBeNull();
  });

  it('explains near misses: case, spacing, prefix', () => {
    const [caseDiff, spaceDiff, other] = testMask('Campaign - acme - (.*)', ['campaign - acme - admin', 'Campaign -  acme - admin', 'Target - admin']);
    expect(caseDiff).toMatchObject({ group: null, reason: expect.stringMatching(/Upper and lower case/) });
    expect(spaceDiff).toMatchObject({ group: null, reason: expect.stringMatching(/spaces differ/) });
    expect(other).toMatchObject({ group: null, reason: expect.stringMatching(/should start with "Campaign - acme - "/) });
  });

  it('flags an empty capture and a capture that is not a Campaign internal name', () => {
    const [empty, spaced] = testMask('Campaign - acme - (.*)', ['Campaign - acme - ', 'Campaign - acme - Delivery operators']);
    expect(empty).toMatchObject({ group: null, reason: expect.stringMatching(/empty/) });
    expect(spaced).toMatchObject({ group: 'Delivery operators', warning: expect.stringMatching(/internal name/) });
  });

  it('gives the mask error for every profile when the mask itself is wrong', () => {
    const result = testMask('Campaign - acme - .*', ['Campaign - acme - admin']);
    expect(result[0]).toMatchObject({ group: null, reason: expect.stringMatching(/no capture group/) });
  });

  it('counts capture groups as the engine does (named yes, non-capturing and lookarounds no)', () => {
    expect(countCapturingGroups('a(b)(?:c)(?<n>d)(?=e)(?!f)\\(g\\)[(]')).toBe(2);
  });

  it('accepts escaped characters in the fixed text', () => {
    expect(analyzeMask('Campaign \\(v7\\) - (.*)').ok).toBe(true);
    expect(testMask('Campaign \\(v7\\) - (.*)', ['Campaign (v7) - admin'])[0]!.group).toBe('admin');
  });

  it.each([
    '(a+)+$',
    '(?:a|a)*(.*)',
    '(?:(?:a*)*)(.*)',
    '(.*)(?:.*)(?:.*)(?:.*)x',
    '(?:a{1,})+(.*)',
  ])('rejects the backtracking-prone mask %s before it can hang a match', (mask) => {
    const analysis = analyzeMask(mask);
    expect(analysis.ok).toBe(false);
  });

  it('refuses an overlong mask and caps profile names', () => {
    expect(analyzeMask(`Campaign ${'x'.repeat(300)} (.*)`)).toMatchObject({ ok: false, error: expect.stringMatching(/characters long/) });
    const [long] = testMask('Campaign (.*)', [`Campaign ${'a'.repeat(400)}`]);
    expect(long).toMatchObject({ group: null, reason: expect.stringMatching(/longer than 256/) });
  });
});
