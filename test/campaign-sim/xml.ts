import { DOMParser, type Element } from '@xmldom/xmldom';

export const xmlAttr = (v: string): string =>
  v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');

export function parseXml(text: string): Element | null {
  try {
    const doc = new DOMParser({ onError: () => undefined }).parseFromString(text, 'text/xml');
    return (doc.documentElement as Element | null) ?? null;
  } catch {
    return null;
  }
}

export function childElements(el: Element): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

export const localName = (el: Element): string => el.localName ?? el.nodeName.replace(/^.*:/, '');

export function firstChild(el: Element, name: string): Element | undefined {
  return childElements(el).find((c) => localName(c) === name);
}

export function attributes(el: Element): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < el.attributes.length; i++) {
    const a = el.attributes.item(i)!;
    out[a.name] = a.value;
  }
  return out;
}
