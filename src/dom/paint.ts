// Painting mentions. With the CSS Custom Highlight API nothing is added to the page: one Highlight per category
// holds StaticRanges over the page's own text nodes. Where the API is missing, mentions are wrapped in <mark>
// elements of our own class, and clear() restores the page exactly: the original text nodes, with their original
// data, in their original places, and never a normalize() (which would merge a framework's adjacent text nodes).
import type { Mention } from '../core/types';
import { boundsInto, piecesOf, type Bounds, type CollectedText } from './collect';
import { partitionPoint } from '../core/search';
import { tintAlpha, type Tone } from './tone';

export type HighlightName =
  | 'gii-lens-person'
  | 'gii-lens-organization'
  | 'gii-lens-place'
  | 'gii-lens-figure'
  | 'gii-lens-figure-differs'
  | 'gii-lens-event';

export const HIGHLIGHT_NAMES: readonly HighlightName[] = [
  'gii-lens-person',
  'gii-lens-organization',
  'gii-lens-place',
  'gii-lens-figure',
  'gii-lens-figure-differs',
  'gii-lens-event',
];

const HIGHLIGHT_OF_KIND: Record<Mention['kind'], HighlightName> = {
  person: 'gii-lens-person',
  organization: 'gii-lens-organization',
  place: 'gii-lens-place',
  figure: 'gii-lens-figure',
  event: 'gii-lens-event',
};

export function highlightNameOf(mention: Pick<Mention, 'kind' | 'agreement'>): HighlightName {
  if (mention.kind === 'figure' && mention.agreement === 'differs') return 'gii-lens-figure-differs';
  return HIGHLIGHT_OF_KIND[mention.kind];
}

export interface PaintedRange {
  range: AbstractRange;
  mention: Mention;
}

export interface Painter {
  readonly mode: 'highlight' | 'wrap';
  /** Paints mentions found in `collected` (adds to what is already painted). */
  paint(collected: CollectedText, mentions: readonly Mention[]): void;
  /** Removes everything this painter painted. */
  clear(): void;
  /** Removes what was painted inside `node` (a subtree that changed). */
  clearWithin(node: Node): void;
  /** Removes what was painted in text that is no longer in the page. */
  clearDetached(): void;
  /** Painted ranges in document order. */
  ranges(): PaintedRange[];
  /** The painted ranges that cover some of text node `node`: what the hover card's hit test looks at. */
  rangesOver(node: Node): readonly PaintedRange[];
  /**
   * After a clear and a new paint: the same mention painted again where `old` was (same item, starting at the same
   * place in the same page text node), or undefined. What lets an open hover card stay up through a repaint.
   */
  paintedAgain(old: PaintedRange): PaintedRange | undefined;
}

export interface PaintColors {
  person: string;
  organization: string;
  place: string;
  figure: string;
  differs: string;
}

/**
 * `::highlight()` rules (only colour, background, decoration and shadow apply there), for a page whose text is
 * dark on light (`light`) or light on dark (`dark`, see toneOfText).
 */
export function highlightStyles(colors: PaintColors, tone: Tone = 'light'): string {
  const rule = (name: string, color: string, decoration: string) => {
    // The tint behind the page's own text: as strong as keeps that text readable (tintAlpha), as #rrggbbaa.
    const tint = `${color}${Math.round(tintAlpha(color, tone) * 255)
      .toString(16)
      .padStart(2, '0')}`;
    return (
      `::highlight(${name}){background-color:${tint};text-decoration:${decoration};}\n` +
      `mark.gii-lens-mark.${name}{background-color:${tint};color:inherit;text-decoration:${decoration};}`
    );
  };
  return [
    rule('gii-lens-person', colors.person, `underline 2px ${colors.person}`),
    rule('gii-lens-organization', colors.organization, `underline 2px ${colors.organization}`),
    rule('gii-lens-place', colors.place, `underline 2px ${colors.place}`),
    rule('gii-lens-figure', colors.figure, `underline 2px ${colors.figure}`),
    rule('gii-lens-figure-differs', colors.differs, `underline wavy 2px ${colors.differs}`),
    rule('gii-lens-event', colors.organization, `underline dotted 2px ${colors.organization}`),
    `::highlight(gii-lens-flash){background-color:#ffb000;color:#000;}`,
    `mark.gii-lens-mark{padding:0;margin:0;border:0;font:inherit;}`,
    // A printed article is the page's, not ours: no tints, no underlines on paper.
    `@media print{${[...HIGHLIGHT_NAMES, 'gii-lens-flash'].map((n) => `::highlight(${n})`).join(',')},mark.gii-lens-mark{background-color:transparent!important;text-decoration:none!important;}}`,
  ].join('\n');
}

