// Finds every roundtable mention in a text: one folding pass, one scan for names, acronyms, context words and
// rival places, then number phrases read only in sentences where a figure's context words appear.
import { loadDataset, type DatasetIndex } from '../dataset';
import type { Figure, Unit } from '../dataset/schema';
import { classify } from './classify';
import {
  BACK_REFERENCE_WORDS,
  ContextNearby,
  findSentenceEnds,
  findYears,
  linkFigure,
  type ContextHit,
  type IndexedFigure,
  type FigureEnv,
  type SubjectHit,
} from './figures';
import { fold, foldPhrase, toOriginalInto, type Folded } from './fold';
import { buildForms, WORD_ACRONYMS, type Form } from './forms';
import { findNumberPhrases, NUMBER_WORD_STARTS, type NumberPhrase } from './numbers';
import {
  FALSE_FRIEND_FAMILY_NAMES,
  FAMILY_NAMES_AFTER_FULL_MENTION,
  honorificBefore,
  isTitleCase,
  isTitleCaseAt,
  otherPersonGivenName,
} from './people';
import { RIVAL_PLACES } from './rivals';
import { escapeRegex, firstStartingAtOrAfter } from './search';
import { FormScanner, type ScanSink } from './form-scanner';
import { forgetLastMatch, OwnSlices } from './own-slice';
import type { AnnotateOptions, Mention, MentionKind } from './types';

/** Folded context terms and rival places share the scanner with the names; these ids mark them. */
const CONTEXT_ID = '#context';
const RIVAL_ID = '#rival';
const NUMBER_ID = '#number';
const BACK_ID = '#back';

export interface CompiledMatcher {
  index: DatasetIndex;
  /** Finds forms; each hit arrives split into names, a context word, a rival place and a number word. */
  scanner: FormScanner<SplitForms>;
  partOf: Map<string, Set<string>>;
  groupings: Set<string>;
  placeIds: Set<string>;
  /** Speakers by folded family name. */
  familyNames: Map<string, { id: string; givenNames: Set<string>; female: boolean }[]>;
  /** Each speaker's folded family name. */
  familyNameOf: Map<string, string>;
  /** Each speaker's organization. */
  organizationOf: Map<string, string>;
  /** The city or area an organization's name holds ("Xi'an Municipal Science and Technology Bureau"). */
  placeOfOrganization: Map<string, string>;
  /** The figures of each unit, in dataset order. */
  figuresByUnit: Map<Unit, IndexedFigure[]>;
}

