// @vitest-environment happy-dom
// The DOM engine in a simulated DOM: what text is collected, how offsets map to nodes, how the fallback wrapping
// paints and how exactly it restores the page.
import fc from 'fast-check';
import { beforeEach, describe, expect, test } from 'vitest';
import { annotate } from '../../src/core';
import type { Mention } from '../../src/core/types';
import { collectText, locate, piecesOf } from '../../src/dom/collect';
import { createPainter, type PaintedRange } from '../../src/dom/paint';
import { blockAround, createBatcher, watchMutations } from '../../src/dom/watch';
import { rangeContaining } from '../../src/dom/hit-test';
import { installFakeHighlights } from '../support/fake-highlights';

/** Builds DOM from trusted test markup (tests only; the extension never parses strings as HTML). */
function page(markup: string): HTMLElement {
  document.body.innerHTML = markup;
  return document.body;
}

/** A dump of the DOM that catches any difference a serializer would, plus text node boundaries. */
function dump(node: Node): string {
  if (node.nodeType === Node.TEXT_NODE) return `#text(${JSON.stringify((node as Text).data)})`;
  if (node.nodeType === Node.COMMENT_NODE) return `#comment(${(node as Comment).data})`;
  const el = node as Element;
  const attrs = el.attributes ? [...el.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).join(' ') : '';
  return `<${el.nodeName.toLowerCase()}${attrs ? ` ${attrs}` : ''}>[${[...node.childNodes].map(dump).join(',')}]`;
}

const mention = (text: string, start: number, id = 'liu-hua', kind: Mention['kind'] = 'person'): Mention => ({
  start,
  end: start + text.length,
  text,
  kind,
  id,
});

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
});

describe('collecting visible text', () => {
  test('skips scripts, styles, templates, form fields, editable and hidden content, and our own UI', () => {
    page(`<p>Ms. LIU Hua spoke.</p>
      <script>LIU Hua script</script><style>.x{content:"Fink"}</style><noscript>Fink</noscript>
      <template><p>Fink</p></template><textarea>Fink</textarea><input value="Fink"><select><option>Fink</option></select>
      <div contenteditable="true">Fink typing</div><div contenteditable="false">kept</div>
      <p hidden>Fink</p><p aria-hidden="true">Fink</p><p style="display: none">Fink</p>
      <div data-gii-lens-ui>Fink card</div><p>Carsten Fink too.</p>`);
    const { text } = collectText(document.body);
    expect(text).toContain('Ms. LIU Hua spoke.');
    expect(text).toContain('Carsten Fink too.');
    expect(text).toContain('kept');
    expect(text.match(/Fink/g)).toHaveLength(1);
    expect(text).not.toContain('script');
  });

  test('blocks are separated, inline elements join words', () => {
    page('<p>Liu Hua</p><p>Beijing</p><p><b>Liu</b> <i>Hua</i> spoke</p><div>a<br>b</div>');
    const { text } = collectText(document.body);
    expect(text.split('\n').filter(Boolean)).toEqual(['Liu Hua', 'Beijing', 'Liu Hua spoke', 'a', 'b']);
  });

  test('newlines inside a text node read as spaces, keeping offsets', () => {
    page('<p>Ms. LIU\n   Hua</p>');
    const collected = collectText(document.body);
    expect(collected.text).toContain('LIU    Hua');
    const [found] = annotate(collected.text, { verdict: 'gii-2025' });
    expect(found?.id).toBe('liu-hua');
    const pieces = piecesOf(collected, found!.start, found!.end);
    expect(pieces.map((p) => p.node.data.slice(p.start, p.end))).toEqual(['LIU\n   Hua']);
  });

  test('includes open shadow roots', () => {
    page('<div id="host"></div><p>after</p>');
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    const inner = document.createElement('p');
    inner.textContent = 'Carsten Fink in a shadow root';
    shadow.append(inner);
    expect(collectText(document.body).text).toContain('Carsten Fink in a shadow root');
  });

  test('every segment slices back to its node, and offsets locate the right node', () => {
    page('<p>Ms. <b>LIU</b> Hua of <a href="#">WOC</a> and <em>Carsten <span>Fink</span></em>.</p><p>Next</p>');
    const collected = collectText(document.body);
    for (const s of collected.segments) expect(collected.text.slice(s.start, s.end)).toBe(s.node.data);
    fc.assert(
      fc.property(fc.nat(collected.text.length - 1), (offset) => {
        const where = locate(collected, offset, 'start');
        const seg = collected.segments.find((s) => offset >= s.start && offset < s.end);
        if (seg) {
          expect(where?.node).toBe(seg.node);
          expect(where?.offset).toBe(offset - seg.start);
        }
      }),
      { seed: 3, numRuns: 200 },
    );
    const pieces = piecesOf(collected, collected.text.indexOf('LIU'), collected.text.indexOf('LIU') + 'LIU Hua'.length);
    expect(pieces.map((p) => p.node.data.slice(p.start, p.end))).toEqual(['LIU', ' Hua']);
  });
});

