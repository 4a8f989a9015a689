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

/**
 * What the engine does for an open card when the page is painted again (the word reader arrived, a kind came back
 * on): the mention under a point, then a clear and a new paint, then the same mention found again. Its id, and
 * whether the new mark's box on screen is the old one's (the card would stay where it was).
 */
function repaintAt(x: number, y: number): { id: string; sameBox: boolean; connected: boolean } | undefined {
  const old = mentionAt(document, x, y, (node) => painter.rangesOver(node));
  if (!old) return undefined;
  const box = (r: AbstractRange) => JSON.stringify((r as Range).getBoundingClientRect());
  const before = box(old.range);
  painter.clear();
  const collected = collectText(document.body);
  painter.paint(collected, annotate(collected.text, { verdict: 'gii-2025' }));
  const again = painter.paintedAgain(old);
  if (!again) return undefined;
  return {
    id: again.mention.id,
    sameBox: box(again.range) === before,
    connected: again.range.startContainer.isConnected,
  };
}

function clear(): void {
  painter.clear();
  removeStyles?.();
}

Object.assign(globalThis, { giiWrap: { paint, at, repaintAt, clear } });
