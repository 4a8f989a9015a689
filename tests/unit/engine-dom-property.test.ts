// @vitest-environment happy-dom
// Property tests over the DOM engine: on 1,000+ generated pages (seeded, reproducible), painting and clearing leaves
// every text node, form field, editable region and selection exactly as it was, and nothing throws.
import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';
import { annotate } from '../../src/core';
import { boundsOf, collectText, piecesOf } from '../../src/dom/collect';
import { createPainter } from '../../src/dom/paint';
import { installFakeHighlights } from '../support/fake-highlights';

const WORDS = [
  'LIU Hua',
  'Ms. Liu',
  'Carsten Fink',
  "Fink's",
  'WIPO',
  'CNIPA',
  'Beijing',
  'Shanghai - Suzhou',
  'Xi’an',
  'He said',
  'song',
  'MOST',
  'Peking duck',
  '2.68%',
  '10th',
  '24 clusters',
  'GII 2025',
  'Zheng',
  'ZHENG Ruqing',
  'the',
  'and',
  ' ',
  '',
  '.',
  ',',
  'é',
  '<b>',
  '&amp;',
  '\n',
];

type Tree = { tag: string; attrs: [string, string][]; children: (Tree | string)[] };

const textArb = fc.array(fc.constantFrom(...WORDS), { maxLength: 6 }).map((w) => w.join(' '));
const tagArb = fc.constantFrom(
  'div',
  'p',
  'span',
  'b',
  'a',
  'em',
  'li',
  'td',
  'section',
  'h2',
  'textarea',
  'input',
  'editable',
  'hidden',
);
const treeArb: fc.Arbitrary<Tree> = fc.letrec<{ tree: Tree }>((tie) => ({
  tree: fc.record({
    tag: tagArb,
    attrs: fc.constant<[string, string][]>([]),
    children: fc.array(fc.oneof({ weight: 3, arbitrary: textArb }, { weight: 2, arbitrary: tie('tree') }), {
      maxLength: 4,
    }),
  }),
})).tree;

/** Builds the generated tree with DOM calls; adjacent strings become adjacent text nodes (framework-style). */
function build(tree: Tree, parent: Node): void {
  let el: HTMLElement;
  if (tree.tag === 'editable') {
    el = document.createElement('div');
    el.setAttribute('contenteditable', 'true');
  } else if (tree.tag === 'hidden') {
    el = document.createElement('div');
    el.hidden = true;
  } else el = document.createElement(tree.tag);
  if (tree.tag === 'input') {
    (el as HTMLInputElement).value = 'Carsten Fink typed';
    parent.appendChild(el);
    return;
  }
  for (const child of tree.children) {
    if (typeof child === 'string') el.appendChild(document.createTextNode(child));
    else if (tree.tag === 'textarea') el.appendChild(document.createTextNode('LIU Hua in a textarea'));
    else build(child, el);
  }
  parent.appendChild(el);
}

function dump(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return `#(${JSON.stringify((node as Text).data)})`;
  const el = node as Element;
  const attrs = el.attributes ? [...el.attributes].map((a) => `${a.name}=${a.value}`).join(' ') : '';
  return `<${el.nodeName}${attrs}>[${[...node.childNodes].map(dump).join(',')}]`;
}