describe('painting by wrapping (where CSS highlights are missing)', () => {
  test('marks carry the kind and id; a mention across elements gets one mark per node', () => {
    page('<p>Ms. <b>LIU</b> Hua met Carsten Fink.</p>');
    const collected = collectText(document.body);
    const painter = createPainter(document, { mode: 'wrap' });
    painter.paint(collected, annotate(collected.text, { verdict: 'gii-2025' }));
    const marks = [...document.querySelectorAll('mark.gii-lens-mark')];
    expect(marks.map((m) => [m.textContent, m.getAttribute('data-gii-lens-id')])).toEqual([
      ['LIU', 'liu-hua'],
      [' Hua', 'liu-hua'],
      ['Carsten Fink', 'carsten-fink'],
    ]);
    expect(marks[0]!.classList.contains('gii-lens-person')).toBe(true);
    expect(document.body.textContent).toBe('Ms. LIU Hua met Carsten Fink.');
  });

  test('clear() restores the same nodes, the same data, the same serialization — and never merges text nodes', () => {
    page('<p id="p">Ms. LIU Hua, Director of WOC.</p><p>Carsten Fink</p>');
    const p = document.getElementById('p')!;
    // A framework's two adjacent text nodes: normalize() would merge them and break it.
    p.append(document.createTextNode(' Fink'), document.createTextNode(' and WIPO'));
    const before = dump(document.body);
    const textNodes = [...p.childNodes];
    const painter = createPainter(document, { mode: 'wrap' });
    for (let round = 0; round < 2; round++) {
      const collected = collectText(document.body);
      painter.paint(collected, annotate(collected.text, { verdict: 'gii-2025' }));
      expect(document.querySelectorAll('mark').length).toBeGreaterThan(2);
      painter.clear();
      expect(dump(document.body)).toBe(before);
      expect([...p.childNodes]).toEqual(textNodes);
    }
  });

  test('text directly inside table structure is never wrapped', () => {
    const table = document.createElement('table');
    const tbody = document.createElement('tbody');
    table.append(tbody);
    tbody.append(document.createTextNode('Carsten Fink'));
    document.body.append(table);
    const collected = collectText(document.body);
    createPainter(document, { mode: 'wrap' }).paint(collected, [
      mention('Carsten Fink', collected.text.indexOf('Carsten'), 'carsten-fink'),
    ]);
    expect(document.querySelectorAll('mark').length).toBe(0);
  });
});

