// Spelled-out numbers ("nearly one million", "twenty-four", "tenth") are parsed with compromise, on the few words
// of the phrase only: the fast scan finds the candidates, compromise reads them.
import nlp from 'compromise';

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

const cache = new Map<string, number | undefined>();

/** The value of a spelled-out cardinal phrase ("one million" → 1e6, "twenty-four" → 24), or undefined. */
export function cardinalPhraseValue(phrase: string): number | undefined {
  if (cache.has(phrase)) return cache.get(phrase);
  const values = nlp(phrase).numbers().get() as unknown[];
  const first = values[0];
  const value = typeof first === 'number' && Number.isFinite(first) ? first : undefined;
  if (cache.size > 500) cache.clear();
  cache.set(phrase, value);
  return value;
}
