// A page body painted as one full pass paints it: the DOM tests of clearing and re-reading start from this.
import { annotate } from '../../src/core';
import { collectText } from '../../src/dom/collect';
import { createPainter, type Painter } from '../../src/dom/paint';

/** Sets the body to `html` and paints what a GII 2025 page's full pass finds in it, with a painter of `mode`. */
export function paintedBody(html: string, mode: 'highlight' | 'wrap'): Painter {
  document.body.innerHTML = html;
  const painter = createPainter(document, { mode });
  const collected = collectText(document.body);
  painter.paint(collected, annotate(collected.text, { verdict: 'gii-2025' }));
  return painter;
}
