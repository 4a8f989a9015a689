// Whether painted text is shown to the reader. Text hidden by the page's own styles (a collapsed menu, a closed
// tab, `display: none` from a class) is still read and painted — its highlight appears the moment the page shows
// it — but the counts the popup and side panel give, and the next/previous mention, speak only of what is shown.

import type { PaintedRange } from './paint';

type Visibility = Element & { checkVisibility?: (options?: Record<string, boolean>) => boolean };

/** A function that tells whether a text node is shown, asking the browser once per parent element. */
export function visibilityChecker(): (node: Node) => boolean {
  const known = new Map<Element, boolean>();
  return (node) => {
    const parent = node.parentElement as Visibility | null;
    if (!parent) return node.isConnected;
    let shown = known.get(parent);
    if (shown === undefined) {
      // Browsers without checkVisibility (before Chrome 105 and Firefox 106) count everything, as before.
      shown =
        typeof parent.checkVisibility !== 'function' ||
        parent.checkVisibility({
          opacityProperty: true,
          visibilityProperty: true,
          checkOpacity: true,
          checkVisibilityCSS: true,
        });
      known.set(parent, shown);
    }
    return shown;
  };
}

/** The painted ranges a reader can see, in the order given: what counts, the summary and next/previous speak of. */
export function shownRanges(painted: readonly PaintedRange[]): PaintedRange[] {
  const shown = visibilityChecker();
  return painted.filter((p) => shown(p.range.startContainer));
}
