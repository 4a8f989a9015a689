// Collects a page's visible text in one TreeWalker pass, with a map from text offsets back to text nodes. Skips
// what a reader does not see as text (scripts, styles, form fields, editable regions, hidden content, our own UI)
// and descends into open shadow roots in place.
import { BLOCK_TAGS, SKIPPED_TAGS, hiddenByAttributes } from '../core/html-rules';

export interface Segment {
  node: Text;
  /** Offsets into CollectedText.text, end exclusive; text.slice(start, end) has node.data's length. */
  start: number;
  end: number;
}

export interface CollectedText {
  /** Visible text; block boundaries add one "\n" that belongs to no node. */
  text: string;
  segments: Segment[];
}

export interface CollectOptions {
  /** Extra elements to skip with their subtree. */
  skip?: (el: Element) => boolean;
}

/** Elements of our own (hover card host, fallback marks are page text and are not skipped). */
export function isOwnUi(el: Element): boolean {
  return el.hasAttribute('data-gii-lens-ui');
}

function skipped(el: Element, options: CollectOptions): boolean {
  if (SKIPPED_TAGS.has(el.localName)) return true;
  if (isOwnUi(el)) return true;
  if (hiddenByAttributes((name) => el.getAttribute(name))) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable.toLowerCase() !== 'false') return true;
  return options.skip?.(el) ?? false;
}

/**
 * Text node data is page source: newlines inside it are rendered as spaces, so they become spaces here (same
 * length, offsets unchanged) and only block boundaries read as line breaks.
 */
const SOURCE_NEWLINES = /[\n\r]/g;

export function collectText(root: Node, options: CollectOptions = {}): CollectedText {
  const parts: string[] = [];
  const segments: Segment[] = [];
  let length = 0;
  let lastBreak = true;
  const lineBreak = () => {
    if (!lastBreak) {
      parts.push('\n');
      length++;
      lastBreak = true;
    }
  };
  const doc = root.ownerDocument ?? (root as Document);
  if (root.nodeType === Node.ELEMENT_NODE && skipped(root as Element, options)) return { text: '', segments };

  // Shadow roots are walked with their own walker, in place of the host's light children order of discovery.
  const walk = (start: Node) => {
    const walker = doc.createTreeWalker(start, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    let node: Node | null = walker.currentNode;
    // Blocks we are inside of, to add a break when leaving them.
    const openBlocks: Node[] = [];
    const leaveBlocksBefore = (next: Node) => {
      while (openBlocks.length > 0 && !openBlocks[openBlocks.length - 1]!.contains(next)) {
        openBlocks.pop();
        lineBreak();
      }
    };
    let first = true;
    while (node) {
      if (!first) leaveBlocksBefore(node);
      if (node.nodeType === Node.TEXT_NODE) {
        const data = (node as Text).data;
        if (data.length > 0) {
          // Whitespace-only nodes between blocks are formatting, not text.
          if (!(lastBreak && data.trim() === '')) {
            segments.push({ node: node as Text, start: length, end: length + data.length });
            parts.push(data.replace(SOURCE_NEWLINES, ' '));
            length += data.length;
            lastBreak = false;
          }
        }
        node = walker.nextNode();
      } else {
        const el = node as Element;
        if (!first && skipped(el, options)) {
          // Skip the whole subtree: jump to the next node after it.
          node = walker.nextSibling() ?? nextAfter(walker);
          first = false;
          continue;
        }
        if (BLOCK_TAGS.has(el.localName)) {
          lineBreak();
          openBlocks.push(el);
        }
        const shadow = (el as Element & { shadowRoot: ShadowRoot | null }).shadowRoot;
        if (shadow && !isOwnUi(el)) walk(shadow);
        node = walker.nextNode();
      }
      first = false;
    }
    while (openBlocks.length > 0) {
      openBlocks.pop();
      lineBreak();
    }
  };
  walk(root);
  return { text: parts.join(''), segments };
}

/** The next node in document order after the walker's current subtree. */
function nextAfter(walker: TreeWalker): Node | null {
  while (walker.parentNode()) {
    const sibling = walker.nextSibling();
    if (sibling) return sibling;
  }
  return null;
}

/** Index of the segment containing `offset` (or the first segment after it). */
function segmentAt(collected: CollectedText, offset: number): number {
  const segs = collected.segments;
  let lo = 0;
  let hi = segs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (segs[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The DOM position of a text offset. `bias` decides which side of a segment boundary an offset falls on. */
export function locate(
  collected: CollectedText,
  offset: number,
  bias: 'start' | 'end',
): { node: Text; offset: number } | undefined {
  const segs = collected.segments;
  if (segs.length === 0) return undefined;
  if (bias === 'end') {
    // The segment that contains offset - 1, so a range ends inside the text it covers.
    const i = segmentAt(collected, Math.max(0, offset - 1));
    const seg = segs[Math.min(i, segs.length - 1)]!;
    return { node: seg.node, offset: Math.max(0, Math.min(seg.end, offset) - seg.start) };
  }
  const i = segmentAt(collected, offset);
  const seg = segs[i];
  if (!seg) return undefined;
  return { node: seg.node, offset: Math.max(0, offset - seg.start) };
}

/** Pieces of [start, end) per text node: a mention across <b>Liu</b> Hua covers two nodes. */
export function piecesOf(
  collected: CollectedText,
  start: number,
  end: number,
): { node: Text; start: number; end: number }[] {
  const out: { node: Text; start: number; end: number }[] = [];
  const segs = collected.segments;
  for (let i = segmentAt(collected, start); i < segs.length; i++) {
    const seg = segs[i]!;
    if (seg.start >= end) break;
    const s = Math.max(start, seg.start) - seg.start;
    const e = Math.min(end, seg.end) - seg.start;
    if (e > s) out.push({ node: seg.node, start: s, end: e });
  }
  return out;
}
