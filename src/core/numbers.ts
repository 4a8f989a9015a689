// Reads number phrases in folded text: "3.6 trillion yuan", "rmb 3.6 trillion", "2.68 per cent", "10th", "no. 10",
// "top ten", "more than 5 million", "nearly one million", "third consecutive year", "for the first time",
// "the largest source". Each becomes a value with a class that says what kind of quantity it can be.
import { escapeRegex, firstAtOrAfter } from './search';
import { CARDINAL_WORD, ORDINAL_WORD, cardinalPhraseValue, ordinalWordValue } from './number-words';

export type NumberClass =
  | 'percent'
  | 'yuan'
  /** A large amount with a scale word and no currency ("3.6 trillion"): yuan if the figure is. */
  | 'amount'
  | 'other-money'
  | 'count'
  | 'rank'
  | 'consecutive-years'
  | 'first-time';

export type PageQualifier = 'exact' | 'lower' | 'upper' | 'about' | 'top';

export interface NumberPhrase {
  /** Span in folded text, qualifier words included. */
  start: number;
  end: number;
  value: number;
  cls: NumberClass;
  qualifier: PageQualifier;
  /** The smallest step the page's wording can express (0.01 for "2.68", 1e9 for "250 billion"). */
  precision: number;
}

const SCALES: Record<string, number> = {
  thousand: 1e3,
  k: 1e3,
  million: 1e6,
  mn: 1e6,
  mln: 1e6,
  m: 1e6,
  billion: 1e9,
  bn: 1e9,
  bln: 1e9,
  b: 1e9,
  trillion: 1e12,
  tn: 1e12,
};

/** Words before a number that bound it; those listed here become part of the highlighted phrase. */
const SPAN_QUALIFIERS = new Set([
  'more than',
  'over',
  'above',
  'in excess of',
  'upwards of',
  'at least',
  'nearly',
  'almost',
  'close to',
  'just under',
  'under',
  'less than',
  'about',
  'around',
  'roughly',
  'approximately',
  'approx.',
  'some',
  'top',
  'the top',
  'no.',
  'no',
  'number',
]);
const QUALIFIER_CLASS: Record<string, PageQualifier> = {
  'more than': 'lower',
  over: 'lower',
  above: 'lower',
  exceeding: 'lower',
  exceeded: 'lower',
  exceeds: 'lower',
  surpassing: 'lower',
  surpassed: 'lower',
  'in excess of': 'lower',
  'upwards of': 'lower',
  'at least': 'lower',
  nearly: 'upper',
  almost: 'upper',
  'close to': 'upper',
  'just under': 'upper',
  under: 'upper',
  'less than': 'upper',
  about: 'about',
  around: 'about',
  roughly: 'about',
  approximately: 'about',
  'approx.': 'about',
  some: 'about',
  'an estimated': 'about',
  top: 'top',
  'the top': 'top',
};
const RANK_BEFORE = new Set(['no.', 'no', 'number', 'ranked', 'ranking', 'rank', 'placed', 'place', 'position']);
/** Words before a number that leave its class alone ("reached 5 million"). */
const PLAIN_BEFORE = ['reaching', 'reached', 'hit'];
/**
 * Every word that may stand before a number, read backwards from the number with a sticky look-behind: no slice of
 * text is cut per number.
 */
const QUALIFIER_WORDS = [
  ...new Set([...Object.keys(QUALIFIER_CLASS), ...SPAN_QUALIFIERS, ...RANK_BEFORE, ...PLAIN_BEFORE]),
].sort((a, b) => b.length - a.length);
// The qualifier starts a word: "over" in "cover 24", "some" in "handsome 24", "top" in "stop 10" are no qualifiers.
const QUALIFIER_BEFORE = new RegExp(`(?<=(?<![a-z0-9_])(${QUALIFIER_WORDS.map(escapeRegex).join('|')})[ -])`, 'y');
/**
 * Qualifiers that end another one: "the top 10" is "the top", not "top". Checked here rather than left to the order
 * of the alternatives: which one a look-behind reports when several end at the same place is not to be relied on
 * (Node 20's V8 reports "$", not "us$", for "us$3.6" with a similar expression).
 */
