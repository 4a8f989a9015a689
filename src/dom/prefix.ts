// The first characters of a page's visible text, read cheaply: the content script classifies every page from this
// bounded prefix (plus title and address) before anything heavy loads. Stops walking as soon as it has enough.
//
// This runs on every page the reader opens, so it is built for a cold start. The walker shows text nodes only and has
// no filter: a filter is a call from the browser into script for every node (about 3 µs each in Chromium, most of the
// cost on a news page), and every element it sees gets a script wrapper made for it. Instead each text node's parent
// is judged once, by walking up to the root, and the answer is kept while the following text nodes share that parent.
import { SKIPPED_TAGS } from '../core/html-rules';

export function textPrefix(doc: Document, maxChars: number): string {
  const root = doc.body ?? doc.documentElement;
  if (!root) return '';
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const parts: string[] = [];
  let size = 0;
  let parent: Node | null = null;
  let skipped = false;
  for (let node = walker.nextNode(); node && size < maxChars; node = walker.nextNode()) {
    if (node.parentNode !== parent) {
      parent = node.parentNode;
      skipped = insideSkipped(parent, root);
    }
    if (skipped) continue;
    const data = (node as Text).data;
    parts.push(data);
    size += data.length + 1;
  }
  // A space between text nodes, so words in neighbouring elements never run together into a false keyword.
  return parts.join(' ').slice(0, maxChars);
}

/** Whether `node` or an ancestor below `root` is an element whose content is never page text. */
function insideSkipped(node: Node | null, root: Node): boolean {
  for (let at = node; at && at !== root; at = at.parentNode) {
    if (at.nodeType === Node.ELEMENT_NODE && SKIPPED_TAGS.has((at as Element).localName)) return true;
  }
  return false;
}
