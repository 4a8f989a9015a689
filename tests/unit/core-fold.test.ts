import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fold, foldPhrase, originOf, toOriginal } from '../../src/core/fold';
import { referenceFold } from '../support/reference-fold';

describe('folding', () => {
  test.each([
    ['LIU Hua', 'liu hua'],
    ['Marco ALEMÁN', 'marco aleman'],
    ['Alemán', 'aleman'],
    ['Ale\u0301man', 'aleman'], // decomposed accent
    ['Shanghai–Suzhou', 'shanghai-suzhou'],
    ['Shanghai - Suzhou', 'shanghai-suzhou'],
    ['Shanghai — Suzhou', 'shanghai-suzhou'],
    ['Shenzhen - Hong Kong - Guangzhou', 'shenzhen-hong kong-guangzhou'],
    ['Xi’an', "xi'an"],
    ['Xi‘an', "xi'an"],
    ['Liu\u00a0Hua', 'liu hua'],
    ['Liu \t  Hua', 'liu hua'],
    ['Ali\u00adbaba Cloud', 'alibaba cloud'],
    ['Huawei\u200b’s', "huawei's"],
    ['one\n\n two', 'one\ntwo'],
  ])('%j folds to %j', (input, expected) => {
    expect(fold(input).text).toBe(expected);
  });

  test('a folded span maps back to the exact original text', () => {
    const text = 'Mr. Marco ALEMÁN of WIPO, and Shanghai - Suzhou';
    const f = fold(text);
    const at = f.text.indexOf('aleman');
    expect(text.slice(...toOriginal(f, text, at, at + 6))).toBe('ALEMÁN');
    const c = f.text.indexOf('shanghai-suzhou');
    expect(text.slice(...toOriginal(f, text, c, c + 15))).toBe('Shanghai - Suzhou');
  });

  test('a decomposed accent at the end of a span stays inside it', () => {
    const text = 'José\u0301 x';
    const f = fold(text);
    expect(text.slice(...toOriginal(f, text, 0, 4))).toBe('José\u0301');
  });

  test('property: origins increase and every folded word maps back to a slice that folds to it', () => {
    const alphabet = fc.constantFrom(..."aAéÉ -–—’'\n\t\u00a0\u0085\u00adxYz1.,ñİ".split(''), 'Ale\u0301', '😀');
    fc.assert(
      fc.property(
        fc.array(alphabet, { maxLength: 60 }).map((a) => a.join('')),
        (text) => {
          const f = fold(text);
          for (let i = 1; i < f.text.length; i++) expect(originOf(f, i)).toBeGreaterThanOrEqual(originOf(f, i - 1));
          for (const m of f.text.matchAll(/[a-z0-9ñ]+/g)) {
            const [s, e] = toOriginal(f, text, m.index, m.index + m[0].length);
            expect(fold(text.slice(s, e)).text).toBe(m[0]);
          }
        },
      ),
      { seed: 7, numRuns: 500 },
    );
  });

  test('property: the origin of a folded index does not depend on the order of the questions', () => {
    // originOf remembers where it looked last; asked in any order it must answer as a fresh look-up does.
    const piece = fc.constantFrom('a', 'B', ' ', '  ', '\n\n', ' - ', 'é', '\u00ad', 'xyz');
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 200 }),
        fc.array(fc.nat(), { maxLength: 60 }),
        (pieces, asks) => {
          const text = pieces.join('');
          const f = fold(text);
          if (f.text.length === 0) return;
          for (const ask of asks) {
            const i = ask % f.text.length;
            expect(originOf(f, i)).toBe(originOf(fold(text), i));
          }
        },
      ),
      { seed: 11, numRuns: 500 },
    );
  });

  test('property: folds every text exactly as the plain regular-expression folding does, offsets included', () => {
    // Pieces that meet at every kind of special place: space runs before and after dashes, line breaks inside
    // them, whitespace \s does not know, control characters, surrogate pairs and lone surrogates, "İ".
    const piece = fc.constantFrom(
      ...'aZ 1-–—−﹘－\t\n\r\v\f\u00a0\u2028\u0085\u00ad\u200b\ufeff\u1680\u3000\x00\x7f\x1fé’İ'.split(''),
      '  ',
      ' - ',
      ' \t -',
      'Ale\u0301',
      '😀',
      '\ud800',
      '\udc00',
      'Xi’an',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        const got = fold(text);
        const want = referenceFold(text);
        expect(got.text).toBe(want.text);
        expect([...got.breaks]).toEqual([...want.breaks]);
      }),
      { seed: 20261202, numRuns: 3000 },
    );
  });

  test('property: a phrase folds as page text does, the plain-ASCII shortcut included', () => {
    const piece = fc.constantFrom(
      ..."aZ 1-–.,()'’\t\néİ".split(''),
      '  ',
      'Liu',
      'HUA',
      'Shanghai - Suzhou',
      'Xi’an',
      'ALEMÁN',
      ' ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const phrase = pieces.join('');
        expect(foldPhrase(phrase)).toBe(fold(phrase).text.trim());
      }),
      { seed: 20261203, numRuns: 3000 },
    );
  });
});