describe('painting again (an open hover card stays through a repaint)', () => {
  /** The text a painted range covers: both painters' ranges start and end in one text node here. */
  const covered = (r: AbstractRange) => (r.startContainer as Text).data.slice(r.startOffset, r.endOffset);
  const repaint = (painter: ReturnType<typeof createPainter>, kinds?: Mention['kind'][]) => {
    painter.clear();
    const collected = collectText(document.body);
    painter.paint(collected, annotate(collected.text, { verdict: 'gii-2025', kinds }));
  };

  for (const mode of ['wrap', 'highlight'] as const) {
    test(`${mode}: the same mention is found again after a clear and a new paint, and only where it was`, () => {
      const fake = mode === 'highlight' ? installFakeHighlights() : undefined;
      try {
        page('<p id="a">Ms. LIU Hua met Carsten Fink.</p><p>Carsten Fink spoke of WIPO.</p>');
        const painter = createPainter(document, { mode });
        expect(painter.mode).toBe(mode);
        repaint(painter);
        const finks = painter.ranges().filter((p) => p.mention.id === 'carsten-fink');
        expect(finks).toHaveLength(2);
        const [first, second] = finks as [PaintedRange, PaintedRange];

        repaint(painter);
        const again = painter.paintedAgain(first);
        expect(again?.mention.id).toBe('carsten-fink');
        expect(covered(again!.range)).toBe('Carsten Fink');
        expect(again!.range.startContainer.isConnected).toBe(true);
        // The first paragraph's Fink, not the second's.
        expect(document.getElementById('a')!.contains(again!.range.startContainer)).toBe(true);
        expect(painter.paintedAgain(second)).not.toBe(again);
        expect(painter.paintedAgain(second)?.mention.id).toBe('carsten-fink');

        // Painted again without people: nothing stands where the name was.
        repaint(painter, ['organization']);
        expect(painter.paintedAgain(again!)).toBeUndefined();
      } finally {
        fake?.uninstall();
      }
    });
  }

  test('wrap: a name moved within its text node by an edit is not the one that was open', () => {
    page('<p>Carsten Fink spoke.</p>');
    const painter = createPainter(document, { mode: 'wrap' });
    repaint(painter);
    const [old] = painter.ranges();
    painter.clear();
    const text = document.querySelector('p')!.firstChild as Text;
    text.data = `Later, ${text.data}`;
    repaint(painter);
    expect(painter.ranges().map((p) => p.mention.id)).toEqual(['carsten-fink']);
    expect(painter.paintedAgain(old!)).toBeUndefined();
  });
});

