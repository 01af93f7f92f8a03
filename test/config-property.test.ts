import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateConfig, validateConfigText } from '../electron/common/config/validate';
import { analyzeMask, testMask } from '../electron/common/mask';
import { render } from '../electron/common/messages/catalogs';
import { validConfig } from './helpers/configs';

const FIELDS = Object.keys(validConfig().account);

describe('validation never throws', () => {
  it('on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = validateConfig(value);
        expect(result.valid).toBe(false);
        expect(result.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 2000 },
    );
  });

  it('on a valid config with one field replaced by anything', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FIELDS), fc.jsonValue(), (field, value) => {
        const config = validConfig();
        config.account[field] = value;
        const result = validateConfig(config);
        // Whatever the verdict, a finding names its field and a valid result carries the config.
        // (The tenant is also checked against the mask, and that finding belongs to the mask.)
        const own = field === 'tenant' ? /^account\.(tenant|associationMask)/ : new RegExp(`^account\\.${field}`);
        for (const p of [...result.errors, ...result.warnings]) expect(p.path).toMatch(own);
        // Every finding renders completely in both languages: a known code, every placeholder filled. The
        // admin's own text is quoted in messages and may hold braces itself ({"{A}": 1}): set it aside first.
        const typed = stringsIn(value).sort((a, b) => b.length - a.length);
        for (const p of [...result.errors, ...result.warnings]) {
          for (const locale of ['en', 'zh-Hant'] as const) {
            const text = typed.reduce((t, s) => t.split(s).join(''), render(locale, p));
            expect(text).not.toMatch(/\{\w+\}|^rule\.|^mask\.|^build\./);
          }
        }
        expect(result.valid).toBe(result.config !== undefined);
      }),
      { numRuns: 2000 },
    );
  });

  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        expect(() => validateConfigText(text)).not.toThrow();
      }),
      { numRuns: 2000 },
    );
  });

  it('on arbitrary masks and profile names', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), fc.array(fc.string({ maxLength: 80 }), { maxLength: 4 }), (mask, profiles) => {
        expect(() => analyzeMask(mask)).not.toThrow();
        expect(testMask(mask, profiles)).toHaveLength(profiles.length);
      }),
      { numRuns: 3000 },
    );
  });

  it('agrees with the schema: every config the rules accept parses with defaults', () => {
    fc.assert(
      fc.property(
        fc.record({
          label: fc.option(fc.constantFrom('MAC', 'Adobe Experience Cloud'), { nil: undefined }),
          imsScope: fc.option(fc.constantFrom('openid,AdobeID', 'openid,AdobeID,session'), { nil: undefined }),
          tenant: fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/),
          clientId: fc.stringMatching(/^[A-Za-z][A-Za-z0-9-]{0,15}$/),
        }),
        (fields) => {
          const config = validConfig();
          for (const [k, v] of Object.entries(fields)) {
            if (v === undefined) delete config.account[k];
            else config.account[k] = v;
          }
          const result = validateConfig(config);
          expect(result.errors).toEqual([]);
          expect(result.config?.account.label).toBe(fields.label ?? 'Adobe Experience Cloud');
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Every string in a JSON value, keys included. */
function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return value ? [value] : [];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => [...(k ? [k] : []), ...stringsIn(v)]);
  return [];
}
