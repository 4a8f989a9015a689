// Whether painted text is shown to the reader. Text hidden by the page's own styles (a collapsed menu, a closed
// tab, `display: none` from a class) is still read and painted — its highlight appears the moment the page shows
// it — but the counts the popup and side panel give, and the next/previous mention, speak only of what is shown.

import { clips, drawnParent } from './clip';
import type { PaintedRange } from './paint';

type Visibility = Element & { checkVisibility?: (options?: Record<string, boolean>) => boolean };

/**
 * Boxes too small to show anything: at most this many CSS pixels wide or high. Screen-reader-only text is put in a
 * 1×1 box that clips it (`.sr-only`, `.visually-hidden`); a collapsed accordion panel is 0 high.
 */
const TINY_PX = 1;

/**
 * A function that tells whether an element's content is cut away by a box around it (itself included) too small to
 * show it and clipping what overflows. checkVisibility does not see these: such text is rendered, into nothing.
 * Answers are kept per element, so a page's text costs one look at each element above it.
 */
function clippedAwayChecker(): (element: Element) => boolean {
  // Weak: a checker the engine keeps between summaries must not keep elements the page has removed.
  const known = new WeakMap<Element, boolean>();
  // A walk up the tree, not a recursion: a page may nest elements thousands deep.
  return (element) => {
    const walked: Element[] = [];
    let result = false;
    for (let at: Element | null = element; at; at = drawnParent(at)) {
      const cached = known.get(at);
      if (cached !== undefined) {
        result = cached;
        break;
      }
      // The root and body clip to the window, which is the reader's to scroll.
      if (at === at.ownerDocument.body || at === at.ownerDocument.documentElement) break;
      walked.push(at);
      if (tinyAndClipping(at)) {
        result = true;
        break;
      }
    }
    for (const at of walked) known.set(at, result);
    return result;
  };
}

/** A box of a pixel or less that clips what overflows it. */
function tinyAndClipping(element: Element): boolean {
  // offsetWidth and offsetHeight, not a DOMRect: two integers, no object per element (SVG has neither: it is left
  // to its HTML ancestors). The style is read only for a tiny box, a rare sight.
  const box = element as Partial<Pick<HTMLElement, 'offsetWidth' | 'offsetHeight'>>;
  if (box.offsetWidth === undefined || (box.offsetWidth > TINY_PX && box.offsetHeight! > TINY_PX)) return false;
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  // An inline box or `display: contents` clips nothing whatever its overflow says (and has no box of its own).
  return !!style && style.display !== 'inline' && style.display !== 'contents' && clips(style);
}

/**
 * Whether the browser renders an element's content: checkVisibility, asked of the nearest element with a box of its
 * own. An element of `display: contents` (a wrapper frameworks leave) has none, and checkVisibility calls it
 * hidden though its text is on screen. Its style is read only when checkVisibility said no, which is rare.
 */
function rendered(element: Visibility): boolean {
  // Browsers without checkVisibility (before Chrome 105 and Firefox 106) count everything, as before.
  if (typeof element.checkVisibility !== 'function') return true;
  const view = element.ownerDocument.defaultView;
  for (let at: Visibility | null = element; at; at = at.parentElement) {
    const visible = at.checkVisibility({
      opacityProperty: true,
      visibilityProperty: true,
      checkOpacity: true,
      checkVisibilityCSS: true,
    });
    const style = view?.getComputedStyle(at);
    if (visible || style?.display !== 'contents') return visible;
    // Visibility is inherited, so it still hides the text of a box-less element; opacity needs a box to apply.
    if (style.visibility !== 'visible') return false;
  }
  return true;
}

/**
 * A function that tells whether a text node is shown, asking the browser once per parent element. Its answers are
 * kept for as long as the function is: whoever keeps it must make a new one when the page may have shown or hidden
 * something.
 */
export function visibilityChecker(): (node: Node) => boolean {
  const known = new WeakMap<Element, boolean>();
  const clippedAway = clippedAwayChecker();
  return (node) => {
    const parent = node.parentElement as Visibility | null;
    if (!parent) return node.isConnected;
    let shown = known.get(parent);
    if (shown === undefined) {
      shown =
        rendered(parent) &&
        // From the box the text is drawn in: a slotted text's slot, not its host.
        !clippedAway(drawnParent(node) ?? parent);
      known.set(parent, shown);
    }
    return shown;
  };
}

/**
 * The painted ranges a reader can see, in the order given: what counts, the summary and next/previous speak of.
 * `shown` may be a checker kept from an earlier call (see visibilityChecker); a fresh one by default.
 */
export function shownRanges(
  painted: readonly PaintedRange[],
  shown: (node: Node) => boolean = visibilityChecker(),
): PaintedRange[] {
  return painted.filter((p) => shown(p.range.startContainer));
}
