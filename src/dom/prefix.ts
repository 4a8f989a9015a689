// The first characters of a page's visible text, read cheaply: the content script classifies every page from this
// bounded prefix (plus title and address) before anything heavy loads. Stops walking as soon as it has enough.
import { SKIPPED_TAGS } from '../core/html-rules';

export function textPrefix(doc: Document, maxChars: number): string {
  const root = doc.body ?? doc.documentElement;
  if (!root) return '';
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.nodeType === Node.ELEMENT_NODE && SKIPPED_TAGS.has((node as Element).localName)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  const parts: string[] = [];
  let size = 0;
  for (let node = walker.nextNode(); node && size < maxChars; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      parts.push(data);
      size += data.length;
    } else parts.push(' ');
  }
  return parts.join('').slice(0, maxChars);
}
