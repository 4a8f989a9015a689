// @vitest-environment happy-dom
// Whether the hover card's mention can still be seen: the boxes that clip it, and the test against them. (happy-dom
// computes longhands only, so the boxes are styled with them; the e2e runs the shorthand in Chromium.)
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { clippingBoxes, inSight } from '../../src/dom/clip';

describe('clippingBoxes', () => {
  test('finds the scrolling and clipping boxes around a text, nearest first, through a shadow root', () => {
    document.body.innerHTML = `<div id="pane" style="overflow-y:auto"><section id="plain"><div id="row" style="overflow-x:hidden">
      <div id="host"></div></div></section></div>`;
    document.body.style.overflow = 'hidden';
    const host = document.getElementById('host')!;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<div id="inner" style="overflow-y:clip"><p>Carsten Fink</p></div>';
    const text = shadow.querySelector('p')!.firstChild!;
    expect(clippingBoxes(text).map((el) => el.id)).toEqual(['inner', 'row', 'pane']);
  });

  test('paint containment clips as overflow does: contain paint, strict or content, and content-visibility auto', () => {
    document.body.innerHTML = `<div id="card" style="contain:paint"><div id="feed" style="contain:strict">
      <div style="contain:layout style"><div id="lazy" style="content-visibility:auto">
      <div id="whole" style="contain:content"><p>Marco Alemán</p></div></div></div></div></div>`;
    const text = document.querySelector('p')!.firstChild!;
    // Layout and style containment do not clip: that box is not among them.
    expect(clippingBoxes(text).map((el) => el.id)).toEqual(['whole', 'lazy', 'feed', 'card']);
  });

  test('a text with nothing around it that clips has no boxes (the window is checked apart)', () => {
    document.body.innerHTML = '<main><p>LIU Hua</p></main>';
    expect(clippingBoxes(document.querySelector('p')!.firstChild!)).toEqual([]);
  });
});

describe('inSight', () => {
  const WINDOW = { width: 1000, height: 800 };
  type Box = { top: number; bottom: number; left: number; right: number };
  const box = fc
    .tuple(fc.integer({ min: -500, max: 1500 }), fc.integer({ min: -500, max: 1500 }), fc.nat(600), fc.nat(600))
    .map(([top, left, h, w]): Box => ({ top, left, bottom: top + h + 1, right: left + w + 1 }));
  const element = (b: Box) => ({ getBoundingClientRect: () => b }) as unknown as Element;
  const overlaps = (a: Box, b: Box) => a.top < b.bottom && b.top < a.bottom && a.left < b.right && b.left < a.right;

  test('a mention the pane has scrolled past is out of sight, though it is inside the window', () => {
    const pane = { top: 100, bottom: 400, left: 0, right: 700 };
    expect(inSight({ top: 80, bottom: 96, left: 10, right: 90 }, [element(pane)], WINDOW)).toBe(false);
    expect(inSight({ top: 390, bottom: 406, left: 10, right: 90 }, [element(pane)], WINDOW)).toBe(true);
    expect(inSight({ top: 200, bottom: 216, left: 710, right: 790 }, [element(pane)], WINDOW)).toBe(false);
  });

  test('property: in sight exactly when the mention overlaps the window and every box', () => {
    fc.assert(
      fc.property(box, fc.array(box, { maxLength: 4 }), (rect, boxes) => {
        const expected =
          overlaps(rect, { top: 0, left: 0, bottom: WINDOW.height, right: WINDOW.width }) &&
          boxes.every((b) => overlaps(rect, b));
        expect(inSight(rect, boxes.map(element), WINDOW)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
});