/** Adds our style sheet to the page (GII pages only) and returns how to take it away again. */
export function installStyles(doc: Document, css: string): () => void {
  const style = doc.createElement('style');
  style.setAttribute('data-gii-lens-ui', '');
  style.textContent = css;
  (doc.head ?? doc.documentElement).append(style);
  return () => style.remove();
}

/**
 * Where a highlight painter registers its highlights: the page's CSS.highlights, or a Map of its own for a painter
 * whose highlights the page never shows (the live-update warm-up paints detached paragraphs with one).
 */
export interface HighlightSink {
  get(name: string): Highlight | undefined;
  set(name: string, highlight: Highlight): unknown;
  delete(name: string): unknown;
}

function highlightApi(doc: Document): HighlightRegistry | undefined {
  const view = doc.defaultView as (Window & typeof globalThis) | null;
  const css = view?.CSS;
  return css && 'highlights' in css && typeof view.Highlight === 'function' ? css.highlights : undefined;
}

export function createPainter(
  doc: Document,
  options: { mode?: 'auto' | 'highlight' | 'wrap'; registry?: HighlightSink } = {},
): Painter {
  const pageRegistry = highlightApi(doc);
  // A registry of the caller's own still needs the API: what goes into it are the browser's Highlight objects.
  const registry = pageRegistry && (options.registry ?? pageRegistry);
  const wanted = options.mode ?? 'auto';
  const mode = wanted === 'wrap' || (wanted === 'auto' && !registry) ? 'wrap' : 'highlight';
  return mode === 'highlight' && registry ? highlightPainter(doc, registry) : wrapPainter(doc);
}