describe('watching changes', () => {
  test('appended paragraphs arrive as one batch, each to be read alone; our own marks are ignored', async () => {
    page('<article><p>Start</p></article>');
    const calls: Node[][] = [];
    const queue: (() => void)[] = [];
    const watcher = watchMutations(document.body, ({ roots }) => calls.push(roots), {
      schedule: (fn) => queue.push(fn),
    });
    const article = document.querySelector('article')!;
    const added: HTMLElement[] = [];
    for (let i = 0; i < 5; i++) {
      const p = document.createElement('p');
      p.textContent = `Carsten Fink ${i}`;
      article.append(p);
      added.push(p);
    }
    await Promise.resolve();
    expect(queue).toHaveLength(1);
    queue.shift()!();
    // The new paragraphs, not the whole article again.
    expect(calls).toEqual([added]);
    // Our own wrapping marks: no call.
    const collected = collectText(article);
    createPainter(document, { mode: 'wrap' }).paint(collected, annotate(collected.text, { verdict: 'gii-2025' }));
    watcher.takeRecords(); // as the engine does right after painting
    await Promise.resolve();
    while (queue.length) queue.shift()!();
    expect(calls).toHaveLength(1);
    watcher.stop();
  });

  test('text and inline elements are read with their parent; removed blocks only say that something went', async () => {
    page('<article><p id="a">Ms. LIU Hua</p><p id="b">Carsten Fink</p></article>');
    const calls: { roots: Node[]; removed: boolean }[] = [];
    const queue: (() => void)[] = [];
    const watcher = watchMutations(document.body, (changes) => calls.push(changes), {
      schedule: (fn) => queue.push(fn),
    });
    const flush = async () => {
      await Promise.resolve();
      while (queue.length) queue.shift()!();
    };
    const a = document.getElementById('a')!;
    // "LIU Hua" may now run across the new node and its neighbours: the paragraph is read again.
    a.append(document.createElement('b'), document.createTextNode(' of WOC'));
    await flush();
    expect(calls).toEqual([{ roots: [a], removed: false }]);
    document.getElementById('b')!.remove();
    await flush();
    expect(calls[1]).toEqual({ roots: [], removed: true });
    // A node inside another changed root is covered by it.
    const inner = document.createElement('p');
    const outer = document.createElement('section');
    outer.append(inner);
    document.querySelector('article')!.append(outer);
    inner.append(document.createElement('p'));
    await flush();
    expect(calls[2]).toEqual({ roots: [outer], removed: false });
    watcher.stop();
  });

  test('a change inside an inline element is read with the block around it, where its mention may run on', async () => {
    page(`<article><p id="p">China had <strong id="n">24</strong> clusters in the <em>top <b id="b">100</b></em></p>
      <span id="bare">Mr. <b id="h">HAN</b> Peng</span></article>`);
    const calls: Node[][] = [];
    const queue: (() => void)[] = [];
    const watcher = watchMutations(document.body, ({ roots }) => calls.push(roots), {
      schedule: (fn) => queue.push(fn),
    });
    const flush = async () => {
      await Promise.resolve();
      while (queue.length) queue.shift()!();
    };
    const p = document.getElementById('p')!;
    // A ticker's number changes inside <strong>: "24 clusters in the top 100" is one figure, read from the paragraph.
    (document.getElementById('n')!.firstChild as Text).data = '26';
    await flush();
    expect(calls.at(-1)).toEqual([p]);
    // Two levels of inline elements deep, a node replaced: still the paragraph.
    document.getElementById('b')!.replaceChildren(document.createTextNode('50'));
    await flush();
    expect(calls.at(-1)).toEqual([p]);
    // Inline content with no block around it below the article: the article, which is a block.
    (document.getElementById('h')!.firstChild as Text).data = 'Han';
    await flush();
    expect(calls.at(-1)).toEqual([document.querySelector('article')]);
    watcher.stop();
  });

  test('with no block between a change and the body, only the changed element is read', () => {
    page('<span id="s">Mr. <b id="h">HAN</b> Peng</span>');
    const b = document.getElementById('h')!;
    expect(blockAround(b)).toBe(b);
    page('<div><span><b id="h">HAN</b></span></div>');
    expect(blockAround(document.getElementById('h')!)).toBe(document.querySelector('div'));
  });

  test('a storm of 1,000 text changes is handled in a few batches, not 1,000', async () => {
    page('<p id="t">x</p>');
    const text = document.getElementById('t')!.firstChild as Text;
    let now = 0;
    const timers: { at: number; fn: () => void }[] = [];
    const schedule = createBatcher((fn, ms) => timers.push({ at: now + ms, fn }), 100, 250);
    let batches = 0;
    const watcher = watchMutations(document.body, () => batches++, { schedule });
    for (let i = 0; i < 1000; i++) {
      text.data = `tick ${i}`;
      await Promise.resolve();
      now += 1; // 1,000 changes a second
      for (const t of timers.filter((t) => t.at <= now)) {
        timers.splice(timers.indexOf(t), 1);
        t.fn();
      }
    }
    now += 1000;
    for (const t of timers.splice(0)) t.fn();
    expect(batches).toBeGreaterThan(0);
    expect(batches).toBeLessThanOrEqual(6);
    watcher.stop();
  });
});

describe('hit-testing', () => {
  test('a caret inside a painted range finds it; outside finds nothing', () => {
    page('<p>Ms. LIU Hua and Carsten Fink</p>');
    const collected = collectText(document.body);
    const painter = createPainter(document, { mode: 'wrap' });
    painter.paint(collected, annotate(collected.text, { verdict: 'gii-2025' }));
    const painted = painter.ranges();
    const fink = document.querySelector('mark[data-gii-lens-id="carsten-fink"]')!.firstChild!;
    expect(rangeContaining(painted, { node: fink, offset: 3 })?.mention.id).toBe('carsten-fink');
    const plain = document.querySelector('p')!.firstChild!;
    expect(rangeContaining(painted, { node: plain, offset: 1 })).toBeUndefined();
  });
});
