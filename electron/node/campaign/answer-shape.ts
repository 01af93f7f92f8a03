/**
 * A linear look at an answer's markup before Adobe's SDK parses it with jsdom, whose cost grows with
 * the number of elements and, quadratically, with nesting depth and attributes per element: measured
 * here, 8 MB of small elements took 1.9 GB and 14 s, 20,000 nested elements (140 KB) 16 s. A broken or
 * hostile server could freeze or exhaust the app with a body far under the size cap. The limits are
 * far above any answer this tool asks for (the nms:extAccount schema, the largest, has a few thousand
 * elements, nested about ten deep).
 */

import { msg, type Message } from '../../common/messages/message';

/**
 * Campaign never sends a document type declaration. One in an answer can only come from something else
 * (an impostor, a proxy), and its entities can blow a few kilobytes up to gigabytes in a parser
 * ("billion laughs"), so any answer holding one is refused before it is parsed, wherever it stands.
 */
export function declaresDocumentType(text: string): boolean {
  return /<!(?:DOCTYPE|ENTITY)/i.test(text);
}

export const ANSWER_LIMITS = { elements: 50_000, depth: 256, attributesPerElement: 1_000 } as const;

/** What makes this markup implausible for a Campaign answer ("more than 50000 elements"), or null. */
export function implausibleMarkup(text: string): Message | null {
  let elements = 0;
  let depth = 0;
  for (let at = text.indexOf('<'); at !== -1; at = text.indexOf('<', at + 1)) {
    const next = text.charCodeAt(at + 1);
    if (next === 0x2f /* / */) {
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (next === 0x21 /* ! */ || next === 0x3f /* ? */) {
      at = skipDeclaration(text, at);
      if (at === -1) return null;
      continue;
    }
    const tag = scanTag(text, at);
    if (++elements > ANSWER_LIMITS.elements) return msg('soap.shape.elements', { count: ANSWER_LIMITS.elements });
    if (tag.attributes > ANSWER_LIMITS.attributesPerElement)
      return msg('soap.shape.attributes', { count: ANSWER_LIMITS.attributesPerElement });
    if (!tag.selfClosing && ++depth > ANSWER_LIMITS.depth) return msg('soap.shape.depth', { count: ANSWER_LIMITS.depth });
    if (tag.end === -1) return null;
    at = tag.end;
  }
  return null;
}

/** Comments, CDATA, processing instructions and DOCTYPE, whose content is not markup. */
function skipDeclaration(text: string, at: number): number {
  const close = text.startsWith('<!--', at) ? '-->' : text.startsWith('<![CDATA[', at) ? ']]>' : text.startsWith('<?', at) ? '?>' : '>';
  const end = text.indexOf(close, at + 2);
  return end === -1 ? -1 : end + close.length - 1;
}

/** One start tag: its attributes are the `=` outside quoted values; `>` inside quotes does not end it. */
function scanTag(text: string, at: number): { end: number; attributes: number; selfClosing: boolean } {
  let attributes = 0;
  let quote = 0;
  for (let i = at + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (quote) {
      if (c === quote) quote = 0;
    } else if (c === 0x22 || c === 0x27) quote = c;
    else if (c === 0x3d /* = */) attributes++;
    else if (c === 0x3e /* > */) return { end: i, attributes, selfClosing: text.charCodeAt(i - 1) === 0x2f };
  }
  return { end: -1, attributes, selfClosing: false };
}
