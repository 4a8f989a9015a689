// Is this page about the GII 2025 (or the roundtable), about the GII in general, or neither? Cheap by construction:
// a page with no GII keyword in its title, address or first PREFIX_CHARS characters is dismissed after one
// regular-expression test, before any heavy work.
import type { Classification, PageInfo, Verdict } from './types';

/** How much of the text the keyword pre-check reads. */
export const PREFIX_CHARS = 30_000;
/** How much of the text the full judgement reads: a news page says what it is about long before this. */
export const JUDGED_CHARS = 200_000;

/** Any of these may make a page GII-related; without one, the page is unrelated. */
const KEYWORD =
  /global[\s-]+innovation[\s-]+index|\bGII\b|(?:science[\s-]+and[\s-]+technology|S&T|innovation)[\s-]+clusters?|high-level roundtable/i;
/**
 * A word every KEYWORD and URL_KEYWORD match contains. Tested first, once, over the title, the prefix and the address
 * together: on a page without any of them (nearly every page on the web) this one simple expression is the only one
 * compiled and run. V8 compiles an expression again for each string storage it meets, so one string, not three.
 */
const KEYWORD_WORD = /innovation|gii|cluster|roundtable/i;
const URL_KEYWORD = /global[-_]?innovation[-_]?index|\bgii\b|innovation[-_]clusters?/i;

const GII_NAME = /\bGlobal[\s-]+Innovation[\s-]+Index\b|\bGLOBAL[\s-]+INNOVATION[\s-]+INDEX\b/g;
const GII_ACRONYM = /\bGII\b/g;
const WIPO = /\bWIPO\b|\bWipo\b|World Intellectual Property Organi[sz]ation/;
const CLUSTER_RANKING =
  /(?:science[\s-]+and[\s-]+technology|S&T|innovation)[\s-]+clusters?\b[^.\n]{0,160}?\btop[\s-]+100\b|\btop[\s-]+100\b[^.\n]{0,160}?(?:science[\s-]+and[\s-]+technology|S&T|innovation)[\s-]+clusters?\b/gi;
