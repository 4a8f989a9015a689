// Bundled into a plain page for the fallback-painter test: the engine's pieces, with the painter forced to wrap
// in <mark> elements as it does where the CSS Custom Highlight API is missing (Firefox before 140).
import { annotate, classify } from '../../src/core';
import { collectText } from '../../src/dom/collect';
import { mentionAt } from '../../src/dom/hit-test';
import { createPainter, highlightStyles, installStyles } from '../../src/dom/paint';
import { COLOR_PRESETS } from '../../src/extension/settings';

const painter = createPainter(document, { mode: 'wrap' });
let removeStyles: (() => void) | undefined;

function paint(): number {
  removeStyles = installStyles(document, highlightStyles(COLOR_PRESETS.default));
  const collected = collectText(document.body);
  const { verdict } = classify(collected.text, { title: document.title, url: location.href });
  const mentions = annotate(collected.text, { verdict });
  painter.paint(collected, mentions);
  return mentions.length;
}

/** The mention under a point, as the hover card's hit test finds it. */
function at(x: number, y: number): string | undefined {
  return mentionAt(document, x, y, (node) => painter.rangesOver(node))?.mention.id;
}

function clear(): void {
  painter.clear();
  removeStyles?.();
}

Object.assign(globalThis, { giiWrap: { paint, at, clear } });
