import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { validateConfigText } from '../electron/common/config/validate';
import { WizardError } from '../electron/common/errors';
import { buildAccountPackage, parseAccountPackage } from '../electron/common/handover/package-xml';
import { render } from '../electron/common/messages/catalogs';
import { validConfig } from './helpers/configs';

// Hostile input for every text parser: nothing but a verdict or a WizardError with a readable message.

/** Random edits of a valid document: the inputs closest to what a damaged or hand-edited file looks like. */
function mutated(text: string) {
  const edit = fc.tuple(
    fc.nat({ max: text.length }),
    fc.nat({ max: 8 }),
    fc.string({
      maxLength: 6,
      unit: fc.constantFrom('<', '>', '"', "'", '&', '{', '}', '[', ']', ':', ',', '\\', '/', '=', ' ', 'a', '1', '\u0000', '\uFFFF', '😀'),
    }),
  );
  return fc
    .array(edit, { minLength: 1, maxLength: 5 })
    .map((edits) => edits.reduce((t, [at, remove, insert]) => t.slice(0, at) + insert + t.slice(at + remove), text));
}

function expectWizardErrorOnly(run: () => unknown): void {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(WizardError);
    const text = render('en', (e as WizardError).userMessage);
    expect(text).toMatch(/\. |\.$/);
    expect(text).not.toMatch(/\n\s+at /);
  }
}

describe('config JSON', () => {
  const text = JSON.stringify(validConfig(), null, 2);

  it('a damaged config file gets a verdict, never an exception', () => {
    fc.assert(
      fc.property(mutated(text), (t) => {
        const result = validateConfigText(t);
        expect(typeof result.valid).toBe('boolean');
        for (const p of [...result.errors, ...result.warnings]) expect(render('en', p).length).toBeGreaterThan(10);
      }),
      { numRuns: 500 },
    );
  });

  it('deep nesting is refused with a message, not a stack overflow', () => {
    const deep = `{"format":"acc-ims-config","version":1,"account":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    expect(validateConfigText(deep)).toMatchObject({ valid: false, errors: [{ path: 'account' }] });
  });
});

describe('Campaign data package (XML)', () => {
  const xml = buildAccountPackage(validConfig() as never);

  it('a damaged package gets a parse or a clear refusal', () => {
    fc.assert(
      fc.property(mutated(xml), (t) => expectWizardErrorOnly(() => parseAccountPackage(t))),
      { numRuns: 500 },
    );
  });

  it('arbitrary text is refused clearly', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (t) => expectWizardErrorOnly(() => parseAccountPackage(t))),
      { numRuns: 300 },
    );
  });

  it('does not expand entities (billion laughs) and names the problem', () => {
    const lol = Array.from({ length: 10 }, (_, i) => `<!ENTITY l${i + 1} "${`&l${i};`.repeat(10)}">`).join('');
    const bomb = `<?xml version="1.0"?><!DOCTYPE p [<!ENTITY l0 "lol">${lol}]><package><entities schema="nms:extAccount"><extAccount name="&l10;"/></entities></package>`;
    let refusal: WizardError | undefined;
    try {
      parseAccountPackage(bomb);
    } catch (e) {
      refusal = e as WizardError;
    }
    expect(refusal).toBeInstanceOf(WizardError);
    expect(render('en', refusal!.userMessage)).toMatch(/not well-formed XML \(entity not found/);
  });

  it('refuses an external entity instead of reading a local file', () => {
    const xxe = `<?xml version="1.0"?><!DOCTYPE p [<!ENTITY x SYSTEM "file:///etc/passwd">]><package><entities schema="nms:extAccount"><extAccount name="&x;" tenant="acme"/></entities></package>`;
    let text: string;
    try {
      text = JSON.stringify(parseAccountPackage(xxe));
    } catch (e) {
      text = e instanceof WizardError ? render('en', e.userMessage) : (e as Error).message;
    }
    expect(text).not.toContain('root:');
  });
});
