// Whether a mention can still be seen. A page may scroll inside a box of its own (a reader's article pane, a
// chat, a table that scrolls sideways): a mention scrolled out of that box is out of sight even though it is still
// inside the window, and a card left beside it would point at nothing.

/** How far up the tree to look: deep enough for any real layout, bounded for pathological nesting. */
const MAX_DEPTH = 200;

/** The overflow values that cut off what lies outside the box. */
const CLIPS: ReadonlySet<string> = new Set(['hidden', 'scroll', 'auto', 'clip']);

/** The `contain` keywords that hold paint containment. */
const PAINT_CONTAINMENT = /\b(?:paint|strict|content)\b/;

/**
 * Whether an element clips what it draws to its box: overflow that cuts off, or paint containment (`contain: paint`,
 * `strict` or `content`; `content-visibility: auto` or `hidden` too), which a page uses for the same effect.
 */
export function clips(style: CSSStyleDeclaration): boolean {
  if (CLIPS.has(style.overflowX) || CLIPS.has(style.overflowY)) return true;
  if (PAINT_CONTAINMENT.test(style.contain)) return true;
  const visibility = style.getPropertyValue('content-visibility');
  return visibility === 'auto' || visibility === 'hidden';
}

/** The parent in the tree as it is drawn: a slotted node's slot, an element's parent, a shadow root's host. */
export function drawnParent(node: Node): Element | null {
  const slot = (node as Element | Text).assignedSlot;
  if (slot) return slot;
  const parent = node.parentNode;
  if (!parent) return null;
  if (parent.nodeType === Node.DOCUMENT_FRAGMENT_NODE) return (parent as ShadowRoot).host ?? null;
  return parent.nodeType === Node.ELEMENT_NODE ? (parent as Element) : null;
}

/**
 * The elements around `node` that clip their content (overflow hidden, scroll, auto or clip; paint containment),
 * nearest first. The root and body are left out: their overflow is the window's, which the caller checks itself.
 */
export function clippingBoxes(node: Node): Element[] {
  const doc = node.ownerDocument;
  const view = doc?.defaultView;
  if (!doc || !view) return [];
  const boxes: Element[] = [];
  let depth = 0;
  for (let at = drawnParent(node); at && depth < MAX_DEPTH; at = drawnParent(at), depth++) {
    if (at === doc.body || at === doc.documentElement) continue;
    if (clips(view.getComputedStyle(at))) boxes.push(at);
  }
  return boxes;
}

interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** Whether two boxes share some area (touching edges share none). */
function overlaps(a: Box, b: Box): boolean {
  return a.top < b.bottom && b.top < a.bottom && a.left < b.right && b.left < a.right;
}

/** Whether any part of `rect` lies inside the window (`width` × `height`) and inside every one of `boxes`. */
export function inSight(rect: Box, boxes: readonly Element[], window: { width: number; height: number }): boolean {
  if (!overlaps(rect, { top: 0, left: 0, bottom: window.height, right: window.width })) return false;
  return boxes.every((box) => overlaps(rect, box.getBoundingClientRect()));
}
