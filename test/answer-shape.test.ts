import { describe, expect, it } from 'vitest';
import { ANSWER_LIMITS, declaresDocumentType, implausibleMarkup } from '../electron/node/campaign/answer-shape';

// The look at an answer's markup before the SDK parses it (test/hostile-soap.test.ts sends such answers
// over the wire): each limit holds at its exact bound, and only real markup counts towards it.

const nested = (depth: number) => '<e>'.repeat(depth) + '</e>'.repeat(depth);
const withAttributes = (count: number, value = '1') =>
  `<r>${'<e ' + Array.from({ length: count }, (_, i) => `a${i}="${value}"`).join(' ') + '/>'}</r>`;

describe('document type declarations', () => {
  it('are found wherever they stand, in any case, as DOCTYPE or ENTITY', () => {
    expect(declaresDocumentType('<!DOCTYPE r [<!ENTITY a "x">]><r/>')).toBe(true);
    expect(declaresDocumentType('<?xml version="1.0"?>\n<!doctype r><r/>')).toBe(true);
    expect(declaresDocumentType('<r>text</r><!ENTITY a "x">')).toBe(true);
  });

  it('are not found in an ordinary answer or a comment', () => {
    expect(declaresDocumentType('<?xml version="1.0"?><SOAP-ENV:Envelope><!-- a doctype --></SOAP-ENV:Envelope>')).toBe(false);
  });
});

describe('implausible markup', () => {
  it('passes an ordinary answer', () => {
    expect(implausibleMarkup('<?xml version="1.0" encoding="utf-8"?><Envelope><Body><r a="1" b=\'2\'>x</r></Body></Envelope>')).toBeNull();
  });

  it('allows as many elements as the limit, not one more', () => {
    expect(implausibleMarkup(`<r>${'<e/>'.repeat(ANSWER_LIMITS.elements - 1)}</r>`)).toBeNull();
    expect(implausibleMarkup(`<r>${'<e/>'.repeat(ANSWER_LIMITS.elements)}</r>`)).toEqual({
      code: 'soap.shape.elements',
      params: { count: ANSWER_LIMITS.elements },
    });
  });

  it('allows as many attributes on one element as the limit, not one more', () => {
    expect(implausibleMarkup(withAttributes(ANSWER_LIMITS.attributesPerElement))).toBeNull();
    expect(implausibleMarkup(withAttributes(ANSWER_LIMITS.attributesPerElement + 1))).toEqual({
      code: 'soap.shape.attributes',
      params: { count: ANSWER_LIMITS.attributesPerElement },
    });
  });

  it('does not count an equals sign inside a quoted value as an attribute', () => {
    expect(implausibleMarkup(withAttributes(ANSWER_LIMITS.attributesPerElement, 'x=y'))).toBeNull();
    const single = `<r><e ${Array.from({ length: ANSWER_LIMITS.attributesPerElement }, (_, i) => `a${i}='k=v'`).join(' ')}/></r>`;
    expect(implausibleMarkup(single)).toBeNull();
  });

  it('allows nesting as deep as the limit, not one level more', () => {
    expect(implausibleMarkup(nested(ANSWER_LIMITS.depth))).toBeNull();
    expect(implausibleMarkup(nested(ANSWER_LIMITS.depth + 1))).toEqual({
      code: 'soap.shape.depth',
      params: { count: ANSWER_LIMITS.depth },
    });
  });

  it('counts depth only for open elements: closed and self-closing ones do not add up', () => {
    expect(implausibleMarkup(`<r>${'<e></e>'.repeat(ANSWER_LIMITS.depth * 2)}</r>`)).toBeNull();
    expect(implausibleMarkup(`<r>${'<e/>'.repeat(ANSWER_LIMITS.depth * 2)}</r>`)).toBeNull();
    expect(implausibleMarkup(`<r>${'<e a="/"/>'.repeat(ANSWER_LIMITS.depth * 2)}</r>`)).toBeNull();
  });

  it('does not take a slash inside a quoted value for a self-closing tag', () => {
    expect(implausibleMarkup(`${'<e a="/">'.repeat(ANSWER_LIMITS.depth + 1)}`)).toEqual({
      code: 'soap.shape.depth',
      params: { count: ANSWER_LIMITS.depth },
    });
  });

  it('does not let stray closing tags buy extra depth', () => {
    expect(implausibleMarkup('</x>'.repeat(10) + nested(ANSWER_LIMITS.depth + 1))).toMatchObject({ code: 'soap.shape.depth' });
  });

  it('does not end a tag at a ">" inside a quoted value', () => {
    const text = `<r>${`<e a=">${'<x/>'.repeat(10)}"/>`.repeat(ANSWER_LIMITS.elements - 1)}</r>`;
    expect(implausibleMarkup(text)).toBeNull();
  });

  it('skips comments, CDATA, processing instructions and declarations, whatever they hold', () => {
    const many = '<e a="1"/>'.repeat(ANSWER_LIMITS.elements);
    expect(implausibleMarkup(`<r><!--${many}--></r>`)).toBeNull();
    expect(implausibleMarkup(`<r><![CDATA[${many}]]></r>`)).toBeNull();
    expect(implausibleMarkup(`<?pi ${many}?><r/>`)).toBeNull();
    expect(implausibleMarkup(`<!X ${'<e/'.repeat(ANSWER_LIMITS.elements)}><r/>`)).toBeNull();
  });

  it('counts the elements after a comment, a CDATA section or a processing instruction', () => {
    const over = '<e/>'.repeat(ANSWER_LIMITS.elements + 1);
    for (const before of ['<!-- > -->', '<![CDATA[ > ]]>', '<?pi > ?>', '<!X>']) {
      expect(implausibleMarkup(`${before}${over}`), before).toMatchObject({ code: 'soap.shape.elements' });
    }
  });

  it('stops at markup cut short, leaving the parser to refuse it', () => {
    expect(implausibleMarkup(`<r><!-- ${'<e/>'.repeat(10)}`)).toBeNull();
    expect(implausibleMarkup('<r a="1')).toBeNull();
  });
});