const LONGER_QUALIFIER = new Map(
  QUALIFIER_WORDS.flatMap((word) => {
    const longer = QUALIFIER_WORDS.find((other) => other.endsWith(` ${word}`));
    return longer ? [[word, longer] as const] : [];
  }),
);

const DIGITS = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const UNIT_AFTER =
  /(?:[ -]?(thousand|million|billion|trillion|mln|bln|mn|bn|tn|k|m|b)\b)?(?:(st|nd|rd|th)\b)?(?:[ ]?(%|percent\b|per cent\b|pct\b|pc\b|percentage points?\b)|[ ](yuan|rmb|renminbi|cny|dollars|usd|us dollars|euros?)\b(?![ ]?\d))?/y;
const CURRENCIES = ['rmb', 'cny', '¥', 'rmb¥', 'us$', '$', 'usd', '€', 'eur'];
/** A currency right before the digits ("rmb 3.6", "us$5"). */
const CURRENCY_BEFORE = new RegExp(`(${CURRENCIES.map(escapeRegex).join('|')})[ ]?$`);
/** Characters a currency can end with: checked before any slice is cut, as most numbers have none. */
const CURRENCY_LAST = new Set(CURRENCIES.map((c) => c[c.length - 1]!));
const ORDINAL_SUFFIX_AFTER = /(?:st|nd|rd|th)\b/y;
const STREAK_AFTER =
  /[ -](?:consecutive|straight|successive)[ -](?:years?|yrs?)\b|[ -]years?[ -]in[ -]a[ -]row\b|[ -]years?[ -](?:running|continuously|in succession)\b/y;
const TIME_AFTER = /[ ]time\b/y;
/** After a percentage: it tells a change between two years, not a level. */
const CHANGE_AFTER = /[ ](?:yr\/yr|y\/y|yoy|year[ -]on[ -]year|year[ -]over[ -]year)(?![a-z])/y;
const COUNTRY_AFTER = /[ ]country\b/y;
const SUPERLATIVE_AFTER = /[ -](largest|biggest|highest|most valuable)\b/y;
const PLACE_AFTER = /[ ](?:place|position|spot|overall)\b/y;
/** After a spelled-out number, only a percentage or yuan can follow as its unit. */
const WORD_UNIT_AFTER = /(?:[ ]?(%|percent\b|per cent\b)|[ ](yuan|rmb|renminbi)\b)?/y;
/**
 * Verbs of finishing in a ranking, right before an ordinal word: "Beijing came third" is a rank where a bare "third"
 * is not. Only for words: after "came" digits are often no rank ("came 10 years later").
 */
const RANK_VERB_BEFORE = /(?<=(?<![a-z])(?:came|comes|finished|finishes|sits|sat|stands|stood)[ ])/y;
/** "for the first time", "the first time": the article belongs to the phrase. */
const THE_BEFORE = /(?:for the |the )$/;
/** "the 10th anniversary", "the 14th Five-Year Plan": an ordinal that counts events, not a place in a ranking. */
const NOT_RANK_AFTER =
  /[ -](?:anniversary|edition|annual|birthday|century|session|meeting|conference|congress|plenary|five-year|round|day|week|month|year|time|floor|grade|amendment|century|generation|consecutive|straight|successive|in a row|(?:of )?(?:january|february|march|april|june|july|august|september|sept|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|oct|nov|dec)|of may)\b/y;
/** "24-hour", "10-year": the number qualifies a noun, it is not a quantity of the figure's kind. */
const COMPOUND_AFTER = /-[a-z]/y;
/** After digits a hyphenated scale still reads as a scale ("3.6-trillion"). */
const COMPOUND_AFTER_DIGITS = /-(?!thousand|million|billion|trillion)[a-z]/y;

/** A sticky expression tried at one position of the text: no slice is cut per number. */
function execAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}
function testAt(re: RegExp, text: string, at: number): boolean {
  re.lastIndex = at;
  return re.test(text);
}

