// A number is linked to a figure by the words of its own sentence. The sentence index (one regular expression over
// the page, then binary search) must find the same sentence as reading characters outward from the number does —
// line breaks (not one right after a question: its answer follows), ". ", "! ", the end of the text, and the full
// stops of abbreviations that end nothing. A question ends no sentence.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { findSentenceEnds, sentenceAround, type FigureEnv } from '../../src/core/figures';

const ABBREVIATION =
  /(?:^|[^a-z])(?:no|mr|ms|mrs|dr|st|co|ltd|inc|vs|prof|u\.s|approx|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec)\.$/;

/** The reference: walk outward from `at` until a sentence boundary or `limit` characters. */
function walkOutward(text: string, at: number, limit: number): [number, number] {
  const endsSentence = (p: number) => {
    const c = text[p];
    if (c === '\n') return p === 0 || text[p - 1] !== '?';
    if (c !== '.' && c !== '!') return false;
    if (p + 1 < text.length && text[p + 1] !== ' ') return false;
    return c !== '.' || !ABBREVIATION.test(text.slice(Math.max(0, p - 7), p + 1));
  };
  let start = at;
  while (start > Math.max(0, at - limit) && !endsSentence(start - 1)) start--;
  let end = at;
  while (end < Math.min(text.length, at + limit) && !endsSentence(end)) end++;
  return [start, end];
}

function envOf(text: string): FigureEnv {
  return {
    text,
    figuresByUnit: new Map(),
    nearest: new Float64Array(0),
    subjects: [],
    contexts: [],
    partOf: new Map(),
    groupings: new Set(),
    places: new Set(),
    years: [],
    sentenceEnds: findSentenceEnds(text),
    sentenceCursor: 0,
    requireYear: false,
    pageYear: undefined,
    backReferences: [],
  };
}

describe('the sentence around a number', () => {
  test('stops at sentence ends, not at abbreviations or decimal points', () => {
    const text = 'he said so. mr. liu cited 2.68% in the u.s. report! next one';
    const env = envOf(text);
    const at = text.indexOf('2.68');
    expect(text.slice(...sentenceAround(env, at))).toBe(' mr. liu cited 2.68% in the u.s. report');
  });

  test('agrees with reading outward character by character, on 1,000 generated texts', () => {
    const piece = fc.constantFrom(
      'a',
      'no',
      'mr',
      'sept',
      'u.s',
      'xapprox',
      ' ',
      '.',
      '. ',
      '?',
      '! ',
      '\n',
      '2.68',
      'x',
    );
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 80 }),
        fc.nat(),
        fc.integer({ min: 1, max: 30 }),
        (pieces, a, limit) => {
          const text = pieces.join('');
          const env = envOf(text);
          for (let at = a % text.length; at < text.length; at += 7) {
            expect(sentenceAround(env, at, limit)).toEqual(walkOutward(text, at, limit));
          }
        },
      ),
      { numRuns: 1000, seed: 20251125 },
    );
  });
});