export function compileMatcher(index: DatasetIndex = loadDataset()): CompiledMatcher {
  const { data } = index;
  const forms: Form[] = buildForms(index);
  const termFigures = new Map<string, number[]>();
  data.figures.forEach((f, index) => {
    for (const term of new Set(f.context.map(foldPhrase))) {
      const list = termFigures.get(term);
      if (list) list.push(index);
      else termFigures.set(term, [index]);
    }
  });
  for (const term of termFigures.keys())
    forms.push({ id: CONTEXT_ID, kind: 'place', type: 'name', folded: term, spelling: term });
  for (const word of NUMBER_WORD_STARTS) {
    forms.push({ id: NUMBER_ID, kind: 'place', type: 'name', folded: word, spelling: word });
  }
  for (const word of BACK_REFERENCE_WORDS) {
    forms.push({ id: BACK_ID, kind: 'place', type: 'name', folded: word, spelling: word });
  }
  for (const rival of RIVAL_PLACES) {
    forms.push({ id: RIVAL_ID, kind: 'place', type: 'name', folded: foldPhrase(rival), spelling: rival });
  }

  const parents = new Map(data.places.map((p) => [p.id, p.partOf]));
  const partOf = new Map<string, Set<string>>();
  for (const p of data.places) {
    const seen = new Set<string>();
    const stack = [...p.partOf];
    while (stack.length > 0) {
      const id = stack.pop()!;
      if (seen.has(id)) continue;
      seen.add(id);
      stack.push(...(parents.get(id) ?? []));
    }
    partOf.set(p.id, seen);
  }
  const groupings = new Set(data.places.filter((p) => p.type === 'cluster' || p.type === 'region').map((p) => p.id));

  const familyNames = new Map<string, { id: string; givenNames: Set<string>; female: boolean }[]>();
  for (const p of data.people) {
    const key = foldPhrase(p.familyName);
    const list = familyNames.get(key) ?? [];
    list.push({ id: p.id, givenNames: new Set(), female: p.honorific === 'Ms.' });
    familyNames.set(key, list);
  }
  for (const [key, list] of familyNames) {
    const given = new Set(
      data.people.filter((p) => foldPhrase(p.familyName) === key).map((p) => foldPhrase(p.givenName)),
    );
    for (const entry of list) entry.givenNames = given;
  }
  const figuresByUnit = new Map<Unit, IndexedFigure[]>();
  data.figures.forEach((figure, index) => {
    const list = figuresByUnit.get(figure.unit);
    if (list) list.push({ figure, index });
    else figuresByUnit.set(figure.unit, [{ figure, index }]);
  });
  const contextFigures = (term: string | undefined) => (term === undefined ? undefined : termFigures.get(term));
  const splitForms = (list: Form[]): SplitForms => ({
    entity: list.filter((f) => f.id !== CONTEXT_ID && f.id !== RIVAL_ID && f.id !== NUMBER_ID && f.id !== BACK_ID),
    number: list.some((f) => f.id === NUMBER_ID),
    back: list.some((f) => f.id === BACK_ID),
    context: contextFigures(list.find((f) => f.id === CONTEXT_ID)?.folded),
    rival: list.find((f) => f.id === RIVAL_ID),
  });
  return {
    index,
    scanner: new FormScanner(forms, splitForms),
    partOf,
    groupings,
    placeIds: new Set(data.places.map((p) => p.id)),
    familyNames,
    familyNameOf: new Map(data.people.map((p) => [p.id, foldPhrase(p.familyName)])),
    organizationOf: new Map(data.people.map((p) => [p.id, p.organization])),
    placeOfOrganization: placesInOrganizationNames(data),
    figuresByUnit,
  };
}

/**
 * The city or area each organization's name holds: "Ms. Jiang of the Xi'an Municipal Science and Technology Bureau
 * described a city home to over 1,400 research institutions" is about Xi'an, which the page names only inside the
 * bureau's name (the longer name wins, so no place is found there). Countries, regions and clusters are left out: a
 * body named after China (WIPO Office in China) speaks of more than China's own figures.
 */
function placesInOrganizationNames(data: DatasetIndex['data']): Map<string, string> {
  const places = data.places
    .filter((p) => p.type === 'city' || p.type === 'area')
    .flatMap((p) => [p.name, ...p.aliases].map((name) => ({ id: p.id, folded: foldPhrase(name) })));
  const found = new Map<string, string>();
  for (const org of data.organizations) {
    const name = ` ${foldPhrase(org.name)} `;
    const place = places.find((p) => new RegExp(`[^a-z0-9]${escapeRegex(p.folded)}[^a-z0-9]`).test(name));
    if (place) found.set(org.id, place.id);
  }
  return found;
}

let defaultMatcher: CompiledMatcher | undefined;
function matcher(): CompiledMatcher {
  defaultMatcher ??= compileMatcher();
  return defaultMatcher;
}

export interface SplitForms {
  entity: Form[];
  /** A word that may start a spelled-out number ("one", "tenth", "largest"). */
  number: boolean;
  /** A word that refers back to a place named before ("there", "the city"). */
  back: boolean;
  /** A figure's context word: the figures (indices) it speaks for. */
  context: readonly number[] | undefined;
  rival: Form | undefined;
}

interface Candidate {
  /** Folded span. */
  start: number;
  end: number;
  /** The same span in the original text; -1 until originalSpan is asked. */
  s: number;
  e: number;
  forms: Form[];
  /** Checks of the original spelling, made once in the first pass and read again in the second. */
  capitalised: boolean;
  titleCase: boolean;
  /** A given name that is not the speaker's stands next to this family name ("Zhang Wei"). */
  otherGiven: boolean;
}

/**
 * Fills in where a candidate's folded span lies in the original text. Most candidates never need it: a shorter
 * name inside a longer one that was taken ("suzhou" in "shanghai-suzhou") is skipped without it.
 */