function decimals(digits: string): number {
  const dot = digits.indexOf('.');
  return dot < 0 ? 0 : digits.length - dot - 1;
}

const SPACE = 0x20;
const DASH = 0x2d;

/**
 * What a unit after the digits can start with: a space, a dash, "%" or a letter. Anything else (",", ".", ")"…)
 * and the optional unit expression would match nothing, so it is not run.
 */
function unitMayFollow(c: number): boolean {
  return c === SPACE || c === DASH || c === 0x25 || (c >= 0x61 && c <= 0x7a);
}
/** The first letters of "st", "nd", "rd", "th". */
function ordinalMayFollow(c: number): boolean {
  return c === 0x73 || c === 0x6e || c === 0x72 || c === 0x74;
}
/** What UNIT_AFTER gives where no unit follows: an empty match. */
const NO_UNIT = /(?:)/.exec('')!;
const YUAN_WORDS = new Set(['yuan', 'rmb', 'renminbi', 'cny', '¥', 'rmb¥']);
const isYuan = (m: string | undefined) => m !== undefined && YUAN_WORDS.has(m);

export const isDigitCode = (c: number) => c >= 0x30 && c <= 0x39;

/** "19xx" or "20xx": four digits in the range of years. */
function looksLikeYear(digits: string): boolean {
  if (digits.length !== 4) return false;
  const a = digits.charCodeAt(0);
  const b = digits.charCodeAt(1);
  return (
    ((a === 0x31 && b === 0x39) || (a === 0x32 && b === 0x30)) &&
    isDigitCode(digits.charCodeAt(2)) &&
    isDigitCode(digits.charCodeAt(3))
  );
}

/** No qualifier before the number at `at`. */
function noQualifier(at: number): { qualifier: PageQualifier; start: number; rank: boolean } {
  return { qualifier: 'exact', start: at, rank: false };
}

/** The last word of every qualifier ("than" of "more than", "top" of "the top"). */
const QUALIFIER_LAST_WORDS = new Set(QUALIFIER_WORDS.map((w) => w.slice(w.lastIndexOf(' ') + 1)));
const isLetterCode = (c: number) => c >= 0x61 && c <= 0x7a;

function qualifierBefore(text: string, at: number): { qualifier: PageQualifier; start: number; rank: boolean } {
  // Every qualifier is followed by a space or a dash, and its last word is one of a few: most numbers ("by 3",
  // "hosts 24") are ruled out by those two looks, before the expression that reads qualifiers is run.
  const before = text.charCodeAt(at - 1);
  // "no.1": the rank word glued to the digits.
  if (before === 0x2e && text.startsWith('no', at - 3) && !isLetterCode(text.charCodeAt(at - 4))) {
    return { qualifier: 'exact', start: at - 3, rank: true };
  }
  if (before !== SPACE && before !== DASH) return noQualifier(at);
  // The word before: letters, with a full stop at its end at most ("approx.", "no.").
  let wordStart = at - 1;
  if (wordStart > 0 && text.charCodeAt(wordStart - 1) === 0x2e) wordStart--;
  while (wordStart > 0 && isLetterCode(text.charCodeAt(wordStart - 1))) wordStart--;
  if (!QUALIFIER_LAST_WORDS.has(text.slice(wordStart, at - 1))) return noQualifier(at);
  const m = execAt(QUALIFIER_BEFORE, text, at);
  if (!m) return noQualifier(at);
  let word = m[1]!;
  const longer = LONGER_QUALIFIER.get(word);
  if (longer && text.startsWith(longer, at - 1 - longer.length)) word = longer;
  const start = SPAN_QUALIFIERS.has(word) ? at - word.length - 1 : at;
  return { qualifier: QUALIFIER_CLASS[word] ?? 'exact', start, rank: RANK_BEFORE.has(word) };
}

