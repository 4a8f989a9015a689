// annotate reads a digit run only where its sentence holds a figure's context word (ContextNearby). That shortcut
// must never change what is found: on generated stories it gives exactly the mentions of reading every number.
import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { compileMatcher } from '../../src/core';
import { annotateText } from '../../src/core/annotate';
import { ContextNearby } from '../../src/core/figures';

// Pieces in the team's own words: figures with and without their context words, numbers that measure nothing,
// qualifiers and currencies before the digits, units and streaks after them, and every kind of sentence end.
const PIECES = [
  'China ranked 10th in the Global Innovation Index',
  'the country is now 10th',
  'R&D spending reached more than RMB 3.6 trillion',
  'about 2.68 per cent of GDP went to research and development',
  'basic research got 249.7 billion yuan',
  'it hosts 24 clusters in the top 100',
  'for the third consecutive year',
  'over 5 million valid invention patents',
  "Xi'an counts over 1,400 research institutions and nearly one million technicians",
  'Ningbo entered for the first time',
  'Shenzhen-Hong Kong-Guangzhou is no. 1',
  'Beijing came 4th',
  'the match ended 2-1',
  'the council met for 24 hours',
  'prices rose by 3 percent',
  'the 10th anniversary',
  'in 2024',
  'a 5 million dollar budget',
  'twenty-four',
  // Spelled-out numbers: number words are turned down by the same check.
  'China came tenth',
  'it has the largest number of clusters',
  'twenty-four clusters in the top hundred',
  'one hundred and twenty-four thousand three hundred and fifty-six',
  'Shenzhen is number one',
  'for the second time',
  'two point six eight per cent of GDP',
  'rank',
  'clusters',
  'spending',
  ', ',
  '; ',
  ' - ',
  '. ',
  '? ',
  '\n',
  ' ',
  'Mr. Liu said ',
  'a long clause that goes on and on without any number or any word that says what a number would measure',
];

describe('reading only numbers whose sentence has a context word', () => {
  const matcher = compileMatcher();

  test('finds exactly what reading every number finds, on 600 generated stories', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 60 }), (pieces) => {
        const text = pieces.join(' ');
        const fast = annotateText(text, { verdict: 'gii-2025' }, matcher, false);
        const every = annotateText(text, { verdict: 'gii-2025' }, matcher, true);
        expect(fast).toEqual(every);
      }),
      { numRuns: 600, seed: 20261202 },
    );
  });

  test('the filter does turn numbers down on such stories, and keeps the linked ones', () => {
    const seen = { read: 0, skipped: 0 };
    const original = ContextNearby.prototype.worthReading;
    const spy = vi.spyOn(ContextNearby.prototype, 'worthReading').mockImplementation(function (
      this: ContextNearby,
      start: number,
      end: number,
    ) {
      const read = original.call(this, start, end);
      seen[read ? 'read' : 'skipped']++;
      return read;
    });
    const text =
      'China ranked 10th in the Global Innovation Index 2025 and hosts 24 clusters in the top 100. ' +
      'Across town the council met for 24 hours. The match ended 2-1. Bus fares rose by 3 percent. ' +
      'R&D spending reached RMB 3.6 trillion, or 2.68% of GDP.';
    const mentions = annotateText(text, { verdict: 'gii-2025' }, matcher, false);
    spy.mockRestore();
    expect(mentions).toEqual(annotateText(text, { verdict: 'gii-2025' }, matcher, true));
    expect(seen.read).toBeGreaterThanOrEqual(4);
    expect(seen.skipped).toBeGreaterThan(0);
    expect(mentions.filter((m) => m.kind === 'figure').map((m) => m.text)).toEqual([
      '10th',
      '24',
      'RMB 3.6 trillion',
      '2.68%',
    ]);
  });
});