const ROUNDTABLE = /High-level Roundtable on the (?:GII|Global Innovation Index)(?: \(GII\))? 2025/i;
/** Other indexes a page may be about instead. */
const OTHER_INDEX =
  /Global Competitiveness (?:Index|Report)|Human Development (?:Index|Report)|Bloomberg Innovation Index|(?:European|EU) Innovation Scoreboard|Innovation Scoreboard|World Competitiveness (?:Ranking|Yearbook)|(?:city|regional|provincial|national|corporate|company|county|state)(?:'s)? innovation index|innovation index (?:compiled|published|released) by (?!WIPO)|Startup Ecosystem|Nature Index|Ease of Doing Business/gi;
/** The 2025 edition named outright. */
const EDITION_2025 =
  /\b(?:GII|Global Innovation Index)(?: \(GII\))?[\s-]*2025\b|\b2025[\s-]+(?:edition of the )?(?:GII|Global Innovation Index)\b|\b2025 (?:edition|report|ranking|rankings)\b/gi;
/** Years written near a GII mention (within ~60 characters). */
const GII_YEAR =
  /(?:GII|Global Innovation Index)[^.\n]{0,60}?\b((?:19|20)\d\d)\b|\b((?:19|20)\d\d)\b[^.\n]{0,60}?(?:GII|Global Innovation Index)/gi;
/** Speakers' full names in the forms the article prints them, for the roundtable signal. */
const SPEAKER_NAMES =
  /\b(?:LIU Hua|Liu Hua|Marco Alem[aá]n|Marco ALEM[AÁ]N|SHEN Changyu|Shen Changyu|Carsten Fink|Carsten FINK|HAN Peng|Han Peng|FENG Chujian|Feng Chujian|WANG Ying|Wang Ying)\b/g;

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Whether the start of the page (`head`: title and prefix) holds one of the keywords without which a page is
 * unrelated, or the address (`url`) does.
 */
export function passesKeywordGate(head: string, url: string): boolean {
  // The words contain no line break, so they cannot match across the one joining the two: one test answers as two.
  if (!KEYWORD_WORD.test(`${head}\n${url}`)) return false;
  return KEYWORD.test(head) || URL_KEYWORD.test(url);
}

export function classify(text: string, page: PageInfo = {}): Classification {
  const title = page.title ?? '';
  const url = page.url ?? '';
  const head = `${title}\n${text.slice(0, PREFIX_CHARS)}`;
  if (!passesKeywordGate(head, url)) {
    return {
      verdict: 'unrelated',
      score: 0,
      reasons: ['No mention of the Global Innovation Index in the title, the address or the start of the page.'],
    };
  }

  const all = `${title}\n${text.length > JUDGED_CHARS ? text.slice(0, JUDGED_CHARS) : text}`;
  const reasons: string[] = [];
  const names = count(GII_NAME, all);
  const acronyms = count(GII_ACRONYM, all);
  const clusters = count(CLUSTER_RANKING, all);
  const others = count(OTHER_INDEX, all);
  const wipo = WIPO.test(all);
  const roundtable = ROUNDTABLE.test(all);
  const inTitle = GII_NAME.test(title) || /\bGII\b/.test(title) || URL_KEYWORD.test(url);
  GII_NAME.lastIndex = 0;

  const evidence = names * 2 + acronyms + clusters * 2 + (wipo ? 1 : 0) + (roundtable ? 5 : 0) + (inTitle ? 3 : 0);
  if (names) reasons.push(`Names the Global Innovation Index ${plural(names, 'time')}.`);
  if (acronyms) reasons.push(`Uses the acronym GII ${plural(acronyms, 'time')}.`);
  if (clusters) reasons.push(`Speaks of the top 100 science and technology clusters.`);
  if (wipo) reasons.push('Names WIPO, which publishes the index.');
  if (inTitle) reasons.push('The title or address is about the GII.');
  if (roundtable) reasons.push('Names the High-level Roundtable on the GII 2025.');

  // A page about another index that mentions the GII in passing is about that index.
  if (others > 0 && others >= names + acronyms && !roundtable) {
    reasons.push(`Is about another index (${plural(others, 'mention')} of indexes that are not WIPO's).`);
    return { verdict: 'unrelated', score: evidence - others * 3, reasons };
  }
  // One passing mention, not in the title, does not make a page about the GII.
  const aboutGii =
    roundtable ||
    inTitle ||
    names + acronyms >= 2 ||
    (names + acronyms >= 1 && (wipo || clusters > 0)) ||
    (clusters > 0 && wipo);
  if (!aboutGii) {
    reasons.push('Mentions the GII only in passing.');
    return { verdict: 'unrelated', score: evidence, reasons };
  }

  const verdict: Verdict = is2025(all, title, url, roundtable, reasons) ? 'gii-2025' : 'gii-related';
  return { verdict, score: evidence, reasons };
}

function is2025(all: string, title: string, url: string, roundtable: boolean, reasons: string[]): boolean {
  if (roundtable) return true;
  const speakers = new Set((all.match(SPEAKER_NAMES) ?? []).map((s) => s.toLowerCase())).size;
  const years = new Map<number, number>();
  GII_YEAR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = GII_YEAR.exec(all))) {
    const year = Number(m[1] ?? m[2]);
    years.set(year, (years.get(year) ?? 0) + 1);
  }
  const editions = count(EDITION_2025, all);
  const y2025 = years.get(2025) ?? 0;
  const otherYears = [...years.entries()].filter(([y]) => y !== 2025);
  const topOther = otherYears.reduce((max, [, n]) => Math.max(max, n), 0);
  const titled2025 = /\b2025\b/.test(title) || /\b2025\b/.test(url);
  const titledOther = /\b(?:20(?:0\d|1\d|2[0-46-9]))\b/.test(title);

  if (speakers >= 2) {
    reasons.push(`Names ${speakers} roundtable speakers.`);
    return true;
  }
  if (titledOther && !titled2025) {
    reasons.push('The title dates the story to another year of the index.');
    return false;
  }
  if (editions > 0 && y2025 + editions > topOther) {
    reasons.push(`Names the 2025 edition ${plural(editions, 'time')}.`);
    return true;
  }
  if (y2025 > 0 && y2025 >= topOther && (titled2025 || y2025 > topOther)) {
    reasons.push('Dates its GII mentions to 2025.');
    return true;
  }
  if (titled2025 && topOther === 0) {
    reasons.push('The title or address dates the story to 2025.');
    return true;
  }
  reasons.push(
    otherYears.length > 0
      ? `Speaks of the GII in ${otherYears
          .map(([y]) => y)
          .sort()
          .join(', ')}, not of the 2025 edition.`
      : 'Speaks of the GII in general, not of the 2025 edition.',
  );
  return false;
}
