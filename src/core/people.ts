// Deciding whether a family name alone ("Liu", "Ms. Liu", "Director Liu", "Fink's") is a roundtable speaker.
// When in doubt, do not link: a wrong name is worse than a missed one.
import { isSpaceCode } from './fold';
import { wordReader } from './word-reader';

/**
 * Family names that are also everyday words or very common tokens: alone they need an honorific or a title — except
 * those in FAMILY_NAMES_AFTER_FULL_MENTION.
 */
export const FALSE_FRIEND_FAMILY_NAMES = new Set([
  'he',
  'song',
  'qi',
  'feng',
  'gao',
  'han',
  'dang',
  'shen',
  'nan',
  'liang',
]);
/**
 * Of those, the ones that are no English word (only a common token: many people's name): alone, they are also the
 * speaker where the nearest full mention before them on the page is that speaker ("Changyu Shen … Shen's statement").
 * "He", "Song", "Han" stay words however the page named their speakers.
 */
export const FAMILY_NAMES_AFTER_FULL_MENTION = new Set(['gao', 'shen', 'liang']);

/**
 * A title right before a name, read backwards from the name with a sticky look-behind: tried at that one position,
 * with no slice of text cut per name.
 */
const HONORIFIC_BEFORE =
  /(?<=(?:\b(Mr|Ms|Mrs|Miss|Madam|Mme|Dr|Prof)\.?|\b(?:Director|Commissioner|Dean|President|Professor|Economist|Minister|Manager|Head|Chair|Chairman|Chairwoman|Secretary|Ambassador|Counsel|Officer|ADG|DDG|Director[- ]General))\s+)/y;

export type Gender = 'male' | 'female';

const NO_HONORIFIC = { found: false } as const;

/** The honorific or title just before a name, and the gender the honorific gives, if any. */
export function honorificBefore(original: string, at: number): { found: boolean; gender?: Gender } {
  // A title is always followed by whitespace: most names are not, or are ruled out by this one look.
  if (at === 0 || !isSpaceCode(original.charCodeAt(at - 1))) return NO_HONORIFIC;
  HONORIFIC_BEFORE.lastIndex = at;
  const m = HONORIFIC_BEFORE.exec(original);
  if (!m) return NO_HONORIFIC;
  const h = m[1];
  if (h === 'Mr') return { found: true, gender: 'male' };
  if (h === 'Ms' || h === 'Mrs' || h === 'Miss' || h === 'Madam' || h === 'Mme')
    return { found: true, gender: 'female' };
  return { found: true };
}

/** Capitalised words that start a clause rather than name a person ("In Zhang's view", "Said Liu"). */
const NOT_GIVEN_NAMES = new Set([
  'a',
  'an',
  'the',
  'in',
  'at',
  'on',
  'for',
  'by',
  'as',
  'and',
  'but',
  'or',
  'so',
  'if',
  'when',
  'while',
  'with',
  'from',
  'to',
  'of',
  'says',
  'said',
  'say',
  'adds',
  'added',
  'notes',
  'noted',
  'told',
  'asked',
  'according',
  'who',
  'whose',
  'which',
  'that',
  'this',
  'then',
  'also',
  'both',
  'after',
  'before',
  'during',
  'like',
  'per',
  'via',
  'is',
  'was',
  'has',
  'had',
  'will',
  'would',
  'can',
  'could',
  'did',
  'does',
  'where',
  'why',
  'how',
  'what',
  'yet',
  'mr',
  'ms',
  'mrs',
  'miss',
  'madam',
  'dr',
  'prof',
  'director',
  'commissioner',
  'dean',
  'president',
  'professor',
  'economist',
  'minister',
  'manager',
  'head',
  'chair',
  'chairman',
  'secretary',
  'ambassador',
  'general',
  'deputy',
  'vice',
  'chief',
  'legal',
  'assistant',
  'adg',
  'ddg',
  'china',
  'chinese',
  'beijing',
  'wipo',
  'gii',
  'cnipa',
  'most',
  'its',
  'his',
  'her',
  'their',
  'our',
  'my',
  'your',
  'we',
  'they',
  'he',
  'she',
  'it',
  'i',
  'you',
  'there',
  'here',
  'today',
  'yesterday',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'now',
]);

