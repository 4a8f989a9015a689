// Links a number phrase on the page to the roundtable figure it speaks of — by what it measures (its class and the
// words around it), whom it is about (the nearest place named in the sentence) and its year — never by the number
// alone, and says whether the page agrees with the roundtable.
import type { Figure, Qualifier, Unit } from '../dataset/schema';
import { isDigitCode, type DigitFilter, type NumberClass, type NumberPhrase, type PageQualifier } from './numbers';
import { firstAtOrAfter, firstStartingAtOrAfter } from './search';
import type { Agreement } from './types';

const UNIT_OF_CLASS: Record<NumberClass, Unit | undefined> = {
  percent: 'percent-of-gdp',
  yuan: 'yuan',
  amount: 'yuan',
  'other-money': undefined,
  count: 'count',
  rank: 'rank',
  'consecutive-years': 'consecutive-years',
  'first-time': 'first-time',
};

/** A place (or a rival country or city) named on the page, in folded offsets. */
export interface SubjectHit {
  start: number;
  end: number;
  /** A dataset place id, or undefined for a place that is not in the dataset (Switzerland, Tokyo–Yokohama). */
  id: string | undefined;
}

export interface ContextHit {
  start: number;
  end: number;
  /** The figures (indices into the dataset's figures) that this context word speaks for. */
  figures: readonly number[];
}

/** A roundtable figure with its index among the dataset's figures (where its nearest context word is kept). */
export interface IndexedFigure {
  figure: Figure;
  index: number;
}

export interface FigureEnv {
  text: string;
  /** The roundtable's figures by unit, in dataset order (grouped once, when the matcher is compiled). */
  figuresByUnit: ReadonlyMap<Unit, readonly IndexedFigure[]>;
  /** Scratch, one slot per figure: the distance of its nearest context word to the number being linked. */
  nearest: Float64Array;
  /** Sorted by start. */
  subjects: readonly SubjectHit[];
  /** Sorted by start. */
  contexts: readonly ContextHit[];
  /** place id → ids of the places it is part of, transitively. */
  partOf: ReadonlyMap<string, ReadonlySet<string>>;
  /** ids of places that are clusters or regions (a city inside them may stand for them). */
  groupings: ReadonlySet<string>;
  /** ids of all places in the dataset. */
  places: ReadonlySet<string>;
  /**
   * Years written in the text and where sentences end (findYears, findSentenceEnds), found when the env is made:
   * filled lazily, the filling branch would run once per page and optimised code would be thrown away at the next
   * pass that takes it (the first mutation after a page is painted).
   */
  years: readonly { start: number; year: number }[];
  sentenceEnds: readonly number[];
  /** The index into sentenceEnds that sentenceAround found last. */
  sentenceCursor: number;
  /**
   * A figure of a given year is linked only where a year is written by the number: on a page about the index but
   * not its 2025 edition, an unmarked rank or count is another edition's ("Shanghai–Suzhou fifth" in 2024).
   */
  requireYear: boolean;
  /** The year the page speaks from, when its verdict tells (2025 on a GII 2025 page), for "last year" and the like. */
  pageYear: number | undefined;
  /** Folded offsets of the words that refer back to a place (BACK_REFERENCE_WORDS), sorted. */
  backReferences: readonly number[];
}

export interface FigureLink {
  figure: Figure;
  agreement: Agreement;
}

/**
 * Where sentences end in folded text: a line break, or "." or "!" followed by a space or the end — except the full
 * stop of an abbreviation ("no.", "mr.", "u.s.", "sept."). A question does not end one: its answer follows, and the
 * question says what the answer's number is ("How many Chinese clusters made the top 100? Twenty-four."), as an
 * interview's or an FAQ's does. One native pass over the text; each sentence is then a short walk or a binary search
 * away.
 */
const SENTENCE_END =
  /(?<!\?)\n|!(?= |$)|(?<!(?<![a-z])(?:no|mr|ms|mrs|dr|st|co|ltd|inc|vs|prof|u\.s|approx|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec))\.(?= |$)/g;