function documentOrder(a: PaintedRange, b: PaintedRange): number {
  if (a.range.startContainer === b.range.startContainer) return a.range.startOffset - b.range.startOffset;
  return a.range.startContainer.compareDocumentPosition(b.range.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING
    ? -1
    : 1;
}

/**
 * A painter's ranges, kept in document order as they arrive instead of sorted when asked: comparing the document
 * positions of two text nodes walks the sibling list of their common ancestor, so sorting a long article's ranges
 * cost ~90 ms at 1 MB (an article of thousands of paragraphs). One paint's ranges come in text order, which is
 * document order; a changed part, its old ranges cleared, lies between two neighbours, so one binary search places
 * all of its ranges. Only ranges that do not fit as one run (never seen from the engine) leave the list to be sorted
 * when next asked. Both painters keep theirs here.
 */
class PaintedInOrder {
  private items: PaintedRange[] = [];
  private sorted = true;
  /**
   * The ranges over each text node, so the hover card's hit test looks at a handful of ranges, not all of them: a
   * test of every range spanning nodes against the node under the pointer compared document positions across the
   * whole article, 5 ms per pointer frame at 1 MB and 60 ms at 5 MB.
   */
  private byNode = new WeakMap<Node, PaintedRange[]>();
  /** For a range over several text nodes, the nodes after its first (its first is its start container). */
  private laterNodes = new Map<PaintedRange, readonly Node[]>();

  /** Adds one paint's ranges, in text order; `spans` names the later nodes of those over several text nodes. */
  add(added: PaintedRange[], spans?: ReadonlyMap<PaintedRange, readonly Node[]>): void {
    if (added.length === 0) return;
    for (let i = 0; i < added.length; i++) {
      const p = added[i]!;
      this.index(p.range.startContainer, p);
      const later = spans?.get(p);
      if (later) {
        this.laterNodes.set(p, later);
        for (const node of later) this.index(node, p);
      }
    }
    const items = this.items;
    if (items.length === 0) {
      this.items = added;
      return;
    }
    const first = added[0]!;
    // A live page mostly adds at its end (a blog's new entry, a feed's next story): one comparison settles that,
    // where the binary search took a dozen, each a walk through the article's children.
    if (documentOrder(items[items.length - 1]!, first) < 0) {
      for (let i = 0; i < added.length; i++) items.push(added[i]!);
      return;
    }
    const at = partitionPoint(items.length, (i) => documentOrder(items[i]!, first) < 0);
    if (documentOrder(added[added.length - 1]!, items[at]!) >= 0) this.sorted = false;
    this.items = items.slice(0, at).concat(added, items.slice(at));
  }

  /** Keeps the ranges `keep` accepts (order is kept); the others are handed to `dropped`. */
  keep(keep: (p: PaintedRange) => boolean, dropped?: (p: PaintedRange) => void): void {
    const kept: PaintedRange[] = [];
    for (const p of this.items) {
      if (keep(p)) {
        kept.push(p);
        continue;
      }
      this.unindex(p.range.startContainer, p);
      const later = this.laterNodes.get(p);
      if (later) {
        for (const node of later) this.unindex(node, p);
        this.laterNodes.delete(p);
      }
      dropped?.(p);
    }
    this.items = kept;
  }

  clear(): void {
    this.items = [];
    this.sorted = true;
    this.byNode = new WeakMap();
    this.laterNodes.clear();
  }

  over(node: Node): readonly PaintedRange[] {
    return this.byNode.get(node) ?? NONE;
  }

  private index(node: Node, p: PaintedRange): void {
    const list = this.byNode.get(node);
    if (list) list.push(p);
    else this.byNode.set(node, [p]);
  }

  private unindex(node: Node, p: PaintedRange): void {
    const list = this.byNode.get(node);
    if (!list) return;
    const at = list.indexOf(p);
    if (at >= 0) list.splice(at, 1);
    if (list.length === 0) this.byNode.delete(node);
  }

  inOrder(): PaintedRange[] {
    if (!this.sorted) {
      this.items.sort(documentOrder);
      this.sorted = true;
    }
    return this.items;
  }
}

const NONE: readonly PaintedRange[] = [];

/** Calls `fn` for every text node inside `root` (itself included), open shadow roots too. */
function forEachTextNode(root: Node, fn: (text: Node) => void): void {
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === Node.TEXT_NODE) {
      fn(node);
      continue;
    }
    const shadow = (node as Partial<Element>).shadowRoot;
    if (shadow) stack.push(shadow);
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
}

/** How many ranges a new Highlight is given in its constructor call (the rest are added one by one). */
const CONSTRUCTOR_RANGES = 8192;