function originalSpan(c: Candidate, text: string, folded: Folded): void {
  if (c.s >= 0) return;
  // Read by index: destructuring an array goes through an iterator while this code is not yet optimised.
  const span = toOriginalInto(folded, text, c.start, c.end, SPAN);
  c.s = span[0];
  c.e = span[1];
}

interface FullName {
  /** Original offsets. */
  start: number;
  family: string;
  /** The speaker, or undefined for someone else with that family name. */
  id: string | undefined;
}

const ALL_KINDS: readonly MentionKind[] = ['person', 'organization', 'place', 'figure', 'event'];

/** Annotates `text`. Offsets index `text` exactly; mentions are non-overlapping and in text order. */
export function annotate(
  text: string,
  options: AnnotateOptions = {},
  compiled: CompiledMatcher = matcher(),
): Mention[] {
  return annotateText(text, options, compiled, false);
}

/**
 * annotate, with the choice the tests need: `readEveryNumber` reads every number phrase in the text instead of
 * only those whose sentence holds a context word (ContextNearby). Both must give the same mentions.
 */
export function annotateText(
  text: string,
  options: AnnotateOptions,
  compiled: CompiledMatcher,
  readEveryNumber: boolean,
): Mention[] {
  const folded = fold(text);
  const kinds = new Set(options.kinds ?? ALL_KINDS);
  const verdict = options.verdict ?? classify(text).verdict;

  // 1. One scan: name candidates, context words, subjects.
  const scan = new ScanCollector(text, folded);
  compiled.scanner.scan(folded.text, 0, folded.text.length, scan);
  const { candidates, contexts, rivals, numberWords, backReferences } = scan;

  // 2. Names: validate each candidate against the original spelling; longest valid match per start wins.
  const placeSubjects: SubjectHit[] = [];
  const own = new OwnSlices();
  const names = validateNames(
    { text, folded, candidates, compiled, verdict, kinds, placeSubjects, own },
    options.namedBefore ?? [],
  );

  // 3. Figures: number phrases, read only in sentences that hold a context word.
  const figures: Mention[] = [];
  if (kinds.has('figure') && contexts.length > 0) {
    const env: FigureEnv = {
      text: folded.text,
      figuresByUnit: compiled.figuresByUnit,
      nearest: new Float64Array(compiled.index.data.figures.length),
      subjects: rivals.length > 0 ? mergeByStart(placeSubjects, rivals) : placeSubjects,
      contexts,
      partOf: compiled.partOf,
      groupings: compiled.groupings,
      places: compiled.placeIds,
      years: findYears(folded.text),
      sentenceEnds: findSentenceEnds(folded.text),
      sentenceCursor: 0,
      requireYear: verdict === 'gii-related',
      pageYear: verdict === 'gii-2025' ? 2025 : verdict === 'gii-related' ? editionYear(folded.text) : undefined,
      backReferences,
    };
    const filter = readEveryNumber ? undefined : new ContextNearby(env);
    const phrases = findNumberPhrases(folded.text, 0, folded.text.length, numberWords, filter);
    linkFigures(text, folded, env, phrases, own, figures);
  }
  forgetLastMatch();
  // Names and figures each arrive in text order without overlaps: one merge resolves the overlaps between them.
  return figures.length === 0 ? names : resolveOverlaps(names, figures);
}

/** The figure mentions among number phrases, appended to `out` in text order. */
function linkFigures(
  text: string,
  folded: Folded,
  env: FigureEnv,
  phrases: readonly NumberPhrase[],
  own: OwnSlices,
  out: Mention[],
): void {
  for (let i = 0; i < phrases.length; i++) {
    const phrase = phrases[i]!;
    const link = linkFigure(env, phrase);
    if (!link) continue;
    const span = toOriginalInto(folded, text, phrase.start, phrase.end, SPAN);
    out.push(figureMention(own.copyOf(text.slice(span[0], span[1])), span, link.figure, link.agreement, phrase.value));
  }
}