/** Where sentences end in folded text (see SENTENCE_END). */
export function findSentenceEnds(text: string): number[] {
  const ends: number[] = [];
  SENTENCE_END.lastIndex = 0;
  // Every sentence end is one character: `test` and lastIndex say where, without a match object per sentence.
  while (SENTENCE_END.test(text)) ends.push(SENTENCE_END.lastIndex - 1);
  return ends;
}

/** The sentence around folded offset `at`, at most `limit` characters either side. */
export function sentenceAround(env: FigureEnv, at: number, limit = 400): [number, number] {
  const ends = env.sentenceEnds;
  // Numbers are asked about in text order: the answer is at or a little after the previous one.
  let k = env.sentenceCursor;
  if (k > ends.length || (k > 0 && ends[k - 1]! >= at)) k = firstAtOrAfter(ends, at);
  else {
    let steps = 0;
    while (k < ends.length && ends[k]! < at) {
      if (++steps > 8) {
        k = firstAtOrAfter(ends, at);
        break;
      }
      k++;
    }
  }
  env.sentenceCursor = k;
  const start = k > 0 ? Math.max(ends[k - 1]! + 1, at - limit, 0) : Math.max(0, at - limit);
  const end = k < ends.length ? Math.min(ends[k]!, at + limit) : Math.min(env.text.length, at + limit);
  return [start, end];
}

/** The clause around a span: the sentence cut at commas, semicolons, colons, dashes between words and brackets. */
const CLAUSE_STOPS = /[,;:()]| - /g;

