// The warm-up the engine runs in idle time after a page's first pass must reach what a live update will: both of
// V8's string storages (its regular expressions are compiled once for each) and every code path of annotate.
import { readFileSync } from 'node:fs';
import { serialize } from 'node:v8';
import { describe, expect, test } from 'vitest';
import { annotate, compileMatcher, fold } from '../../src/core';
import {
  PRIME_FROM_CHARS,
  PRIME_PIECE_CHARS,
  PRIME_PIECES,
  primeForPass,
  primingPieces,
  WARM_UP_PARAGRAPHS,
  warmUpParagraphs,
  warmUpSamples,
} from '../../src/core/warm-up';

/**
 * How V8 stores a string, read from its value serializer: after the version header (and padding that aligns
 * two-byte data) comes the tag '"' for a one-byte string or 'c' for a two-byte one.
 */
function storage(s: string): 'one-byte' | 'two-byte' {
  const bytes = serialize(s);
  let i = 2;
  while (bytes[i] === 0) i++;
  if (bytes[i] === 0x22) return 'one-byte';
  if (bytes[i] === 0x63) return 'two-byte';
  throw new Error(`unexpected serializer tag ${bytes[i]}`);
}

describe('warm-up samples', () => {
  const [oneByte, twoByte] = warmUpSamples();

  test('one sample is stored one-byte and the other two-byte, before and after folding', () => {
    expect(storage(oneByte)).toBe('one-byte');
    expect(storage(fold(oneByte).text)).toBe('one-byte');
    expect(storage(twoByte)).toBe('two-byte');
    expect(storage(fold(twoByte).text)).toBe('two-byte');
  });

  test('the storage check itself tells the two apart', () => {
    // A string that only holds Latin-1 can still be stored two-byte: what `replace` on a two-byte string returns.
    expect(storage('China’s rank'.replace('’', "'"))).toBe('two-byte');
    expect(storage(Array.from('China’s rank', (c) => (c === '’' ? "'" : c)).join(''))).toBe('one-byte');
  });

  test.each([
    ['one-byte', 0],
    ['two-byte', 1],
  ] as const)('the %s sample names people, organizations, places and figures', (_label, i) => {
    const sample = warmUpSamples()[i];
    const kinds = new Set(annotate(sample, { verdict: 'gii-2025' }).map((m) => m.kind));
    for (const kind of ['person', 'organization', 'place', 'figure'] as const) expect(kinds).toContain(kind);
  });

  test('the two samples differ only where the one-byte one had to drop a character', () => {
    const inner = twoByte.slice(1, -1);
    expect(oneByte).toHaveLength(inner.length);
    for (let i = 0; i < inner.length; i++) {
      if (inner[i]! <= '\xff') expect(oneByte[i]).toBe(inner[i]);
      else expect(oneByte[i]).toBe(' ');
    }
  });
});

describe('warm-up paragraphs (the path of a live update)', () => {
  const paragraphs = warmUpParagraphs();

  test('are single sentences of the source, stored two-byte and one-byte in turn', () => {
    const source = readFileSync('data/source-article.txt', 'utf8');
    expect(paragraphs).toHaveLength(WARM_UP_PARAGRAPHS);
    paragraphs.forEach((paragraph, i) => {
      expect(storage(paragraph)).toBe(i % 2 === 0 ? 'two-byte' : 'one-byte');
      // Short, as a live update's paragraph is: one sentence, not the long samples.
      expect(paragraph.length).toBeLessThan(600);
      // The two-byte one is the sentence in curly quotes; the one-byte one dropped what lies beyond Latin-1.
      if (i % 2 === 0) expect(source).toContain(paragraph.slice(1, -1));
      else expect(Array.from(source, (ch) => (ch <= '\xff' ? ch : ' ')).join('')).toContain(paragraph);
    });
  });

  test('each names something to paint, so the warm-up reaches paint too', () => {
    for (const paragraph of paragraphs) expect(annotate(paragraph, { verdict: 'gii-2025' }).length).toBeGreaterThan(0);
  });
});

describe('priming before a long first pass', () => {
  const story = 'Carsten Fink said China ranks 10th; Shanghai–Suzhou is 2nd. The weather was mild. ';
  const long = (chars: number) => {
    let text = '';
    for (let i = 0; text.length < chars; i++) text += `${i} ${story}`;
    return text;
  };

  test('reads pieces of the page itself, in order, spread from its start to its end', () => {
    const text = long(PRIME_FROM_CHARS * 2);
    const pieces = primingPieces(text);
    expect(pieces).toHaveLength(PRIME_PIECES);
    let from = 0;
    const starts = pieces.map((piece) => {
      expect(piece).toHaveLength(PRIME_PIECE_CHARS);
      const at = text.indexOf(piece, from);
      expect(at).toBeGreaterThanOrEqual(from);
      from = at + piece.length;
      return at;
    });
    const share = text.length / PRIME_PIECES;
    expect(starts[0]!).toBeLessThan(share);
    expect(starts[PRIME_PIECES - 1]!).toBeGreaterThan(text.length - share);
  });

  test('primes once per page, and only for a long text', () => {
    expect(primeForPass(story, 'gii-2025')).toBe(0);
    expect(primeForPass(long(PRIME_FROM_CHARS).slice(0, PRIME_FROM_CHARS - 1), 'gii-2025')).toBe(0);
    expect(primeForPass(long(PRIME_FROM_CHARS), 'gii-2025')).toBe(PRIME_PIECES);
    expect(primeForPass(long(PRIME_FROM_CHARS), 'gii-2025')).toBe(0);
  });

  test('leaves what the pass finds unchanged', () => {
    const matcher = compileMatcher();
    const text = long(PRIME_FROM_CHARS);
    const before = annotate(text, { verdict: 'gii-2025' }, compileMatcher());
    expect(before.length).toBeGreaterThan(1000);
    for (const piece of primingPieces(text)) annotate(piece, { verdict: 'gii-2025' }, matcher);
    expect(annotate(text, { verdict: 'gii-2025' }, matcher)).toEqual(before);
  });
});