/** The capitalised word after a name and the one before it, read where the name ends and starts (sticky). */
const WORD_AFTER = /[ \t]+([A-Z][a-z]+|[A-Z]{2,}(?![a-z]))(?![\w'’.-]*\w)/y;
const WORD_BEFORE = /(?<=([A-Z][a-z]+)[ \t]+)/y;

const tagCache = new Map<string, ReadonlySet<string>>();
/**
 * compromise's reading of one capitalised word (is it a first name, a verb, a place…), cached; undefined while the
 * word reader has not been loaded (see word-reader.ts).
 */
function tagsOf(word: string): ReadonlySet<string> | undefined {
  let tags = tagCache.get(word);
  if (!tags) {
    const reader = wordReader();
    if (!reader) return undefined;
    tags = reader.tagsOf(word);
    if (tagCache.size > 2000) tagCache.clear();
    tagCache.set(word, tags);
  }
  return tags;
}

const NOT_A_NAME = [
  'Verb',
  'Adverb',
  'Adjective',
  'Preposition',
  'Conjunction',
  'Determiner',
  'Pronoun',
  'Place',
  'Actor',
  'Month',
  'WeekDay',
  'Organization',
  'Plural',
];

/**
 * A given name right after the family name ("Zhang Wei") or right before it ("Wei Zhang", "Daniel Fink") that is
 * not the speaker's: the page speaks of someone else with that family name. After the family name any capitalised
 * word that compromise does not read as a verb, a place, a title… counts (Chinese given names are often unknown
 * to it); before it, only a word compromise knows as a first name, since sentences start with capitals.
 */
export function otherPersonGivenName(
  original: string,
  start: number,
  end: number,
  speakerGivenNames: ReadonlySet<string>,
): string | undefined {
  const next = original.charCodeAt(end);
  WORD_AFTER.lastIndex = end;
  const after = next === 0x20 || next === 0x09 ? WORD_AFTER.exec(original) : null;
  if (after) {
    const word = after[1]!.toLowerCase();
    if (!NOT_GIVEN_NAMES.has(word) && !speakerGivenNames.has(word)) {
      const tags = tagsOf(after[1]!);
      // Unread (no reader yet): someone else's name until the reader says otherwise, so nothing is highlighted wrongly.
      if (!tags || tags.has('FirstName') || !NOT_A_NAME.some((t) => tags.has(t))) return word;
    }
  }
  const previous = start > 0 ? original.charCodeAt(start - 1) : 0;
  WORD_BEFORE.lastIndex = start;
  const before = previous === 0x20 || previous === 0x09 ? WORD_BEFORE.exec(original) : null;
  if (before) {
    const word = before[1]!.toLowerCase();
    if (!NOT_GIVEN_NAMES.has(word) && !speakerGivenNames.has(word)) {
      const tags = tagsOf(before[1]!);
      if (!tags || tags.has('FirstName')) return word;
    }
  }
  return undefined;
}

/** "Liu" or "Alemán": a capital then lower case. "LIU" alone is a shouted headline, "liu" is not a name. */
export function isTitleCase(word: string): boolean {
  return isTitleCaseAt(word, 0, word.length);
}

/** isTitleCase of text[s, e), read by code unit (no slice) where the span is ASCII, as it is for most names. */
export function isTitleCaseAt(text: string, s: number, e: number): boolean {
  if (e - s < 2) return false;
  const first = text.charCodeAt(s);
  if (first >= 0x80) return titleCaseBySlices(text.slice(s, e));
  if (first < 0x41 || first > 0x5a) return false;
  for (let i = s + 1; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return titleCaseBySlices(text.slice(s, e));
    if (c >= 0x41 && c <= 0x5a) return false;
  }
  return true;
}

function titleCaseBySlices(word: string): boolean {
  const first = word[0] ?? '';
  return first !== first.toLowerCase() && word.slice(1) === word.slice(1).toLowerCase() && word.length > 1;
}