function clauseAround(text: string, sentence: [number, number], start: number, end: number): [number, number] {
  const stops = CLAUSE_STOPS;
  let from = sentence[0];
  let to = sentence[1];
  stops.lastIndex = sentence[0];
  let m: RegExpExecArray | null;
  while ((m = stops.exec(text)) && m.index < sentence[1]) {
    // A thousands separator ("1,400") does not end a clause.
    const at = m.index;
    if (m[0] === ',' && isDigitCode(text.charCodeAt(at - 1)) && isDigitCode(text.charCodeAt(at + 1))) continue;
    if (m.index < start) from = m.index + 1;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return [from, to];
}

const YEAR = /\b(?:19|20)\d\d\b/g;
/** A year told relative to the page's own time ("last year China entered the top ten"). */
const RELATIVE_YEAR = /\b(?:(last|this|next) year|a year (earlier|before|ago|later))\b/;
const RELATIVE_OFFSET: Record<string, number> = {
  last: -1,
  this: 0,
  next: 1,
  earlier: -1,
  before: -1,
  ago: -1,
  later: 1,
};

/** How many years from the page's own time the sentence says it speaks of ("last year": -1), if it says. */
function relativeYearOffset(env: FigureEnv, sentence: [number, number]): number | undefined {
  const words = env.text.slice(sentence[0], sentence[1]);
  // The look for "year" first: most sentences a number is read in hold none.
  if (!words.includes('year')) return undefined;
  const m = RELATIVE_YEAR.exec(words);
  return m ? RELATIVE_OFFSET[m[1] ?? m[2]!] : undefined;
}
/** How far after a number a place may be named and still be what the number is about. */
const FOLLOWING_SUBJECT_CHARS = 40;

/** Every year written in the text, in one pass. */
export function findYears(text: string): { start: number; year: number }[] {
  const found: { start: number; year: number }[] = [];
  YEAR.lastIndex = 0;
  // A year is four digits: `test` and lastIndex say where, without a match object per year.
  while (YEAR.test(text)) {
    const start = YEAR.lastIndex - 4;
    found.push({ start, year: Number(text.slice(start, start + 4)) });
  }
  return found;
}

/** A word that starts the next item of a list ("2.4 percent in 2020 and 2.68 percent in 2024"). */
const NEXT_ITEM = /\b(?:and|but|while|whereas|versus|vs|against|compared)\b/;
/** What between a number and a later year in its sentence makes the year another clause's: a number, a semicolon. */
const ANOTHER_ITEM_BEFORE_YEAR = /[\d;]/;
/**
 * Between a number and its own year in its clause: no other number, and no word that starts another item (a clause
 * holds no semicolon: clauseAround cuts there).
 */
const ownsGap = (text: string, from: number, to: number) => {
  const gap = text.slice(from, to);
  return !ANOTHER_ITEM_BEFORE_YEAR.test(gap) && !NEXT_ITEM.test(gap);
};

/**
 * The years a number's clause speaks of for that number. Most clauses name one year, or none. Where one names
 * several ("about 2.4 percent of GDP in 2020 and 2.68 percent in 2024"), the number's own year is the first after
 * it, or failing that the last before it, with nothing between them that belongs to another item; where no year is
 * so plainly its own ("between 2020 and 2024 it rose to 2.68%"), any of them may be.
 */
function clauseYears(env: FigureEnv, clause: [number, number], phrase: NumberPhrase): number[] {
  const all = env.years;
  const first = firstStartingAtOrAfter(all, clause[0]);
  let last = first;
  while (last < all.length && all[last]!.start + 4 <= clause[1]) last++;
  const everyYear = () => all.slice(first, last).map((y) => y.year);
  if (last - first <= 1) return everyYear();
  const text = env.text;
  const after = firstStartingAtOrAfter(all, phrase.end);
  if (after < last && ownsGap(text, phrase.end, all[after]!.start)) return [all[after]!.year];
  const before = Math.min(after, last) - 1;
  if (before >= first && all[before]!.start + 4 <= phrase.start && ownsGap(text, all[before]!.start + 4, phrase.start))
    return [all[before]!.year];
  return everyYear();
}

/**
 * Failing a year in its clause, the years the rest of the sentence gives a number: all those before it ("In 2024, total
 * spending was 3.6 trillion yuan; R&D intensity reached 2.68%"), and after it only one with no other number and no
 * semicolon between: "up from 11th in 2024" is the 11th's year, not the tenth place's, and a clause after a semicolon
 * ("…the global top ten for the first time; in the 2024 edition it was 11th") speaks of its own.
 */
function sentenceYears(env: FigureEnv, sentence: [number, number], phrase: NumberPhrase): number[] {
  const all = env.years;
  const years: number[] = [];
  for (let k = firstStartingAtOrAfter(all, sentence[0]); k < all.length && all[k]!.start + 4 <= sentence[1]; k++) {
    const { start, year } = all[k]!;
    if (start + 4 <= phrase.start) years.push(year);
    else if (start >= phrase.end) {
      if (!ANOTHER_ITEM_BEFORE_YEAR.test(env.text.slice(phrase.end, start))) years.push(year);
      break; // any later year has this one, a number, between it and the phrase
    }
  }
  return years;
}

/** The place the number is about: the nearest one named before it in the sentence, else the nearest after. */
function nearestSubject(env: FigureEnv, sentence: [number, number], phrase: NumberPhrase): SubjectHit | undefined {
  const i = firstStartingAtOrAfter(env.subjects, phrase.start);
  for (let k = i - 1; k >= 0; k--) {
    const s = env.subjects[k]!;
    if (s.start < sentence[0]) break;
    if (s.end <= phrase.start) return s;
  }
  // A place named after the number speaks of it only when close ("24 clusters in China"), not a clause later.
  for (let k = i; k < env.subjects.length; k++) {
    const s = env.subjects[k]!;
    if (s.start >= sentence[1] || s.start > phrase.end + FOLLOWING_SUBJECT_CHARS) break;
    if (s.start >= phrase.end) return s;
  }
  return undefined;
}

/** 2: the figure's own subject; 1: a city standing for its cluster or a region containing it; 0: none; -1: another. */
function subjectFit(env: FigureEnv, subject: SubjectHit | undefined, figure: Figure): number {
  // A figure about a body rather than a place (the trends WIPO's office named) has no place to check.
  if (!env.places.has(figure.subject)) return subject?.id === undefined && subject ? -1 : 0;
  if (!subject) return figure.subject === 'china' ? 0 : -1; // a national figure may leave its country implicit
  if (subject.id === undefined) return -1;
  if (subject.id === figure.subject) return 2;
  if (env.groupings.has(figure.subject)) {
    if (env.partOf.get(subject.id)?.has(figure.subject)) return 1;
    if (env.partOf.get(figure.subject)?.has(subject.id) && env.groupings.has(subject.id)) return 1;
  }
  return -1;
}

/** How far from a number (in its sentence) a context word may stand and still say what the number measures. */
export const CONTEXT_REACH = 120;

/**
 * The context words around a number in its sentence (within CONTEXT_REACH characters): a range of `env.contexts`, so no list
 * is built per number. Words that overlap the number itself do not count.
 */
function contextsNear(env: FigureEnv, phrase: NumberPhrase, sentence: [number, number]): [number, number] {
  const from = Math.max(sentence[0], phrase.start - CONTEXT_REACH);
  const to = Math.min(sentence[1], phrase.end + CONTEXT_REACH);
  const first = firstStartingAtOrAfter(env.contexts, from);
  let last = first;
  while (last < env.contexts.length && env.contexts[last]!.start < to) last++;
  return [first, last];
}

/**
 * For each figure of the unit, the distance of its nearest context word around the number (words that overlap
 * the number do not count), in `env.nearest`: one walk over the context words near the number serves every
 * figure, each word naming the figures it speaks for.
 */
function measureContexts(
  env: FigureEnv,
  figures: readonly IndexedFigure[],
  phrase: NumberPhrase,
  near: [number, number],
): void {
  const nearest = env.nearest;
  for (let i = 0; i < figures.length; i++) nearest[figures[i]!.index] = Infinity;
  for (let k = near[0]; k < near[1]; k++) {
    const c = env.contexts[k]!;
    const distance = c.end <= phrase.start ? phrase.start - c.end : c.start >= phrase.end ? c.start - phrase.end : -1;
    if (distance < 0) continue;
    const spoken = c.figures;
    for (let j = 0; j < spoken.length; j++) if (distance < nearest[spoken[j]!]!) nearest[spoken[j]!] = distance;
  }
}

/** How close the nearest context word of a figure is: 3 within 30 characters, 2 within 60, 1 further, 0 none. */
function contextEvidence(nearest: number): number {
  if (nearest === Infinity) return 0;
  return nearest <= 30 ? 3 : nearest <= 60 ? 2 : 1;
}

function hasContextOutside(env: FigureEnv, phrase: NumberPhrase, near: [number, number]): boolean {
  for (let k = near[0]; k < near[1]; k++) {
    const c = env.contexts[k]!;
    if (c.end <= phrase.start || c.start >= phrase.end) return true;
  }
  return false;
}

function boundOf(q: Qualifier): PageQualifier {
  if (q === 'over' || q === 'more-than' || q === 'exceeding') return 'lower';
  if (q === 'nearly') return 'upper';
  if (q === 'top') return 'top';
  return 'exact';
}

/** How the page's value compares with the roundtable's. */
export function compareToFigure(
  phrase: Pick<NumberPhrase, 'value' | 'qualifier' | 'precision'>,
  figure: Figure,
): Agreement {
  const p = phrase.value;
  const f = figure.value;
  if (figure.unit === 'rank') {
    if (phrase.qualifier === 'top') {
      if (p === f) return 'same';
      return p > f && p <= f * 2 ? 'approximate' : 'differs';
    }
    return p === f ? 'same' : 'differs';
  }
  if (figure.unit === 'first-time' || figure.unit === 'consecutive-years') return p === f ? 'same' : 'differs';
  const fig = boundOf(figure.qualifier);
  const page = phrase.qualifier;
  const close = Math.abs(p - f) <= phrase.precision / 2 + Math.abs(f) * 1e-9;
  if (p === f) {
    if (page === 'exact' || page === fig) return 'same';
    if ((page === 'lower' && fig === 'upper') || (page === 'upper' && fig === 'lower')) return 'differs';
    return 'approximate';
  }
  if (close) return 'approximate';
  if (page === 'about' && Math.abs(p - f) <= Math.abs(f) * 0.05) return 'approximate';
  // A weaker bound in the same direction ("over 1,000" for "over 1,400") agrees, loosely.
  if (page === 'lower' && fig === 'lower' && p < f && p >= f * 0.8) return 'approximate';
  if (page === 'upper' && fig === 'upper' && p > f && p <= f * 1.2) return 'approximate';
  return 'differs';
}

/**
 * Words that send the reader back to a place named before ("large firms there", "in the city"), found by the form
 * scanner in its one pass; the nouns count only after "the" (checked here: forms starting with a word as common
 * as "the" cost the scanner more). Asked about only for a number whose own sentence names no place.
 */
export const BACK_REFERENCE_WORDS: readonly string[] = [
  'there',
  'locally',
  'local',
  'city',
  'cluster',
  'province',
  'region',
  'municipality',
];
/** After "there", a verb of being: "there are 24 clusters" refers to nothing. */
const EXISTENTIAL_AFTER =
  /[ ](?:is|are|was|were|has|have|had|will|would|may|might|could|can|should|must|seems?|remains?|appears?)\b/y;

/** A back reference inside the sentence (see BACK_REFERENCE_WORDS). */
function refersBack(env: FigureEnv, sentence: [number, number]): boolean {
  const refs = env.backReferences;
  const text = env.text;
  for (let k = firstAtOrAfter(refs, sentence[0]); k < refs.length && refs[k]! < sentence[1]; k++) {
    const at = refs[k]!;
    if (text.startsWith('there', at)) {
      EXISTENTIAL_AFTER.lastIndex = at + 5;
      if (!EXISTENTIAL_AFTER.test(text)) return true;
    } else if (text.startsWith('local', at) || text.startsWith('the ', at - 4)) {
      return true;
    }
  }
  return false;
}

/** How far before the number's sentence the places it may refer back to are named, and how many are tried. */
const BACK_REFERENCE_CHARS = 600;
const BACK_REFERENCE_PLACES = 4;

/**
 * The places a sentence that refers back may mean: the last dataset places named before it, nearest first, each
 * once. "The city" of a local paper is not always the place named last ("…told a meeting in Beijing. Large-scale
 * enterprises in the city…"): the figure decides among them.
 */
function placesBefore(env: FigureEnv, sentence: [number, number]): SubjectHit[] {
  const found: SubjectHit[] = [];
  for (let k = firstStartingAtOrAfter(env.subjects, sentence[0]) - 1; k >= 0; k--) {
    const s = env.subjects[k]!;
    if (s.end <= sentence[0] - BACK_REFERENCE_CHARS || found.length === BACK_REFERENCE_PLACES) break;
    if (s.id !== undefined && !found.some((f) => f.id === s.id)) found.push(s);
  }
  return found;
}

/** After a count or an amount, a noun that says it counts something no roundtable figure does ("312 pages"). */
const COUNTS_SOMETHING_ELSE =
  / (?:pages?|people|persons|residents|visitors|tourists|years?|months?|weeks?|days?|hours?|minutes?|seconds?|km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|points?|votes?|words?|times|seats?|members?|employees?|staff|students?|delegates?|participants?|slides?|photos?|images?|chapters?|games?|matches|rows?|columns?|tables?|charts?|lines?|items?)\b/y;

/** The roundtable figure a number phrase speaks of, if any. */
export function linkFigure(env: FigureEnv, phrase: NumberPhrase): FigureLink | undefined {
  const unit = UNIT_OF_CLASS[phrase.cls];
  if (!unit) return undefined;
  // "the top 100" names the size of a ranking, not a place in it.
  if (phrase.cls === 'rank' && phrase.qualifier === 'top' && phrase.value >= 50) return undefined;
  const figures = env.figuresByUnit.get(unit);
  if (!figures) return undefined;
  const sentence = sentenceAround(env, phrase.start);
  const near = contextsNear(env, phrase, sentence);
  if (!hasContextOutside(env, phrase, near)) return undefined; // no figure without a context word
  if (phrase.cls === 'count' || phrase.cls === 'amount') {
    COUNTS_SOMETHING_ELSE.lastIndex = phrase.end;
    if (COUNTS_SOMETHING_ELSE.test(env.text)) return undefined;
  }
  const subject = nearestSubject(env, sentence, phrase);
  measureContexts(env, figures, phrase, near);
  let best = bestFigure(env, figures, phrase, sentence, subject);
  // "Ningbo joined the list. Large firms there put 100 billion yuan into R&D": the figure about that place wins
  // over the national reading, and only a figure about it (or its cluster) does. Most pages hold no such word.
  if (!subject && env.backReferences.length > 0 && refersBack(env, sentence)) {
    const places = placesBefore(env, sentence);
    for (let i = 0; i < places.length; i++) {
      const there = bestFigure(env, figures, phrase, sentence, places[i]);
      if (there && subjectFit(env, places[i], there) > 0) {
        best = there;
        break;
      }
    }
  }
  return best && { figure: best, agreement: compareToFigure(phrase, best) };
}

/** Of the figures of the number's unit, the one its subject, context words and year speak for best. */
function bestFigure(
  env: FigureEnv,
  figures: readonly IndexedFigure[],
  phrase: NumberPhrase,
  sentence: [number, number],
  subject: SubjectHit | undefined,
): Figure | undefined {
  let best: Figure | undefined;
  let bestScore = 0;
  let bestDistance = 0;
  let years: number[] | undefined;
  let relative: number | undefined;
  for (let i = 0; i < figures.length; i++) {
    const { figure, index } = figures[i]!;
    // The place first: it is one look-up, and most figures of a unit are about another place.
    const fit = subjectFit(env, subject, figure);
    if (fit < 0) continue;
    const context = contextEvidence(env.nearest[index]!);
    if (context === 0) continue;
    if (figure.year !== undefined) {
      // The year written in the number's clause decides (its own, of several); failing that, one in its sentence.
      if (!years) {
        const clause = clauseAround(env.text, sentence, phrase.start, phrase.end);
        years = clauseYears(env, clause, phrase);
        if (years.length === 0) years = sentenceYears(env, sentence, phrase);
        // Failing both, a year told relative to the page's ("after last year's 11th place" on a GII 2025 page).
        if (years.length === 0) {
          relative = relativeYearOffset(env, sentence);
          if (relative !== undefined && env.pageYear !== undefined) years = [env.pageYear + relative];
        }
      }
      if (years.length > 0 ? !years.includes(figure.year) : env.requireYear && relative === undefined) continue;
    }
    const score = fit * 3 + context;
    // On a tie, the figure of the nearest magnitude: 249.7 billion is basic research, not the 3.6 trillion total.
    const distance = Math.abs(Math.log((Math.abs(phrase.value) + 1) / (Math.abs(figure.value) + 1)));
    if (!best || score > bestScore || (score === bestScore && distance < bestDistance)) {
      best = figure;
      bestScore = score;
      bestDistance = distance;
    }
  }
  return best;
}

/**
 * How far a phrase may reach beyond its digits: a qualifier and a currency before them ("in excess of rmb¥ "), a
 * scale, a unit and a streak after them ("-trillion yuan", " percentage points", " consecutive years").
 */
const PHRASE_SLACK = 60;

/**
 * Turns down a digit run whose sentence holds no context word within reach: no phrase there can be linked, since
 * linkFigure needs one (see `hasContextOutside`), so it is not read at all. Most numbers in a news story are of
 * this kind. The check is wider than linkFigure's (the whole sentence, PHRASE_SLACK more on each side), so it
 * never turns down a number that would have been linked. Digit runs arrive in text order: both look-ups walk
 * forwards from where the previous one stopped.
 */
export class ContextNearby implements DigitFilter {
  private sentence = 0;
  private context = 0;

  constructor(private readonly env: FigureEnv) {}

  worthReading(start: number, end: number): boolean {
    const ends = this.env.sentenceEnds;
    const contexts = this.env.contexts;
    let k = this.sentence;
    if (k > 0 && ends[k - 1]! >= start) k = firstAtOrAfter(ends, start);
    while (k < ends.length && ends[k]! < start) k++;
    this.sentence = k;
    const sentenceStart = k > 0 ? ends[k - 1]! + 1 : 0;
    const sentenceEnd = k < ends.length ? ends[k]! : this.env.text.length;
    const from = Math.max(sentenceStart, start - CONTEXT_REACH - PHRASE_SLACK);
    const to = Math.min(sentenceEnd, end + CONTEXT_REACH + PHRASE_SLACK);
    let j = this.context;
    if (j > 0 && contexts[j - 1]!.start >= from) j = firstStartingAtOrAfter(contexts, from);
    while (j < contexts.length && contexts[j]!.start < from) j++;
    this.context = j;
    return j < contexts.length && contexts[j]!.start < to;
  }
}