function textNodes(root: Node): Text[] {
  const out: Text[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n as Text);
  return out;
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('painting then clearing leaves the page as it was', () => {
  test('fallback wrapping: same serialization, same text nodes and data, fields and editable regions untouched', () => {
    let marked = 0;
    fc.assert(
      fc.property(fc.array(treeArb, { minLength: 1, maxLength: 4 }), (trees) => {
        document.body.replaceChildren();
        for (const t of trees) build(t, document.body);
        const editable = document.querySelector('[contenteditable="true"]');
        if (editable?.firstChild) {
          const range = document.createRange();
          range.setStart(editable.firstChild, 0);
          range.collapse(true);
          document.getSelection()?.removeAllRanges();
          document.getSelection()?.addRange(range);
        }
        const selectionBefore = document.getSelection()?.anchorNode ?? null;
        const before = dump(document.body);
        const nodes = textNodes(document.body);
        const datas = nodes.map((n) => n.data);
        const textContent = document.body.textContent;
        const inputs = [...document.querySelectorAll('input, textarea')].map((f) => (f as HTMLInputElement).value);
        const editableHtml = editable ? dump(editable) : '';

        const painter = createPainter(document, { mode: 'wrap' });
        const collected = collectText(document.body);
        painter.paint(collected, annotate(collected.text, { verdict: 'gii-2025' }));
        // While painted: the page reads the same, fields and editable regions are untouched.
        expect(document.body.textContent).toBe(textContent);
        expect([...document.querySelectorAll('input, textarea')].map((f) => (f as HTMLInputElement).value)).toEqual(
          inputs,
        );
        if (editable) expect(dump(editable)).toBe(editableHtml);
        marked += document.querySelectorAll('mark.gii-lens-mark').length;
        painter.clear();

        expect(dump(document.body)).toBe(before);
        const after = textNodes(document.body);
        expect(after).toHaveLength(nodes.length);
        after.forEach((n, i) => {
          expect(n).toBe(nodes[i]);
          expect(n.data).toBe(datas[i]);
        });
        expect(document.getSelection()?.anchorNode ?? null).toBe(selectionBefore);
      }),
      { seed: 20251119, numRuns: 1000 },
    );
    // The pages really were painted: the property is not vacuous.
    expect(marked).toBeGreaterThan(500);
  });

  test('custom highlights: the DOM is never written at all', () => {
    const { registry, uninstall } = installFakeHighlights();
    try {
      fc.assert(
        fc.property(fc.array(treeArb, { minLength: 1, maxLength: 4 }), (trees) => {
          document.body.replaceChildren();
          for (const t of trees) build(t, document.body);
          const before = dump(document.body);
          const painter = createPainter(document, { mode: 'auto' });
          expect(painter.mode).toBe('highlight');
          const collected = collectText(document.body);
          const mentions = annotate(collected.text, { verdict: 'gii-2025' });
          painter.paint(collected, mentions);
          expect(dump(document.body)).toBe(before);
          const painted = [...registry.values()].reduce((n, h) => n + h.size, 0);
          expect(painted).toBe(mentions.length);
          painter.clear();
          expect(registry.size).toBe(0);
          expect(dump(document.body)).toBe(before);
        }),
        { seed: 20251120, numRuns: 1000 },
      );
    } finally {
      uninstall();
    }
  });
});

/**
 * A second, plainly recursive reading of the collection rules, to check the iterative walk against: blocks break
 * the line where they start and end (one break at most in a row), skipped subtrees contribute nothing, whitespace
 * right after a break is formatting.
 */
function referenceCollect(root: Node): { text: string; nodes: Text[] } {
  const hiddenOrField = (el: Element) =>
    ['textarea', 'input', 'script', 'style'].includes(el.localName) ||
    el.hasAttribute('hidden') ||
    el.getAttribute('contenteditable') === 'true';
  const blocks = new Set(['div', 'p', 'li', 'section', 'h2', 'body']);
  let text = '';
  const nodes: Text[] = [];
  const lineBreak = () => {
    if (text !== '' && !text.endsWith('\n')) text += '\n';
  };
  const visit = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      const data = (node as Text).data;
      if (data === '' || ((text === '' || text.endsWith('\n')) && data.trim() === '')) return;
      nodes.push(node as Text);
      text += data.replace(/[\n\r]/g, ' ');
      return;
    }
    const el = node as Element;
    if (node !== root && hiddenOrField(el)) return;
    const block = blocks.has(el.localName);
    if (block) lineBreak();
    // A table cell: a space before it, unless a line starts there (cells of a row read as one line).
    else if (el.localName === 'td' && text !== '' && !text.endsWith('\n')) text += ' ';
    node.childNodes.forEach(visit);
    if (block) lineBreak();
  };
  visit(root);
  return { text, nodes };
}

describe('collecting text', () => {
  test('the walk reads what a plain recursive reading reads, node for node, on 1,000 generated pages', () => {
    fc.assert(
      fc.property(fc.array(treeArb, { minLength: 1, maxLength: 4 }), (trees) => {
        document.body.replaceChildren();
        for (const t of trees) build(t, document.body);
        const collected = collectText(document.body);
        const expected = referenceCollect(document.body);
        expect(collected.text).toBe(expected.text);
        expect(collected.segments.length).toBe(expected.nodes.length);
        collected.segments.forEach((s, i) => expect(s.node).toBe(expected.nodes[i]));
        for (const s of collected.segments)
          expect(collected.text.slice(s.start, s.end)).toBe(s.node.data.replace(/[\n\r]/g, ' '));
      }),
      { seed: 20251125, numRuns: 1000 },
    );
  });

  test('where a span starts and ends in the page does not depend on the segment the search starts from', () => {
    fc.assert(
      fc.property(
        fc.array(treeArb, { minLength: 1, maxLength: 4 }),
        fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: 20 }),
        (trees, spans) => {
          document.body.replaceChildren();
          for (const t of trees) build(t, document.body);
          const collected = collectText(document.body);
          const n = collected.text.length + 1;
          for (const [a, b, hint] of spans) {
            const start = a % n;
            const end = start + (b % (n - start));
            const pieces = piecesOf(collected, start, end);
            const bounds = boundsOf(collected, start, end, hint % (collected.segments.length + 1));
            if (pieces.length === 0) expect(bounds).toBeUndefined();
            else {
              expect(bounds?.startNode).toBe(pieces[0]!.node);
              expect(bounds?.startOffset).toBe(pieces[0]!.start);
              expect(bounds?.endNode).toBe(pieces[pieces.length - 1]!.node);
              expect(bounds?.endOffset).toBe(pieces[pieces.length - 1]!.end);
            }
          }
        },
      ),
      { seed: 20251126, numRuns: 1000 },
    );
  });
});
