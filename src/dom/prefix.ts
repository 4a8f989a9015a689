// The first characters of a page's visible text, read cheaply: the content script classifies every page from this
// bounded prefix (plus title and address) before anything heavy loads. Stops walking as soon as it has enough.
//
// This runs on every page the reader opens, so it is built for a cold start. The walker has no filter: a filter is a
// call from the browser into script for every node (about 3 µs each in Chromium, most of the cost on a news page).
// It shows elements as well as text, so that an element whose content is never page text (a script, a select, an
// SVG) is stepped over whole, with one nextSibling. Judging each text node's parent by walking up to the root instead
// repeated that walk for nearly every text node (a paragraph's text and the line break after it have different
// parents) and took a quarter longer cold, in a side-by-side run on a 1 MB page.
import { SKIPPED_TAGS } from '../core/html-rules';

export function textPrefix(doc: Document, maxChars: number): string {
  const root = doc.body ?? doc.documentElement;
  if (!root) return '';
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  let size = 0;
  let node = walker.nextNode();
  while (node && size < maxChars) {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      parts.push(data);
      size += data.length + 1;
      node = walker.nextNode();
    } else if (SKIPPED_TAGS.has((node as Element).localName)) {
      node = nextOutside(walker);
    } else {
      node = walker.nextNode();
    }
  }
  // A space between text nodes, so words in neighbouring elements never run together into a false keyword.
  return parts.join(' ').slice(0, maxChars);
}

/** The node after the walker's current node and everything inside it, or null at the end of the root. */
function nextOutside(walker: TreeWalker): Node | null {
  let next = walker.nextSibling();
  while (!next && walker.parentNode()) next = walker.nextSibling();
  return next;
}
