// The engine starts without compromise (the word reader) and fetches it only when a page asks it something. Until
// then every answer must be the cautious one: never a highlight the reader would not make, and every question
// counted, so the engine knows to fetch the reader and read the page again.
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, test } from 'vitest';
import { annotate } from '../../src/core';
import { htmlToText } from '../../src/cli/html-text';
import { unansweredQuestions, type WordReader } from '../../src/core/word-reader';
import type { Mention } from '../../src/core/types';

const GII = { verdict: 'gii-2025' } as const;
const installed: WordReader | undefined = globalThis.__giiLensWordReader;
const key = (m: Mention) => `${m.start}-${m.end}:${m.id}`;

/** Annotates `text` without the reader, then with it; and says whether the first pass asked the reader anything. */
function withoutAndWith(text: string) {
  globalThis.__giiLensWordReader = undefined;
  const before = unansweredQuestions();
  const without = annotate(text, GII).map(key);
  const asked = unansweredQuestions() > before;
  globalThis.__giiLensWordReader = installed;
  return { without, with: annotate(text, GII).map(key), asked };
}

afterEach(() => {
  globalThis.__giiLensWordReader = installed;
});

describe('annotating before the word reader has loaded', () => {
  test('the tests run with the reader installed, as the engine does once it has fetched it', () => {
    expect(installed).toBeDefined();
  });

  test.each([
    ['Ms. Liu Urges Reform at the Global Innovation Index 2025 roundtable.', 'Liu'],
    ['Chief Economist Fink Presents the GII 2025.', 'Fink'],
  ])('a headline word after a family name waits for the reader: %j', (text, name) => {
    const result = withoutAndWith(text);
    expect(result.asked).toBe(true);
    const found = (keys: string[]) => keys.some((k) => k.startsWith(`${text.indexOf(name)}-`));
    // Cautious without the reader (the name is not linked), linked once the reader says the word is a verb.
    expect(found(result.without)).toBe(false);
    expect(found(result.with)).toBe(true);
  });

  test('the source article and every fixture: the cautious pass never highlights what the reader would not', () => {
    const dir = 'tests/fixtures';
    const texts = readdirSync(dir)
      .filter((f) => /\.(txt|html)$/.test(f))
      .map((f) => readFileSync(`${dir}/${f}`, 'utf8'))
      .map((raw) => (raw.trimStart().startsWith('<') ? htmlToText(raw).text : raw));
    texts.push(readFileSync('data/source-article.txt', 'utf8'));
    let asking = 0;
    for (const text of texts) {
      const result = withoutAndWith(text);
      if (result.asked) asking++;
      // A page that asks nothing gets exactly the same mentions; one that asks gets a subset until the reader loads.
      if (result.asked) expect(result.with).toEqual(expect.arrayContaining(result.without));
      else expect(result.without).toEqual(result.with);
    }
    // Most pages never need the reader: the reason it loads apart.
    expect(asking).toBeLessThan(texts.length / 4);
  });

  test('property: on names beside capitalised words, the cautious pass is a subset of the full one', () => {
    const known = fc.constantFrom(
      'Liu',
      'Hua',
      'Fink',
      'Carsten',
      'Zhang',
      'Wei',
      'Wang',
      'Ying',
      'Shen',
      'Ms.',
      'Mr.',
      'Director',
      'Urges',
      'Presents',
      'Daniel',
      'Beijing',
      'Said',
      'Monday',
      'GII',
      'the',
      'said',
      'WIPO',
      'Reform',
    );
    // Made-up capitalised words too: answers are cached per word, so a fresh word is a fresh question.
    const word = fc.oneof(known, fc.stringMatching(/^[A-Z][a-z]{2,7}$/));
    const text = fc
      .array(fc.tuple(word, fc.constantFrom(' ', ' ', ', ', '. ')), { minLength: 1, maxLength: 10 })
      .map((parts) => `Global Innovation Index 2025. ${parts.flat().join('')}`);
    fc.assert(
      fc.property(text, (t) => {
        const result = withoutAndWith(t);
        if (!result.asked) return result.without.join() === result.with.join();
        return result.without.every((k) => result.with.includes(k));
      }),
      { numRuns: 400, seed: 20261202 },
    );
  });
});
