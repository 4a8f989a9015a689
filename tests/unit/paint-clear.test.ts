// @vitest-environment happy-dom
// When part of a page changes, what was painted there goes and the rest stays: a changed paragraph's mentions are
// cleared, a new paragraph clears nothing, and text taken out of the page takes its mentions with it — with CSS
// highlights and with the fallback marks alike.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { annotate } from '../../src/core';
import { collectText } from '../../src/dom/collect';
import { createPainter, type Painter, type PaintedRange } from '../../src/dom/paint';
import { installFakeHighlights } from '../support/fake-highlights';
import { paintedBody } from '../support/painted-body';

let fakes: ReturnType<typeof installFakeHighlights>;
beforeAll(() => {
  fakes = installFakeHighlights();
});
afterAll(() => fakes.uninstall());

const paintedPage = (mode: 'highlight' | 'wrap'): Painter =>
  paintedBody(
    '<article><p id="a">Ms. LIU Hua opened the meeting.</p><p id="b">Carsten Fink spoke by video.</p></article>',
    mode,
  );
const ids = (painter: Painter) => painter.ranges().map((p) => p.mention.id);

describe.each(['highlight', 'wrap'] as const)('clearing part of a painted page (%s)', (mode) => {
  test('a changed paragraph loses its mentions, the others keep theirs', () => {
    const painter = paintedPage(mode);
    expect(ids(painter)).toEqual(['liu-hua', 'carsten-fink']);
    painter.clearWithin(document.getElementById('a')!);
    expect(ids(painter)).toEqual(['carsten-fink']);
  });

  test('a new paragraph clears nothing', () => {
    const painter = paintedPage(mode);
    const added = document.createElement('p');
    added.textContent = 'WIPO published the index.';
    document.querySelector('article')!.append(added);
    painter.clearWithin(added);
    expect(ids(painter)).toEqual(['liu-hua', 'carsten-fink']);
  });

  test('a paragraph taken out of the page takes its mentions with it', () => {
    const painter = paintedPage(mode);
    document.getElementById('b')!.remove();
    painter.clearDetached();
    expect(ids(painter)).toEqual(['liu-hua']);
    if (mode === 'highlight') expect([...fakes.registry.values()].reduce((n, h) => n + h.size, 0)).toBe(1);
  });
});

describe.each(['highlight', 'wrap'] as const)('painted ranges stay in document order (%s)', (mode) => {
  const SENTENCES = [
    'Ms. LIU Hua opened the meeting.',
    'Carsten Fink spoke by video.',
    'WIPO published the index.',
    'Beijing and Shenzhen were named.',
    'Marco Alemán sent a message.',
    // A name across inline markup: one range over three text nodes.
    'Mr. <b>HAN</b> Peng of <em>CNIPA</em> spoke.',
  ];
  /** The mentions painted, in order: the fallback paints a mention across markup as one mark per piece. */
  const mentionIds = (painter: Painter) =>
    painter
      .ranges()
      .filter((p, i, all) => i === 0 || all[i - 1]!.mention !== p.mention)
      .map((p) => p.mention.id);
  /** Whether painted range `p` covers some of text node `node`: the brute-force answer rangesOver must give. */
  const covers = (p: PaintedRange, node: Node) => {
    const { startContainer: start, endContainer: end } = p.range;
    if (node === start || node === end) return true;
    const after = (a: Node, b: Node) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    return after(start, node) && after(node, end);
  };
  test('property: paragraphs added, changed and removed anywhere, one at a time as the engine rereads them', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            op: fc.constantFrom('add', 'change', 'remove', 'reread', 'retext'),
            at: fc.nat(),
            sentence: fc.constantFrom(...SENTENCES),
          }),
          { maxLength: 25 },
        ),
        (ops) => {
          const painter = paintedPage(mode);
          const article = document.querySelector('article')!;
          for (const { op, at, sentence } of ops) {
            const paragraphs = article.querySelectorAll('p');
            const target = paragraphs[at % Math.max(1, paragraphs.length)];
            let part: HTMLElement | undefined;
            if (op === 'add' || !target) {
              part = document.createElement('p');
              part.innerHTML = sentence;
              article.insertBefore(part, at % 3 === 0 ? null : (target ?? null));
            } else if (op === 'change') {
              painter.clearWithin(target);
              target.innerHTML = sentence;
              part = target;
            } else if (op === 'reread') {
              // Read again with its text nodes kept (a change next to it named it): the same nodes painted anew.
              part = target;
            } else if (op === 'retext') {
              // A text node's data changes in place (a ticker): the node stays, its old ranges must go.
              const text = document.createTreeWalker(target, NodeFilter.SHOW_TEXT).nextNode() as Text | null;
              if (text) text.data = sentence.replace(/<[^>]+>/g, '');
              part = target;
            } else {
              target.remove();
              painter.clearDetached();
            }
            if (part) {
              painter.clearWithin(part);
              const collected = collectText(part);
              painter.paint(collected, annotate(collected.text, { verdict: 'gii-2025' }));
            }
          }
          // What a full pass over the page would paint now, in its order.
          const fresh = createPainter(document, { mode: 'highlight' });
          const all = collectText(document.body);
          fresh.paint(all, annotate(all.text, { verdict: 'gii-2025' }));
          expect(mentionIds(painter)).toEqual(mentionIds(fresh));
          // The hover card's index: for every text node, exactly the painted ranges over it.
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const expected = painter.ranges().filter((p) => covers(p, node));
            expect(new Set(painter.rangesOver(node))).toEqual(new Set(expected));
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
