// The form scanner (one regular expression) must report exactly what a plain search does: at every word start,
// every form that matches there and ends at a word boundary, longest first — on generated texts that pack forms,
// prefixes of forms, non-ASCII letters and separators against each other.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { isWordChar } from '../../src/core/fold';
import { FormScanner } from '../../src/core/form-scanner';
import type { Form } from '../../src/core/forms';
import { escapeRegex, escapeRegexChar } from '../../src/core/search';

const FORM_TEXTS = ['liu', 'liu hua', 'liu hua said', 'wipo', 'shanghai-suzhou', 'suzhou', 'hua', 'gii', 'gii 2025'];
const FORMS: Form[] = FORM_TEXTS.flatMap((folded, i) => [
  { id: `f${i}`, kind: 'person', type: 'name', folded, spelling: folded },
  // Two forms with one text share a list: the scanner must hand both over.
  ...(i % 3 === 0 ? [{ id: `g${i}`, kind: 'place' as const, type: 'name' as const, folded, spelling: folded }] : []),
]);

type Hit = [number, number, string[]];

/** The reference: try every form at every position, no cleverness. */
function plainSearch(text: string, from: number, to: number): Hit[] {
  const hits: Hit[] = [];
  for (let i = from; i < to; i++) {
    if (i > 0 && isWordChar(text.charCodeAt(i - 1))) continue;
    const here = FORM_TEXTS.filter(
      (f) => text.startsWith(f, i) && i + f.length <= to && !isWordChar(text.charCodeAt(i + f.length) || 0x20),
    ).sort((a, b) => b.length - a.length);
    for (const f of here)
      hits.push([i, i + f.length, FORMS.filter((form) => form.folded === f).map((form) => form.id)]);
  }
  return hits;
}

function scanned(scanner: FormScanner, text: string, from: number, to: number): Hit[] {
  const hits: Hit[] = [];
  scanner.scan(text, from, to, { visit: (start, end, forms) => hits.push([start, end, forms.map((f) => f.id)]) });
  return hits;
}

const PIECES = [
  ...FORM_TEXTS,
  'li',
  'liux',
  'hu',
  'wip',
  'é',
  'ø',
  '中',
  ' ',
  '-',
  '.',
  ',',
  '\n',
  'x',
  '2025',
  's',
  '_',
];

describe('form scanner', () => {
  const scanner = new FormScanner(FORMS);

  test('finds nested, overlapping and repeated forms like a plain search', () => {
    const text = 'liu hua said: shanghai-suzhou, liu, liuhua, gii 2025 and wipo-wipo';
    expect(scanned(scanner, text, 0, text.length)).toEqual(plainSearch(text, 0, text.length));
    expect(scanned(scanner, text, 0, text.length).map(([s, e]) => text.slice(s, e))).toEqual([
      'liu hua said',
      'liu hua',
      'liu',
      'hua',
      'shanghai-suzhou',
      'suzhou',
      'liu',
      'gii 2025',
      'gii',
      'wipo',
      'wipo',
    ]);
  });

  test('a letter outside ASCII is part of the word: "liuø", "øliu" and "hua中" are not forms', () => {
    const text = 'liuø øliu liu hua中';
    expect(scanned(scanner, text, 0, text.length).map(([s, e]) => [s, e])).toEqual([[10, 13]]);
  });

  test('agrees with a plain search on 1,000 generated texts and ranges', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.nat(), fc.nat(), (pieces, a, b) => {
        const text = pieces.join('');
        const from = text.length === 0 ? 0 : a % (text.length + 1);
        const to = from + (text.length === 0 ? 0 : b % (text.length - from + 1));
        expect(scanned(scanner, text, from, to)).toEqual(plainSearch(text, from, to));
      }),
      { numRuns: 1000, seed: 20251119 },
    );
  });

  test('forms with characters that mean something in a regular expression are found literally', () => {
    const odd = new FormScanner([
      { id: 'rd', kind: 'organization', type: 'acronym', folded: 'r&d (a.b)', spelling: 'R&D (A.B)' },
    ]);
    expect(scanned(odd, 'r&d (a.b) r&d (axb)', 0, 19)).toEqual([[0, 9, ['rd']]]);
  });
});

describe('escapeRegexChar, with which the scanner writes its trie', () => {
  test('escapes every character exactly as escapeRegex does', () => {
    for (let c = 0; c < 0x3000; c++) {
      const ch = String.fromCharCode(c);
      expect(escapeRegexChar(ch), `U+${c.toString(16)}`).toBe(escapeRegex(ch));
    }
  });
});
