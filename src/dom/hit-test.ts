// Which painted mention is under the pointer. Custom highlights are not elements, so the page cannot tell us: we
// ask the browser for the text position under the point, then find the painted range that contains it.
import type { PaintedRange } from './paint';

interface CaretPosition {
  node: Node;
  offset: number;
}

/** The text position under a point, through whichever API this browser has. */
export function caretAt(doc: Document, x: number, y: number): CaretPosition | undefined {
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof d.caretPositionFromPoint === 'function') {
    const p = d.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : undefined;
  }
  if (typeof d.caretRangeFromPoint === 'function') {
    const r = d.caretRangeFromPoint(x, y);
    return r ? { node: r.startContainer, offset: r.startOffset } : undefined;
  }
  return undefined;
}

/** The painted range containing a text position (ranges in document order). */
export function rangeContaining(painted: readonly PaintedRange[], caret: CaretPosition): PaintedRange | undefined {
  for (const p of painted) {
    const r = p.range;
    if (r.startContainer === caret.node && r.endContainer === caret.node) {
      // A caret just after the last character still counts: the pointer is over that character's right half.
      if (caret.offset >= r.startOffset && caret.offset <= r.endOffset && r.endOffset > r.startOffset) {
        if (caret.offset < r.endOffset || caret.offset > r.startOffset) return p;
      }
    } else if (r.startContainer === caret.node) {
      if (caret.offset >= r.startOffset) return p;
    } else if (r.endContainer === caret.node) {
      if (caret.offset <= r.endOffset) return p;
    } else if (caret.node.nodeType === Node.TEXT_NODE) {
      // A text node strictly inside a multi-node range.
      const before = r.startContainer.compareDocumentPosition(caret.node) & Node.DOCUMENT_POSITION_FOLLOWING;
      const after = r.endContainer.compareDocumentPosition(caret.node) & Node.DOCUMENT_POSITION_PRECEDING;
      if (before && after) return p;
    }
  }
  return undefined;
}

/**
 * The mention under the pointer, if the point is really over its text (not just nearest to it). `rangesOver` gives
 * the painted ranges over a text node (the painter keeps them by node): only those are tested.
 */
export function mentionAt(
  doc: Document,
  x: number,
  y: number,
  rangesOver: (node: Node) => readonly PaintedRange[],
): PaintedRange | undefined {
  const caret = caretAt(doc, x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return undefined;
  const candidates = rangesOver(caret.node);
  if (candidates.length === 0) return undefined;
  const hit = rangeContaining(candidates, caret);
  if (!hit) return undefined;
  // The caret APIs snap to the nearest text: confirm the point lies inside the mention's boxes.
  const range = doc.createRange();
  try {
    range.setStart(hit.range.startContainer, hit.range.startOffset);
    range.setEnd(hit.range.endContainer, hit.range.endOffset);
  } catch {
    return undefined;
  }
  for (const rect of range.getClientRects()) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return hit;
  }
  return undefined;
}
