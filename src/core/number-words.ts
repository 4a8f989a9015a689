// Spelled-out numbers ("nearly one million", "twenty-four", "tenth"): the common shapes are read here, the rare rest
// by compromise (through the word reader), on the few words of the phrase only.
import { wordReader } from './word-reader';

const ORDINAL_WORDS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
};

export const CARDINAL_WORD =
  'zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|' +
  'eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion';
export const ORDINAL_WORD = Object.keys(ORDINAL_WORDS).join('|');

/** The value of an ordinal word ("tenth" → 10), or undefined. */
export function ordinalWordValue(word: string): number | undefined {
  return ORDINAL_WORDS[word];
}

const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALE: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/**
 * The common shapes ("one million", "twenty-four", "three hundred") read directly: compromise is loaded only for the
 * rare phrase these rules do not cover.
 */
function simpleValue(phrase: string): number | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  for (const word of phrase.split(/[ -]+/)) {
    if (word === 'and') continue;
    const small = SMALL[word];
    if (small !== undefined) {
      current += small;
      seen = true;
    } else if (word === 'hundred') {
      current = (seen ? current : 1) * 100;
      seen = true;
    } else if (SCALE[word] !== undefined) {
      total += (seen ? current : 1) * SCALE[word]!;
      current = 0;
      seen = true;
    } else return undefined;
  }
  return seen ? total + current : undefined;
}

const cache = new Map<string, number | undefined>();

/**
 * The value of a spelled-out cardinal phrase ("one million" → 1e6, "twenty-four" → 24), or undefined — also while
 * a rare shape waits for the word reader (the engine reads the page again once it has loaded).
 */
export function cardinalPhraseValue(phrase: string): number | undefined {
  const simple = simpleValue(phrase);
  if (simple !== undefined) return simple;
  if (cache.has(phrase)) return cache.get(phrase);
  const reader = wordReader();
  if (!reader) return undefined;
  const value = reader.cardinalValue(phrase);
  if (cache.size > 500) cache.clear();
  cache.set(phrase, value);
  return value;
}
