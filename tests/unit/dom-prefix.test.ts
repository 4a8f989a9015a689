// @vitest-environment happy-dom
// The bounded prefix every page is classified from: what it reads, what it leaves out, where it stops.
import fc from 'fast-check';
import { beforeEach, describe, expect, test } from 'vitest';
import { classify, PREFIX_CHARS } from '../../src/core';
import { textPrefix } from '../../src/dom/prefix';

beforeEach(() => {
  document.head.innerHTML = '<title>City news</title>';
  document.body.innerHTML = '';
});

describe('textPrefix', () => {
  test('reads visible text and leaves out scripts, styles, form fields and other non-text content', () => {
    document.body.innerHTML = `<p>Beijing hosted the talks.</p>
      <script>var s = "Global Innovation Index";</script><style>.gii{}</style><noscript>GII</noscript>
      <select><option>Global Innovation Index</option></select><textarea>GII</textarea>
      <button><span>Global Innovation Index</span></button><svg><text>GII</text></svg>
      <div><p>Shenzhen <em>too</em>.</p></div>`;
    const prefix = textPrefix(document, 10_000);
    expect(prefix).toContain('Beijing hosted the talks.');
    expect(prefix).toContain('Shenzhen');
    expect(prefix).toContain('too');
    expect(prefix).not.toMatch(/GII|Global Innovation Index|var s/);
  });

  test('a page that names the index only inside skipped elements is judged unrelated', () => {
    document.body.innerHTML =
      '<p>Weather and traffic.</p><script>track("Global Innovation Index")</script><select><option>GII 2025</option></select>';
    expect(classify(textPrefix(document, PREFIX_CHARS), { title: document.title }).verdict).toBe('unrelated');
  });

  test('words in neighbouring elements do not run together', () => {
    document.body.innerHTML = '<div>The</div><div>GII</div><span>ranks</span><span>economies</span>';
    expect(textPrefix(document, 100).split(/\s+/).filter(Boolean)).toEqual(['The', 'GII', 'ranks', 'economies']);
  });

  test('stops at the limit, reading only the start of a long page', () => {
    document.body.innerHTML = Array.from({ length: 500 }, (_, i) => `<p>paragraph ${i} of the page</p>`).join('');
    const prefix = textPrefix(document, 300);
    expect(prefix.length).toBe(300);
    expect(prefix.startsWith('paragraph 0 of the page')).toBe(true);
    expect(prefix).not.toContain('paragraph 100 ');
  });

  test('a page without a body or without text gives an empty prefix', () => {
    expect(textPrefix(document, 100)).toBe('');
    const bare = document.implementation.createDocument(null, null, null);
    expect(textPrefix(bare, 100)).toBe('');
  });

  test('property: the prefix holds the words of every visible text, in page order, and none of the skipped ones', () => {
    const word = fc.constantFrom('alpha', 'beta', 'gamma', 'delta');
    const hiddenWord = fc.constantFrom('SECRET', 'HIDDEN');
    type Tree = { tag: string; kids: (Tree | string)[] };
    const visibleTag = fc.constantFrom('div', 'p', 'span', 'em', 'a', 'section');
    const skippedTag = fc.constantFrom('script', 'style', 'noscript', 'textarea', 'button');
    const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        fc.record({ tag: visibleTag, kids: fc.array(fc.oneof(word, tie('node')), { maxLength: 4 }) }),
        // Skipped elements hold whole trees too: nothing under them counts, however deep.
        fc.record({
          tag: skippedTag,
          kids: fc.array(fc.oneof(hiddenWord, tie('node')), { minLength: 1, maxLength: 3 }),
        }),
      ),
    })).node;
    const build = (t: Tree, into: Node, words: string[], hidden: boolean): void => {
      const el = document.createElement(t.tag);
      into.appendChild(el);
      const skip = hidden || ['script', 'style', 'noscript', 'textarea', 'button'].includes(t.tag);
      for (const kid of t.kids) {
        if (typeof kid === 'string') {
          el.appendChild(document.createTextNode(kid));
          if (!skip) words.push(kid);
        } else build(kid, el, words, skip);
      }
    };
    fc.assert(
      fc.property(fc.array(tree, { maxLength: 6 }), (trees) => {
        document.body.innerHTML = '';
        const words: string[] = [];
        for (const t of trees) build(t, document.body, words, false);
        expect(textPrefix(document, 100_000).split(/\s+/).filter(Boolean)).toEqual(words);
      }),
      { numRuns: 300 },
    );
  });
});
