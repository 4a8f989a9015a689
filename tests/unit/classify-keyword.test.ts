// The keyword gate every page passes through before anything else: it answers exactly as the keyword list says,
// though it first looks for a single word (a cheaper test that dismisses most pages).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { mentionsGiiKeyword } from '../../src/core/classify';

/** The keywords, as the issue and the classifier's documentation state them, written out as a reference. */
const REFERENCE =
  /global[\s-]+innovation[\s-]+index|\bGII\b|(?:science[\s-]+and[\s-]+technology|S&T|innovation)[\s-]+clusters?|high-level roundtable/i;

describe('mentionsGiiKeyword', () => {
  test.each([
    'the Global Innovation Index ranks economies',
    'GLOBAL-INNOVATION-INDEX',
    'in the GII.',
    'top 100 science and technology clusters',
    'S&T cluster',
    'innovation clusters in China',
    'the High-level Roundtable',
  ])('finds a keyword in "%s"', (text) => {
    expect(mentionsGiiKeyword(text)).toBe(true);
  });

  test.each([
    'innovation in the region',
    'a cluster of stars',
    'a gift from Gianni',
    'GIIs and more',
    'a roundtable on trade',
    'Weather and traffic.',
  ])('finds none in "%s"', (text) => {
    expect(mentionsGiiKeyword(text)).toBe(false);
  });

  test('property: answers as the keyword list does, on texts made of keyword pieces, noise and any case', () => {
    const piece = fc.constantFrom(
      'global',
      'innovation',
      'index',
      'gii',
      'GII',
      'science',
      'and',
      'technology',
      's&t',
      'cluster',
      'clusters',
      'high-level',
      'roundtable',
      'giig',
      'xgii',
      'round',
      'table',
    );
    const gap = fc.constantFrom(' ', '-', '  ', '\n', '', '.', ', ', ' - ', '_');
    const word = fc.tuple(piece, fc.boolean()).map(([w, upper]) => (upper ? w.toUpperCase() : w));
    const text = fc.array(fc.tuple(word, gap), { maxLength: 8 }).map((parts) => parts.flat().join(''));
    fc.assert(
      fc.property(text, (t) => mentionsGiiKeyword(t) === REFERENCE.test(t)),
      { numRuns: 3000, seed: 20251202 },
    );
  });
});