/** Two lists sorted by start, merged into one sorted by start (the first list first on a tie). */
function mergeByStart<T extends { start: number }>(a: readonly T[], b: readonly T[]): T[] {
  const out: T[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(a[i]!.start <= b[j]!.start ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}

/** Sorts what the form scanner finds into name candidates, context words, rival places and number words. */
class ScanCollector implements ScanSink<SplitForms> {
  readonly candidates: Candidate[] = [];
  readonly contexts: ContextHit[] = [];
  readonly rivals: SubjectHit[] = [];
  /** Folded offsets of words that may start a spelled-out number, in order. */
  readonly numberWords: number[] = [];
  /** Folded offsets of words that refer back to a place, in order. */
  readonly backReferences: number[] = [];

  constructor(
    private readonly text: string,
    private readonly folded: Folded,
  ) {}

  visit(start: number, end: number, split: SplitForms): void {
    if (split.context !== undefined) this.contexts.push({ start, end, figures: split.context });
    if (split.rival && rivalCaseOk(this.text, this.folded, start, end, split.rival)) {
      this.rivals.push({ start, end, id: undefined });
    }
    if (split.entity.length > 0) {
      // The original span is found only for the candidates that need it (see originalSpan).
      this.candidates.push({
        start,
        end,
        s: -1,
        e: -1,
        forms: split.entity,
        capitalised: false,
        titleCase: false,
        otherGiven: false,
      });
    }
    if (split.back) this.backReferences.push(start);
    const words = this.numberWords;
    if (split.number && words[words.length - 1] !== start) words.push(start);
  }
}

function figureMention(
  text: string,
  [start, end]: readonly [number, number],
  figure: Figure,
  agreement: Mention['agreement'],
  value: number,
): Mention {
  return { start, end, text, kind: 'figure', id: figure.id, agreement, pageValue: value };
}

/** Where toOriginalInto writes a span that is read at once (one array for all the pass's spans). */
const SPAN: [number, number] = [0, 0];

/** Rival places of three letters or fewer, dots aside ("US", "U.S.", "UK"). */
const SHORT_RIVALS = new Set(RIVAL_PLACES.filter((r) => r.replace(/\./g, '').length <= 3));

function rivalCaseOk(text: string, folded: Folded, start: number, end: number, form: Form): boolean {
  const span = toOriginalInto(folded, text, start, end, SPAN);
  const s = span[0];
  const e = span[1];
  // "US" is a country, "us" a pronoun: short names count only as written.
  if (SHORT_RIVALS.has(form.spelling)) return text.startsWith(form.spelling, s) && e - s === form.spelling.length;
  const first = text[s];
  return first !== undefined && first !== first.toLowerCase();
}

/** What both name passes read: the text, its folding, the scanner's candidates, and where places are collected. */
interface NamePass {
  text: string;
  folded: Folded;
  candidates: Candidate[];
  compiled: CompiledMatcher;
  verdict: string;
  kinds: ReadonlySet<MentionKind>;
  /** Places found, for figures to know what they are about (whether or not places are shown). */
  placeSubjects: SubjectHit[];
  /** Where mentions get their text: copies, which do not keep the page's text alive. */
  own: OwnSlices;
}

function validateNames(pass: NamePass, namedBefore: readonly string[]): Mention[] {
  const { compiled } = pass;
  // Each pass is a function of its own: a loop this long is optimised while it runs, and code optimised that way
  // for a whole page was seen thrown away again at the next, small pass (one appended paragraph).
  const namedInFull = new Set<string>();
  const fullNames: FullName[] = [];
  // Full mentions made before this text stand before its first character, in page order.
  namedBefore.forEach((id, i) => {
    const family = compiled.familyNameOf.get(id);
    if (family !== undefined) fullNames.push({ start: i - namedBefore.length, family, id });
  });
  readFullNames(pass, namedInFull, fullNames);
  // Grouped by family name and sorted, so each bare family name finds its nearest full mention by binary search.
  const fullByFamily = new Map<string, FullName[]>();
  // Found in text order (those named before it first), so they come sorted; the check keeps the binary search
  // right should that ever change, at the cost of one look per name.
  if (!sortedByStart(fullNames)) fullNames.sort((a, b) => a.start - b.start);
  for (let i = 0; i < fullNames.length; i++) {
    const f = fullNames[i]!;
    const list = fullByFamily.get(f.family);
    if (list) list.push(f);
    else fullByFamily.set(f.family, [f]);
  }

  return chooseNames(pass, namedInFull, fullByFamily);
}

/** Pass 1: which bodies are named in full (for word-like acronyms), and full names of people (speakers or not). */
function readFullNames(pass: NamePass, namedInFull: Set<string>, fullNames: FullName[]): void {
  const { text, folded, candidates, compiled } = pass;
  // Index loops in the per-candidate passes: on a page's first pass this code is not optimised yet, and every
  // for…of there made an iterator and a result object per step (a fifth of the pass's allocations).
  for (let ci = 0; ci < candidates.length; ci++) {
    const c = candidates[ci]!;
    const forms = c.forms;
    let full = false;
    let family: string | undefined;
    for (let fi = 0; fi < forms.length; fi++) {
      const form = forms[fi]!;
      if (form.type === 'name') namedInFull.add(form.id);
      else if (form.type === 'full-name') full = true;
      else if (form.type === 'family-name') family = form.folded;
    }
    if (full || family !== undefined) originalSpan(c, text, folded);
    if (full) c.capitalised = wordsCapitalised(text, c.s, c.e);
    if (family !== undefined) {
      // Every family-name form of one candidate has the candidate's text, so one look serves them all.
      const speakers = compiled.familyNames.get(family);
      c.titleCase = isTitleCaseAt(text, c.s, c.e);
      c.otherGiven =
        !!speakers && c.titleCase && otherPersonGivenName(text, c.s, c.e, speakers[0]!.givenNames) !== undefined;
    }
    for (let fi = 0; fi < forms.length; fi++) {
      const form = forms[fi]!;
      if (form.type === 'full-name' && c.capitalised) {
        fullNames.push({ start: c.s, family: compiled.familyNameOf.get(form.id)!, id: form.id });
      } else if (form.type === 'family-name' && c.otherGiven) {
        fullNames.push({ start: c.s, family: form.folded, id: undefined });
      }
    }
  }
}

/** Pass 2: choose, per start, the longest candidate whose spelling and context check out. */
function chooseNames(
  pass: NamePass,
  namedInFull: ReadonlySet<string>,
  fullByFamily: ReadonlyMap<string, FullName[]>,
): Mention[] {
  const { text, folded, candidates, compiled, verdict, kinds, placeSubjects, own } = pass;
  const out: Mention[] = [];
  let coveredUntil = -1;
  /** The speaker found last, and where (original offsets) their name ends. */
  let lastSpeaker: string | undefined;
  let lastSpeakerEnd = -1;
  for (let ci = 0; ci < candidates.length; ci++) {
    const c = candidates[ci]!;
    if (c.start < coveredUntil) continue;
    originalSpan(c, text, folded);
    const { s, e } = c;
    const original = text.slice(s, e);
    // "FENG Chujian of CASTED": a speaker's organization just after their name.
    const orgBefore =
      lastSpeaker !== undefined &&
      s - lastSpeakerEnd <= SPEAKER_ORG_GAP &&
      !SENTENCE_BREAK.test(text.slice(lastSpeakerEnd, s))
        ? compiled.organizationOf.get(lastSpeaker)
        : undefined;
    let id: string | undefined;
    let kind: MentionKind | undefined;
    for (let fi = 0; fi < c.forms.length; fi++) {
      const form = c.forms[fi]!;
      if (!formAccepted(form, c, original, text, namedInFull, orgBefore)) continue;
      if (form.type === 'family-name') {
        id = resolveFamilyName(form, c, text, fullByFamily.get(form.folded) ?? [], compiled, verdict);
        if (!id) continue;
      } else id = form.id;
      kind = form.kind;
      break;
    }
    if (id && kind) {
      // Places are what figures are about, whether or not places are shown.
      if (kind === 'place') placeSubjects.push({ start: c.start, end: c.end, id });
      else if (kind === 'organization') {
        const place = compiled.placeOfOrganization.get(id);
        if (place) placeSubjects.push({ start: c.start, end: c.end, id: place });
      }
      if (kinds.has(kind)) out.push({ start: s, end: e, text: own.copyOf(original), kind, id });
      coveredUntil = c.end;
      if (kind === 'person') {
        lastSpeaker = id;
        lastSpeakerEnd = e;
      }
    }
  }
  return out;
}

const NON_ASCII_SPACE = /\s/;

/**
 * Every word of text[s, e) starts with a capital ("LIU Hua", "Shen Changyu", "FENG Chu-jian"; not "liu hua"): words
 * are split at whitespace; after a hyphen a given name goes on in lower case. Read code unit by code unit, as this
 * runs for every full name on the page.
 */
function wordsCapitalised(text: string, s: number, e: number): boolean {
  let wordStart = true;
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    const separator = c === 0x20 || (c >= 0x09 && c <= 0x0d) || (c >= 0x80 && NON_ASCII_SPACE.test(text[i]!));
    if (separator) {
      if (i === s) return false;
      wordStart = true;
    } else if (wordStart) {
      const capital = c < 0x80 ? c >= 0x41 && c <= 0x5a : text[i] !== text[i]!.toLowerCase();
      if (!capital) return false;
      wordStart = false;
    }
  }
  return !wordStart;
}

/**
 * How far after a speaker's name their organization may stand and still be read as theirs ("HAN Peng of MOST",
 * "FENG Chujian, the Vice President of CASTED") — within the sentence ("HAN Peng spoke. MOST of the audience…").
 */
const SPEAKER_ORG_GAP = 40;
const SENTENCE_BREAK = /[.!?]\s|\n/;

const EDITION = /(?<![a-z])(?:gii|global innovation index)[ ](20\d\d)\b/g;

/**
 * The edition a page about another edition of the index is about: the year it writes most often after the index's
 * name ("GII 2023", "Global Innovation Index 2026"), the later on a tie; undefined where it names none. What "this
 * year" and "last year" are told from: on a GII 2023 page "this year" is 2023, on a GII 2026 preview "last year" is
 * 2025.
 */
function editionYear(folded: string): number | undefined {
  const counts = new Map<number, number>();
  for (const m of folded.matchAll(EDITION)) {
    const year = Number(m[1]);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [year, n] of counts) {
    const most = best === undefined ? 0 : counts.get(best)!;
    if (n > most || (n === most && year > best!)) best = year;
  }
  return best;
}

function formAccepted(
  form: Form,
  c: Candidate,
  original: string,
  text: string,
  namedInFull: ReadonlySet<string>,
  /** The organization of a speaker named just before, if any. */
  orgBefore: string | undefined,
): boolean {
  const { s, e } = c;
  switch (form.type) {
    case 'name':
      // The event's names are descriptions in title case: "the GII 2025 Roundtable" names it, "the GII 2025
      // roundtable" describes a meeting.
      if (form.kind === 'event') return capitalsKept(original, form.spelling);
      // "china" is porcelain, "China" the country: names start with a capital (or a digit).
      return original[0] !== original[0]?.toLowerCase() || /\d/.test(original[0] ?? '');
    case 'full-name':
      return c.capitalised;
    case 'family-name':
      // "Commissioner SHEN said": in capitals, as Chinese papers print family names, after a title or honorific.
      return (
        c.titleCase || (original.length > 1 && original === original.toUpperCase() && honorificBefore(text, s).found)
      );
    case 'acronym': {
      const wordLike = WORD_ACRONYMS.has(form.folded);
      if (original === form.spelling) {
        // "MOST" is the ministry only where the page names it in full and is not shouting ("MOST READ"), where it
        // stands alone in brackets, as acronyms do after a name ("HAN Peng (MOST)"), or where it follows the name
        // of a speaker from it ("FENG Chujian of CASTED").
        if (!wordLike || bracketed(text, s, e)) return true;
        return (namedInFull.has(form.id) || orgBefore === form.id) && !shouting(text, s, e);
      }
      // Some style guides write long acronyms in title case ("Wipo"); never for word-like ones.
      return !wordLike && form.spelling.length >= 4 && isTitleCase(original);
    }
  }
}

/** Every word `spelling` capitalises starts with a capital in `original` too (word by word, where both agree). */
function capitalsKept(original: string, spelling: string): boolean {
  const words = original.split(/[\s-]+/);
  const model = spelling.split(/[\s-]+/);
  if (words.length !== model.length) return original[0] !== original[0]?.toLowerCase();
  return model.every((w, i) => w[0] === w[0]?.toLowerCase() || words[i]![0] !== words[i]![0]?.toLowerCase());
}

/** text[s, e) is all that stands between a pair of brackets. */
function bracketed(text: string, s: number, e: number): boolean {
  return text.charCodeAt(s - 1) === 0x28 && text.charCodeAt(e) === 0x29;
}

/** The words around [s, e) are in capitals too: a headline or a menu, not a sentence. */
function shouting(text: string, s: number, e: number): boolean {
  const before = /([A-Za-z]+)[^A-Za-z]{1,3}$/.exec(text.slice(Math.max(0, s - 20), s))?.[1];
  const after = /^[^A-Za-z]{1,3}([A-Za-z]+)/.exec(text.slice(e, e + 20))?.[1];
  const caps = (w: string | undefined) => !!w && w.length > 1 && w === w.toUpperCase();
  return caps(before) || caps(after);
}

function resolveFamilyName(
  form: Form,
  c: Candidate,
  text: string,
  sameFamily: readonly FullName[],
  compiled: CompiledMatcher,
  verdict: string,
): string | undefined {
  const speakers = compiled.familyNames.get(form.folded) ?? [];
  const speaker = speakerById(speakers, form.id);
  if (!speaker) return undefined;
  const s = c.s;
  const honorific = honorificBefore(text, s);
  if (FALSE_FRIEND_FAMILY_NAMES.has(form.folded) && !honorific.found) {
    if (!FAMILY_NAMES_AFTER_FULL_MENTION.has(form.folded) || lastBefore(sameFamily, s)?.id !== form.id)
      return undefined;
  }
  // "Zhang Wei", "Daniel Fink": someone else with the speaker's family name (looked for in the first pass).
  if (c.otherGiven) return undefined;

  let resolved: string | undefined;
  const preceding = lastBefore(sameFamily, s);
  if (preceding) {
    resolved = preceding.id; // the nearest preceding full mention decides, even when it is someone else
  } else if (sameFamily.length > 0) {
    // Named in full only after this point: link when that is the only person of this name on the page.
    const ids = new Set<string | undefined>();
    for (const f of sameFamily) if (ids.add(f.id).size > 1) break;
    resolved = ids.size === 1 && speakers.length === 1 ? [...ids][0] : undefined;
  } else if (verdict !== 'unrelated' && speakers.length === 1) {
    resolved = speakers[0]!.id;
  }
  // Each speaker with this family name has its own form with the same text: answer only for this one.
  if (resolved !== form.id) return undefined;
  const genderOk = !honorific.gender || speaker.female === (honorific.gender === 'female');
  return genderOk ? resolved : undefined;
}

function sortedByStart(items: readonly { start: number }[]): boolean {
  for (let i = 1; i < items.length; i++) if (items[i - 1]!.start > items[i]!.start) return false;
  return true;
}

/** The speaker with `id` among those of one family name (a loop: this runs for every bare family name). */
function speakerById<T extends { id: string }>(speakers: readonly T[], id: string): T | undefined {
  for (let i = 0; i < speakers.length; i++) if (speakers[i]!.id === id) return speakers[i];
  return undefined;
}

/** The last full mention that starts before `at` (the list is sorted by start). */
function lastBefore(list: readonly FullName[], at: number): FullName | undefined {
  const k = firstStartingAtOrAfter(list, at);
  return k > 0 ? list[k - 1] : undefined;
}

/**
 * Longest first where two overlap, for two lists that are each in text order without overlaps (names, figures):
 * the result never overlaps and is in text order. One merge, one sweep; on equal spans the name comes first.
 */
function resolveOverlaps(names: readonly Mention[], figures: readonly Mention[]): Mention[] {
  const taken: Mention[] = [];
  let i = 0;
  let j = 0;
  for (;;) {
    // Both ends are tested on every round and nothing is read past them: a test first met at the end of a page's
    // lists was seen to throw the optimised loop away at every later pass.
    const a = i < names.length ? names[i] : undefined;
    const b = j < figures.length ? figures[j] : undefined;
    if (a === undefined && b === undefined) break;
    let m: Mention;
    if (a && (!b || a.start < b.start || (a.start === b.start && a.end >= b.end))) {
      m = a;
      i++;
    } else {
      m = b!;
      j++;
    }
    let last = taken[taken.length - 1];
    if (!last || m.start >= last.end) {
      taken.push(m);
      continue;
    }
    if (m.end - m.start <= last.end - last.start) continue;
    // m is longer than what it overlaps: it replaces every earlier mention it overlaps.
    while (last && m.start < last.end) {
      taken.pop();
      last = taken[taken.length - 1];
    }
    taken.push(m);
  }
  return taken;
}
