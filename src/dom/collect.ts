// Collects a page's visible text in one TreeWalker pass, with a map from text offsets back to text nodes. Skips
// what a reader does not see as text (scripts, styles, form fields, editable regions, hidden content, our own UI)
// and descends into open shadow roots in place.
import { BLOCK_TAGS, CELL_TAGS, SHADOW_HOSTS, SKIPPED_TAGS, hiddenByAttributes } from '../core/html-rules';
import { partitionPoint } from '../core/search';

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

function skipped(el: Element, options: CollectOptions, tag: string): boolean {
  if (SKIPPED_TAGS.has(tag)) return true;
  // Most elements of an article carry no attributes at all: no attribute can hide them or mark them as ours.
  if (el.hasAttributes()) {
    if (isOwnUi(el)) return true;
    if (hiddenByAttributes((name) => el.getAttribute(name))) return true;
    const editable = el.getAttribute('contenteditable');
    if (editable !== null && editable.toLowerCase() !== 'false') return true;
  }
  return options.skip?.(el) ?? false;
}

/**
 * Text node data is page source: newlines inside it are rendered as spaces, so they become spaces here (same
 * length, offsets unchanged) and only block boundaries read as line breaks.
 */
const SOURCE_NEWLINES = /[\n\r]/g;
/** Anything but whitespace (as String.prototype.trim knows it): tested without cutting a trimmed copy. */
const VISIBLE_CHARACTER = /[^\s]/;

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
  /** Between two table cells of a row: a space that belongs to no node, so their words never run together. */
  const cellBreak = () => {
    if (!lastBreak) {
      parts.push(' ');
      length++;
    }
  };
  const addText = (node: Text) => {
    const data = node.data;
    // Whitespace-only nodes between blocks are formatting, not text.
    if (data.length === 0 || (lastBreak && !VISIBLE_CHARACTER.test(data))) return;
    segments.push({ node, start: length, end: length + data.length });
    parts.push(data.replace(SOURCE_NEWLINES, ' '));
    length += data.length;
    lastBreak = false;
  };
  if (root.nodeType === Node.ELEMENT_NODE && skipped(root as Element, options, (root as Element).localName)) {
    return { text: '', segments };
  }

  // Depth first through firstChild / nextSibling / parentNode: leaving a block is the moment the walk climbs out of
  // it, so no ancestor test is needed per node. A shadow root is walked in place, before the host's light children.
  // Each element's tag is read once: whether it is a block is kept on a stack for the climb back out of it, since
  // every property read is a call into the browser.
  const walk = (start: Node) => {
    const blocks: boolean[] = [];
    let node: Node = start;
    for (;;) {
      const type = node.nodeType;
      let block = false;
      let child: Node | null = null;
      if (type === Node.TEXT_NODE) addText(node as Text);
      else if (type === Node.ELEMENT_NODE) {
        const el = node as Element;
        const tag = el.localName;
        if (node === start || !skipped(el, options, tag)) {
          block = BLOCK_TAGS.has(tag);
          if (block) lineBreak();
          else if (CELL_TAGS.has(tag)) cellBreak();
          // Only these elements can host a shadow root (DOM's attachShadow list): others are not asked.
          if (SHADOW_HOSTS.has(tag) || tag.includes('-')) {
            const shadow = (el as Element & { shadowRoot: ShadowRoot | null }).shadowRoot;
            if (shadow && !isOwnUi(el)) walk(shadow);
          }
          child = el.firstChild;
        }
      } else child = node.firstChild;
      if (child) {
        blocks.push(block);
        node = child;
        continue;
      }
      while (node !== start && node.nextSibling === null) {
        node = node.parentNode!;
        if (blocks.pop()) lineBreak();
      }
      if (node === start) return;
      node = node.nextSibling!;
    }
  };
  walk(root);
  return { text: parts.join(''), segments };
}

/** Index of the segment containing `offset` (or the first segment after it). */
function segmentAt(collected: CollectedText, offset: number): number {
  const segs = collected.segments;
  return partitionPoint(segs.length, (i) => segs[i]!.end <= offset);
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

/**
 * Where [start, end) begins and ends in the page's text nodes (a mention across <b>Liu</b> Hua starts in one node
 * and ends in the next), or undefined where it covers no node. `hint` is the segment index to search from: the
 * painter passes mentions in text order, so each is found a few segments after the previous one.
 */
export function boundsOf(collected: CollectedText, start: number, end: number, hint = 0): Bounds | undefined {
  const segs = collected.segments;
  if (segs.length === 0) return undefined;
  const out: Bounds = { startNode: segs[0]!.node, startOffset: 0, endNode: segs[0]!.node, endOffset: 0, segment: 0 };
  return boundsInto(collected, start, end, hint, out) ? out : undefined;
}

/** Where a span starts and ends in the page's text nodes, and the first segment holding it. */
export interface Bounds {
  startNode: Text;
  startOffset: number;
  endNode: Text;
  endOffset: number;
  segment: number;
}

/**
 * boundsOf, written into `out` (false where the span covers no node): the painter finds thousands of spans in a
 * pass and reads each at once, so one object serves them all.
 */
export function boundsInto(collected: CollectedText, start: number, end: number, hint: number, out: Bounds): boolean {
  const segs = collected.segments;
  let i = hint < segs.length && segs[hint]!.start <= start ? hint : 0;
  if (i === 0) i = segmentAt(collected, start);
  else while (i < segs.length && segs[i]!.end <= start) i++;
  // The first and last segments that hold some of [start, end).
  let first = -1;
  let last = -1;
  for (let k = i; k < segs.length && segs[k]!.start < end; k++) {
    const seg = segs[k]!;
    if (Math.min(end, seg.end) > Math.max(start, seg.start)) {
      if (first < 0) first = k;
      last = k;
    }
  }
  if (first < 0) return false;
  const a = segs[first]!;
  const b = segs[last]!;
  out.startNode = a.node;
  out.startOffset = Math.max(start, a.start) - a.start;
  out.endNode = b.node;
  out.endOffset = Math.min(end, b.end) - b.start;
  out.segment = first;
  return true;
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