/**
 * A footnote marker: digits in square brackets right after a word or a full stop ("for the first time.[2]",
 * "trends[1]"), as reference works and wikis print them. A bracket after a space ("[24] clusters") is left alone.
 */
function isFootnoteMarker(text: string, s: number, e: number): boolean {
  if (text.charCodeAt(s - 1) !== 0x5b || text.charCodeAt(e) !== 0x5d) return false;
  const before = text.charCodeAt(s - 2);
  return s >= 2 && before !== SPACE && before !== 0x0a && before !== 0x5b;
}

/**
 * "24 of the world's 100 leading clusters", "3 out of 10": the number after "of" is the whole the one before it is
 * counted from, not a figure of its own.
 */
const WHOLE_BEFORE =
  /(?<=(?:\d(?:st|nd|rd|th)?|(?<![a-z])(?:one|two|three|four|five|six|seven|eight|nine|ten))[ ](?:out[ ])?of[ ](?:the[ ])?(?:world's[ ]|global[ ]|leading[ ])?)/y;

/** "from " ends right before `at`, as a word of its own. */
function fromBefore(text: string, at: number): boolean {
  return text.startsWith('from ', at - 5) && !isLetterCode(text.charCodeAt(at - 6));
}

/** Reads the phrase around a digit run at [s, e). */
function readDigits(text: string, s: number, e: number): NumberPhrase | undefined {
  if (isFootnoteMarker(text, s, e)) return undefined;
  if (text.charCodeAt(s - 1) === SPACE && testAt(WHOLE_BEFORE, text, s)) return undefined;
  const digits = text.slice(s, e);
  let value = Number(digits.includes(',') ? digits.replace(/,/g, '') : digits);
  if (!Number.isFinite(value)) return undefined;
  // Each expression after the digits is run only where its first character is there.
  const next = text.charCodeAt(e);
  if (next === DASH && testAt(COMPOUND_AFTER_DIGITS, text, e)) return undefined;
  const unit = unitMayFollow(next) ? execAt(UNIT_AFTER, text, e)! : NO_UNIT;
  let end = e + unit[0].length;
  let precision = 10 ** -decimals(digits);
  const scaleWord = unit[1];
  // A lone "m" or "b" is only a scale directly after the digits ("3.6b"), never a following word.
  const scale = scaleWord && !(scaleWord.length === 1 && unit[0].startsWith(' ')) ? SCALES[scaleWord] : undefined;
  if (scaleWord && !scale) end = e; // not a scale after all: read nothing after the digits
  if (scale) {
    value *= scale;
    precision *= scale;
  }
  const ordinal = !!unit[2] || (ordinalMayFollow(next) && testAt(ORDINAL_SUFFIX_AFTER, text, e));
  const percent = !!unit[3];
  const money = unit[4];
  // "more than RMB 3.6 trillion": the currency sits between the qualifier and the digits.
  const last = text[s - 1] === ' ' ? text[s - 2] : text[s - 1];
  const cur = last && CURRENCY_LAST.has(last) ? CURRENCY_BEFORE.exec(text.slice(Math.max(0, s - 8), s)) : null;
  const q = qualifierBefore(text, cur ? s - cur[0].length : s);
  const start = q.start;

  const after = text.charCodeAt(end);
  // "moved from 5th to 6th", "rose from 2.4% to 2.68%": the value it changed from is no longer the figure.
  if (
    after === SPACE &&
    text.startsWith(' to ', end) &&
    isDigitCode(text.charCodeAt(end + 4)) &&
    fromBefore(text, start)
  )
    return undefined;
  const wordAfter = after === SPACE || after === DASH;
  const streak = wordAfter ? execAt(STREAK_AFTER, text, end) : null;
  if (streak)
    return { start, end: end + streak[0].length, value, cls: 'consecutive-years', qualifier: 'exact', precision: 1 };
  if (ordinal) {
    if (after === SPACE && testAt(TIME_AFTER, text, end))
      return { start, end: end + 5, value, cls: 'first-time', qualifier: 'exact', precision: 1 };
    if (wordAfter && testAt(NOT_RANK_AFTER, text, end)) return undefined;
    return { start, end, value, cls: 'rank', qualifier: q.qualifier === 'top' ? 'top' : 'exact', precision: 1 };
  }
  if (percent) {
    // "+8.3%", "8.3 pct yr/yr": a change from one year to the next, where every roundtable percentage is a level.
    if (text.charCodeAt(s - 1) === 0x2b || (after === SPACE && testAt(CHANGE_AFTER, text, end))) return undefined;
    return { start, end, value, cls: 'percent', qualifier: q.qualifier, precision };
  }
  if (money || cur) {
    const cls = isYuan(money) || isYuan(cur?.[1]) ? 'yuan' : 'other-money';
    return { start, end, value, cls, qualifier: q.qualifier, precision };
  }
  if (q.rank && !scale && Number.isInteger(value)) {
    return { start, end, value, cls: 'rank', qualifier: 'exact', precision: 1 };
  }
  if (q.qualifier === 'top' && !scale) {
    return { start, end, value, cls: 'rank', qualifier: 'top', precision: 1 };
  }
  // A bare four-digit number in the range of years is a year, not a quantity.
  if (!scale && looksLikeYear(digits)) return undefined;
  if (scale && value >= 1e9) return { start, end, value, cls: 'amount', qualifier: q.qualifier, precision };
  return { start, end, value, cls: 'count', qualifier: q.qualifier, precision };
}

function readCardinalWords(text: string, s: number, phrase: string): NumberPhrase | undefined {
  const trimmed = phrase.replace(/[ -](?:and[ -]?)?$/, '').replace(/[ -]$/, '');
  const e = s + trimmed.length;
  const value = cardinalPhraseValue(trimmed);
  if (value === undefined) return undefined;
  if (testAt(COMPOUND_AFTER, text, e)) return undefined;
  const streak = execAt(STREAK_AFTER, text, e);
  if (streak)
    return { start: s, end: e + streak[0].length, value, cls: 'consecutive-years', qualifier: 'exact', precision: 1 };
  const q = qualifierBefore(text, s);
  const unit = execAt(WORD_UNIT_AFTER, text, e)!;
  const end = e + unit[0].length;
  if (unit[1]) return { start: q.start, end, value, cls: 'percent', qualifier: q.qualifier, precision: 1 };
  if (unit[2]) return { start: q.start, end, value, cls: 'yuan', qualifier: q.qualifier, precision: 1 };
  if (q.qualifier === 'top') return { start: q.start, end, value, cls: 'rank', qualifier: 'top', precision: 1 };
  if (q.rank) return { start: q.start, end, value, cls: 'rank', qualifier: 'exact', precision: 1 };
  // "one" is mostly a pronoun ("one of the…"): a bare "one" is a count only with a scale ("one million").
  if (/^(?:one|a)$/.test(trimmed)) return undefined;
  const precision = value >= 1e6 ? 10 ** Math.floor(Math.log10(value)) : 1;
  return { start: q.start, end, value, cls: value >= 1e9 ? 'amount' : 'count', qualifier: q.qualifier, precision };
}

function readOrdinalWord(text: string, s: number, word: string): NumberPhrase | undefined {
  const value = ordinalWordValue(word)!;
  let e = s + word.length;
  const streak = execAt(STREAK_AFTER, text, e);
  if (streak)
    return { start: s, end: e + streak[0].length, value, cls: 'consecutive-years', qualifier: 'exact', precision: 1 };
  if (testAt(TIME_AFTER, text, e)) {
    const lead = THE_BEFORE.exec(text.slice(Math.max(0, s - 8), s));
    return {
      start: s - (lead?.[0].length ?? 0),
      end: e + 5,
      value,
      cls: 'first-time',
      qualifier: 'exact',
      precision: 1,
    };
  }
  if (testAt(COUNTRY_AFTER, text, e))
    return { start: s, end: e + 8, value, cls: 'rank', qualifier: 'exact', precision: 1 };
  if (testAt(NOT_RANK_AFTER, text, e)) return undefined;
  // "first", "second" alone are too common to be ranks; they need a rank word, a superlative or "place".
  const place = testAt(PLACE_AFTER, text, e);
  const sup = execAt(SUPERLATIVE_AFTER, text, e);
  if (sup) e += sup[0].length;
  const q = qualifierBefore(text, s);
  if (!sup && !q.rank && !place && value < 4 && !testAt(RANK_VERB_BEFORE, text, s)) return undefined;
  return {
    start: q.start,
    end: e,
    value,
    cls: 'rank',
    qualifier: q.qualifier === 'top' ? 'top' : 'exact',
    precision: 1,
  };
}

function readSuperlative(text: string, s: number, phrase: string): NumberPhrase | undefined {
  // "the largest source", "the highest value": the noun it qualifies belongs to the phrase.
  const noun = /^[ ](source|sources|value|number|share)\b/.exec(text.slice(s + phrase.length, s + phrase.length + 12));
  // "the largest number of clusters": the most of something, a count's superlative and no place in a ranking.
  if (noun?.[1] === 'number' && text.startsWith(' of ', s + phrase.length + noun[0].length)) return undefined;
  const end = s + phrase.length + (noun?.[0].length ?? 0);
  return { start: s, end, value: 1, cls: 'rank', qualifier: 'exact', precision: 1 };
}

/** Digit runs: one cheap regular expression. Not inside a word ("a4", "covid19"); see GLUED_DIGITS for the exception. */
const DIGIT_RUN = new RegExp(`(?<![\\w.,])(?:${DIGITS})`, 'g');
/**
 * Digits glued to what comes before them: yuan the way financial papers write it ("rmb3.6tn", "cny250bn") and a rank
 * the way many Asian papers do ("no.1"). Found by an expression of their own: allowing them in DIGIT_RUN's look-behind
 * made that expression a third slower on a page. Dollars and euros glued the same way are left alone: no roundtable
 * figure is in either.
 */
const GLUED_DIGITS = /(?:rmb|cny|no\.)(?=\d)/g;
const DIGITS_AT = new RegExp(`(?:${DIGITS})`, 'y');

/** Where digits glued to a yuan code or "no." start and end in text[from, to), as pairs in one list. */
function gluedDigitRuns(text: string, from: number, to: number): number[] {
  const runs: number[] = [];
  // Most pages write none of them: native substring searches rule them out before the expression runs.
  if (text.indexOf('rmb', from) < 0 && text.indexOf('cny', from) < 0 && text.indexOf('no.', from) < 0) return runs;
  GLUED_DIGITS.lastIndex = from;
  while (GLUED_DIGITS.test(text)) {
    const start = GLUED_DIGITS.lastIndex;
    if (start >= to) break;
    // The code is a word of its own: not the end of a longer one.
    if (isLetterCode(text.charCodeAt(start - 4))) continue;
    DIGITS_AT.lastIndex = start;
    if (DIGITS_AT.test(text)) runs.push(start, DIGITS_AT.lastIndex);
  }
  return runs;
}

/** Digits, commas and full stops: what a digit run is made of. */
const isDigitRunCode = (c: number) => isDigitCode(c) || c === 0x2c || c === 0x2e;

/**
 * The next digit run from DIGIT_RUN's lastIndex, as [start, end), or undefined. Found with `test`: where the run
 * ends is lastIndex, and its start is found by stepping back over digits, commas and full stops — the expression
 * never starts a run right after one of them, so the step back stops exactly there. No match object per number.
 */
function nextDigitRun(text: string, span: [number, number]): boolean {
  if (!DIGIT_RUN.test(text)) return false;
  const end = DIGIT_RUN.lastIndex;
  let start = end;
  while (start > 0 && isDigitRunCode(text.charCodeAt(start - 1))) start--;
  span[0] = start;
  span[1] = end;
  return true;
}
/** At a number word the form scanner found, which kind of phrase starts there (sticky: tried there only). */
const CARDINAL_AT = new RegExp(`((?:(?:${CARDINAL_WORD})(?:[ -](?:and[ -])?)?)+)\\b`, 'y');
const ORDINAL_AT = new RegExp(`(${ORDINAL_WORD})\\b`, 'y');
const SUPERLATIVE_AT =
  /(largest|biggest|highest|topped|top spot|top of the (?:ranking|ranking list|list|table|cluster ranking|global ranking)|number one)\b/y;

/** The words that start a spelled-out number phrase, for the form scanner to find in its single pass. */
export const NUMBER_WORD_STARTS: readonly string[] = [
  ...CARDINAL_WORD.split('|'),
  ...ORDINAL_WORD.split('|'),
  'largest',
  'biggest',
  'highest',
  'topped',
  'top spot',
  'top of the',
  'number one',
];

function phraseAtWord(text: string, at: number): NumberPhrase | undefined {
  let m = execAt(CARDINAL_AT, text, at);
  if (m) return readCardinalWords(text, at, m[1]!);
  m = execAt(ORDINAL_AT, text, at);
  if (m) return readOrdinalWord(text, at, m[1]!);
  m = execAt(SUPERLATIVE_AT, text, at);
  return m ? readSuperlative(text, at, m[1]!) : undefined;
}

/**
 * Decides, before a digit run or a number word is read, whether a phrase there could matter (see annotate's context
 * pre-check).
 */
export interface DigitFilter {
  /** Called with each digit run [start, end), and each number word [start, end of text), in text order. */
  worthReading(start: number, end: number): boolean;
}

/**
 * Every number phrase that starts inside folded text [from, to): digit runs found by one regular expression, and
 * spelled-out numbers at the word starts the form scanner already found (`wordStarts`, sorted). A digit run or
 * number word the `filter` turns down is not read at all.
 */
export function findNumberPhrases(
  text: string,
  from: number,
  to: number,
  wordStarts: readonly number[] = [],
  filter?: DigitFilter,
): NumberPhrase[] {
  let k = firstAtOrAfter(wordStarts, from);
  DIGIT_RUN.lastIndex = from;
  const run: [number, number] = [0, 0];
  let moreDigits = nextDigitRun(text, run);
  const glued = gluedDigitRuns(text, from, to);
  let g = 0;
  // Digit runs and number words, merged in text order as they are read: no list of starts to build and sort.
  const out: NumberPhrase[] = [];
  let consumed = -1;
  for (;;) {
    // `to` stands for "none left": a small integer, where Infinity would turn the comparisons below into ones on
    // doubles that code optimised for a page's many numbers does not expect.
    const runAt = moreDigits && run[0] < to ? run[0] : to;
    // A glued run never starts where a plain one does (DIGIT_RUN skips digits after a letter or a full stop).
    const gluedAt = g < glued.length ? glued[g]! : to;
    const digitAt = gluedAt < runAt ? gluedAt : runAt;
    const wordAt = k < wordStarts.length && wordStarts[k]! < to ? wordStarts[k]! : to;
    if (digitAt === to && wordAt === to) return out;
    let phrase: NumberPhrase | undefined;
    if (digitAt < wordAt) {
      // Inside the previous phrase ("one million": "million" is part of "one") nothing new starts.
      const isGlued = gluedAt < runAt;
      const digitEnd = isGlued ? glued[g + 1]! : run[1];
      if (digitAt >= consumed && (!filter || filter.worthReading(digitAt, digitEnd))) {
        phrase = readDigits(text, digitAt, digitEnd);
      }
      if (isGlued) g += 2;
      else moreDigits = nextDigitRun(text, run);
    } else {
      // A spelled-out number may run long ("one hundred and twenty-four…"): the filter is asked about the rest of
      // its sentence, so the reach counts from wherever the phrase ends.
      if (wordAt >= consumed && (!filter || filter.worthReading(wordAt, text.length))) {
        phrase = phraseAtWord(text, wordAt);
      }
      k++;
    }
    if (phrase) {
      out.push(phrase);
      consumed = phrase.end;
    }
  }
}