function highlightPainter(doc: Document, registry: HighlightSink): Painter {
  const view = doc.defaultView as Window & typeof globalThis;
  const painted = new PaintedInOrder();
  const highlights = new Map<HighlightName, Highlight>();
  const addRanges = (name: HighlightName, ranges: StaticRange[]) => {
    const h = highlights.get(name);
    if (h) {
      for (let i = 0; i < ranges.length; i++) h.add(ranges[i]!);
      return;
    }
    // Arguments are bounded by the stack: a page with very many mentions gets them in chunks.
    const created = new view.Highlight(...ranges.slice(0, CONSTRUCTOR_RANGES));
    for (let i = CONSTRUCTOR_RANGES; i < ranges.length; i++) created.add(ranges[i]!);
    highlights.set(name, created);
    registry.set(name, created);
  };
  const remove = (keep: (p: PaintedRange) => boolean) =>
    painted.keep(keep, (p) => highlights.get(highlightNameOf(p.mention))?.delete(p.range));
  return {
    mode: 'highlight',
    paint(collected, mentions) {
      // Ranges are gathered per highlight and handed over together: a highlight made now gets them all in its
      // constructor (one call into the browser instead of one per range).
      const gathered = new Map<HighlightName, StaticRange[]>();
      const added: PaintedRange[] = [];
      let spans: Map<PaintedRange, Node[]> | undefined;
      const segments = collected.segments;
      const first = segments[0];
      if (!first) return;
      const bounds: Bounds = { startNode: first.node, startOffset: 0, endNode: first.node, endOffset: 0, segment: 0 };
      for (let i = 0; i < mentions.length; i++) {
        const mention = mentions[i]!;
        // Mentions come in text order: each is found from the segment where the previous one was.
        if (!boundsInto(collected, mention.start, mention.end, bounds.segment, bounds)) continue;
        const range = new view.StaticRange({
          startContainer: bounds.startNode,
          startOffset: bounds.startOffset,
          endContainer: bounds.endNode,
          endOffset: bounds.endOffset,
        });
        const name = highlightNameOf(mention);
        const list = gathered.get(name);
        if (list) list.push(range);
        else gathered.set(name, [range]);
        const p = { range, mention };
        added.push(p);
        if (bounds.endNode !== bounds.startNode) {
          // The text nodes after the first that the mention runs into ("Mr. <b>HAN</b> Peng").
          const later: Node[] = [];
          for (let k = bounds.segment + 1; k < segments.length && segments[k]!.start < mention.end; k++) {
            const node = segments[k]!.node;
            if (node !== bounds.startNode && later[later.length - 1] !== node) later.push(node);
          }
          (spans ??= new Map()).set(p, later);
        }
      }
      for (const [name, ranges] of gathered) addRanges(name, ranges);
      painted.add(added, spans);
    },
    clear() {
      for (const [name, h] of highlights) {
        h.clear();
        if (registry.get(name) === h) registry.delete(name);
      }
      highlights.clear();
      painted.clear();
    },
    clearWithin(node) {
      // The text nodes in `node` some painted range starts in, from the painter's index: a changed part with none
      // of them (a new paragraph) is cleared by a walk over its own few nodes, not by a look at every range.
      const inside = new Set<Node>();
      forEachTextNode(node, (text) => {
        if (painted.over(text).some((p) => p.range.startContainer === text)) inside.add(text);
      });
      if (inside.size > 0) remove((p) => !inside.has(p.range.startContainer));
    },
    clearDetached() {
      remove((p) => p.range.startContainer.isConnected);
    },
    ranges() {
      return painted.inOrder();
    },
    rangesOver(node) {
      return painted.over(node);
    },
    paintedAgain(old) {
      // Highlight ranges lie over the page's own text nodes, which a repaint leaves in place.
      const { startContainer, startOffset } = old.range;
      return painted
        .over(startContainer)
        .find(
          (p) =>
            p.mention.id === old.mention.id &&
            p.range.startContainer === startContainer &&
            p.range.startOffset === startOffset,
        );
    },
  };
}

/** Where a mark may not go: text directly inside table structure or a select would make invalid markup. */
const NO_MARK_PARENTS = new Set(['table', 'thead', 'tbody', 'tfoot', 'tr', 'select', 'colgroup']);

interface Wrapped {
  /** The page's original text node, kept as the first piece. */
  original: Text;
  /** Its data before we split it. */
  data: string;
  /** Nodes we inserted after it (marks and text tails), to remove on clear. */
  inserted: Node[];
}

/** Where a mark's text was cut from: the page's own text node and the offset in its original data. */
interface Origin {
  node: Text;
  offset: number;
}

