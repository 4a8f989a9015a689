// The keyword gate every page passes through before anything else: it answers exactly as the keyword lists for the
// page and its address say, though it first looks for a single word in both at once (a cheaper test that dismisses
// most pages).
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { passesKeywordGate } from '../../src/core/classify';

/** The keywords, as the issue and the classifier's documentation state them, written out as a reference. */
const REFERENCE =
  /global[\s-]+innovation[\s-]+index|\bGII\b|(?:science[\s-]+and[\s-]+technology|S&T|innovation)[\s-]+clusters?|high-level roundtable/i;
const URL_REFERENCE = /global[-_]?innovation[-_]?index|\bgii\b|innovation[-_]clusters?/i;

describe('passesKeywordGate', () => {
  test.each([
    'the Global Innovation Index ranks economies',
    'GLOBAL-INNOVATION-INDEX',
    'in the GII.',
    'top 100 science and technology clusters',
    'S&T cluster',
    'innovation clusters in China',
    'the High-level Roundtable',
  ])('finds a keyword in "%s"', (text) => {
    expect(passesKeywordGate(text, 'https://news.example/story')).toBe(true);
  });

  test.each([
    'innovation in the region',
    'a cluster of stars',
    'a gift from Gianni',
    'GIIs and more',
    'a roundtable on trade',
    'Weather and traffic.',
  ])('finds none in "%s"', (text) => {
    expect(passesKeywordGate(text, 'https://news.example/story')).toBe(false);
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
      fc.property(text, (t) => passesKeywordGate(t, 'https://news.example/') === REFERENCE.test(t)),
      { numRuns: 3000, seed: 20251202 },
    );
  });

  test.each([
    ['https://www.wipo.int/global_innovation_index/en/2025/', true],
    ['https://news.example/gii-2025-china', true],
    ['https://news.example/innovation-clusters', true],
    ['https://news.example/innovation-in-cities', false],
    ['https://giiant.example/', false],
  ])('reads the address %s: %s', (url, expected) => {
    expect(passesKeywordGate('City news\nWeather and traffic.', url)).toBe(expected);
  });

  test('property: page and address together answer as their two keyword lists do, whichever holds the words', () => {
    const piece = fc.constantFrom('global', 'innovation', 'index', 'gii', 'GII', 'cluster', 'clusters', 'news', 'x');
    const textGap = fc.constantFrom(' ', '-', '\n', '', '. ');
    const urlGap = fc.constantFrom('-', '_', '/', '', '.', '?q=');
    const joined = (gap: fc.Arbitrary<string>) =>
      fc.array(fc.tuple(piece, gap), { maxLength: 6 }).map((parts) => parts.flat().join(''));
    fc.assert(
      fc.property(joined(textGap), joined(urlGap), (head, path) => {
        const url = `https://news.example/${path}`;
        return passesKeywordGate(head, url) === (REFERENCE.test(head) || URL_REFERENCE.test(url));
      }),
      { numRuns: 3000, seed: 20251203 },
    );
  });
});
