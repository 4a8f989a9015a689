// @vitest-environment happy-dom
// A changed paragraph is read on its own; a bare family name in it that several speakers share is resolved by the
// speakers the page named in full before it, found among what is already painted.
import { describe, expect, test } from 'vitest';
import { annotate } from '../../src/core';
import { loadDataset } from '../../src/dataset';
import { collectText } from '../../src/dom/collect';
import { createPainter } from '../../src/dom/paint';
import { sharedFamilyNames, speakersNamedBefore } from '../../src/page/named-before';

const shared = sharedFamilyNames(loadDataset());

/** Paints a page of paragraphs as the engine's full pass does; returns the painter. */
function paintedPage(paragraphs: string[]) {
  document.body.replaceChildren(
    ...paragraphs.map((text) => Object.assign(document.createElement('p'), { textContent: text })),
  );
  const painter = createPainter(document, { mode: 'wrap' });
  const collected = collectText(document.body);
  painter.paint(collected, annotate(collected.text, { verdict: 'gii-2025' }));
  return painter;
}

describe('speakers named before a changed part of the page', () => {
  test('only family names that several speakers share are looked for', () => {
    expect([...shared.families]).toEqual(['zheng']);
    expect(shared.pattern?.test('Ms. ZHENG said')).toBe(true);
    expect(shared.pattern?.test('Ms. Liu said')).toBe(false);
    // Not inside another word.
    expect(shared.pattern?.test('Shenzheng')).toBe(false);
  });

  test('the nearest full mention before the node, per family name; bare names and later ones do not count', () => {
    const painter = paintedPage([
      'ZHENG Ruqing of Peking University spoke first.',
      'Then ZHENG Juanjuan of Xiaomi spoke, and Ms. Zheng took questions.',
      'NEW',
      'Mr. ZHENG Yansong closed the session.',
    ]);
    const target = document.querySelectorAll('p')[2]!;
    expect(speakersNamedBefore(painter.ranges(), target, shared)).toEqual(['zheng-juanjuan']);
    const first = document.querySelectorAll('p')[0]!;
    expect(speakersNamedBefore(painter.ranges(), first, shared)).toEqual([]);
  });

  test('a paragraph read alone then resolves "Ms. Zheng" as the whole page does', () => {
    const painter = paintedPage(['ZHENG Juanjuan, Legal Director of Xiaomi Group, spoke.']);
    const added = Object.assign(document.createElement('p'), { textContent: 'Ms. Zheng said more.' });
    document.body.append(added);
    const collected = collectText(added);
    const namedBefore = speakersNamedBefore(painter.ranges(), added, shared);
    const alone = annotate(collected.text, { verdict: 'gii-2025' });
    const withPage = annotate(collected.text, { verdict: 'gii-2025', namedBefore });
    expect(alone.filter((m) => m.kind === 'person')).toEqual([]);
    expect(withPage.map((m) => [m.text, m.id])).toEqual([['Zheng', 'zheng-juanjuan']]);
  });
});