function wrapPainter(doc: Document): Painter {
  const wrapped = new Map<Text, Wrapped>();
  const painted = new PaintedInOrder();
  // A mark's text node is ours and goes on clear, so a range over it cannot be found again by its node: each range
  // remembers the page text node and offset it came from (weakly: a range the engine dropped needs nothing kept).
  const origins = new WeakMap<PaintedRange, Origin>();
  /** The ranges cut from each wrapped page text node, while it is wrapped. */
  const cutFrom = new Map<Text, PaintedRange[]>();

  /** Restores one original text node: removes what we inserted and puts its data back. */
  const restore = (w: Wrapped) => {
    for (const n of w.inserted) n.parentNode?.removeChild(n);
    if (w.original.data !== w.data) w.original.data = w.data;
    wrapped.delete(w.original);
    cutFrom.delete(w.original);
  };

  return {
    mode: 'wrap',
    paint(collected, mentions) {
      // Group the pieces per text node, then wrap each node's pieces right to left so earlier offsets stay valid.
      const perNode = new Map<Text, { start: number; end: number; mention: Mention }[]>();
      for (const mention of mentions) {
        for (const piece of piecesOf(collected, mention.start, mention.end)) {
          if (wrapped.has(piece.node) || NO_MARK_PARENTS.has(piece.node.parentElement?.localName ?? '')) continue;
          const list = perNode.get(piece.node) ?? [];
          list.push({ start: piece.start, end: piece.end, mention });
          perNode.set(piece.node, list);
        }
      }
      const added: PaintedRange[] = [];
      for (const [node, pieces] of perNode) {
        const record: Wrapped = { original: node, data: node.data, inserted: [] };
        const cut: PaintedRange[] = [];
        const data = node.data;
        pieces.sort((a, b) => a.start - b.start);
        // Build the replacement: original node keeps the text before the first piece.
        const after: Node[] = [];
        let cursor = pieces[0]!.start;
        for (let i = 0; i < pieces.length; i++) {
          const p = pieces[i]!;
          if (p.start < cursor && i > 0) continue; // overlapping pieces cannot both be wrapped
          if (p.start > cursor) after.push(doc.createTextNode(data.slice(cursor, p.start)));
          const mark = doc.createElement('mark');
          mark.className = `gii-lens-mark ${highlightNameOf(p.mention)}`;
          mark.setAttribute('data-gii-lens-id', p.mention.id);
          const inner = doc.createTextNode(data.slice(p.start, p.end));
          mark.append(inner);
          after.push(mark);
          // Over the mark's text node, as highlight ranges are over text: the hit-tester treats both alike.
          const range = doc.createRange();
          range.setStart(inner, 0);
          range.setEnd(inner, inner.data.length);
          const markRange = { range, mention: p.mention };
          origins.set(markRange, { node, offset: p.start });
          cut.push(markRange);
          added.push(markRange);
          cursor = p.end;
        }
        if (cursor < data.length) after.push(doc.createTextNode(data.slice(cursor)));
        node.data = data.slice(0, pieces[0]!.start);
        node.after(...after);
        record.inserted = after;
        wrapped.set(node, record);
        cutFrom.set(node, cut);
      }
      // Nodes come in the order of their first mention, which is text order, and each node's pieces left to right.
      painted.add(added);
    },
    clear() {
      for (const w of [...wrapped.values()]) restore(w);
      painted.clear();
    },
    clearWithin(node) {
      for (const w of [...wrapped.values()]) {
        if (!w.original.isConnected || node.contains(w.original)) restore(w);
      }
      painted.keep((p) => p.range.startContainer.isConnected && !node.contains(p.range.startContainer));
    },
    clearDetached() {
      for (const w of [...wrapped.values()]) if (!w.original.isConnected) restore(w);
      painted.keep((p) => p.range.startContainer.isConnected);
    },
    ranges() {
      return painted.inOrder();
    },
    rangesOver(node) {
      return painted.over(node);
    },
    paintedAgain(old) {
      const from = origins.get(old);
      if (!from) return undefined;
      return cutFrom
        .get(from.node)
        ?.find((p) => p.mention.id === old.mention.id && origins.get(p)?.offset === from.offset);
    },
  };
}
