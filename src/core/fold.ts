// Folding makes every spelling real news uses look the same to the matcher — case, diacritics (Alemán/Aleman),
// dashes (Shanghai–Suzhou / Shanghai-Suzhou / Shanghai - Suzhou), apostrophes (Xi'an / Xi’an), odd spaces — while
// remembering, for every folded character, where it came from, so a match maps back to the original text exactly.
import { partitionPoint } from './search';

export interface Folded {
  /**
   * Lower-case, diacritic-free text; whitespace runs are one space, or "\n" where the run holds a line break that
   * does more than wrap a line inside a sentence (see wrapsLine).
   */
  text: string;
  /**
   * Where folded characters came from, compactly: pairs (foldedIndex, originalIndex) at every point where the
   * offset between the two changes. Between breakpoints each folded character comes from the next original one,
   * so most pages need only a few thousand pairs instead of one number per character.
   */
  breaks: Int32Array;
  /** Length of the original text, so a span ending at the folded end maps to the original end. */
  originalLength: number;
  /** The breakpoint pair `originOf` found last (where the next look-up starts). */
  cursor: number;
}

/**
 * The index in the original text of the code unit that produced folded character `i`. A scan asks in nearly
 * increasing order (a start, its end, the next start), so the search walks from the breakpoint it found last
 * instead of searching the whole map each time.
 */
export function originOf(folded: Folded, i: number): number {
  const b = folded.breaks;
  const pairs = b.length >> 1;
  let k = folded.cursor;
  if (k >= pairs) k = 0;
  if (b[k * 2]! > i) {
    // Backwards: a short step back is common (the next start before the last end); far back, search.
    if (k > 8 && b[(k - 8) * 2]! > i) k = lastBreakAtOrBefore(b, i);
    else while (k > 0 && b[k * 2]! > i) k--;
  } else {
    let steps = 0;
    while (k + 1 < pairs && b[(k + 1) * 2]! <= i) {
      k++;
      if (++steps === 8 && k + 1 < pairs && b[(k + 1) * 2]! <= i) {
        k = lastBreakAtOrBefore(b, i);
        break;
      }
    }
  }
  folded.cursor = k;
  return b[k * 2 + 1]! + (i - b[k * 2]!);
}

/** Binary search for the last breakpoint at or before folded index `i` (the first pair is (0, 0), never after it). */
function lastBreakAtOrBefore(b: Int32Array, i: number): number {
  return Math.max(0, partitionPoint(b.length >> 1, (k) => b[k * 2]! <= i) - 1);
}

const SPACE = 0x20;
const NEWLINE = 0x0a;
const nonAsciiCache = new Map<string, string>();
const MARKS = /\p{M}/gu;

/** How one non-ASCII character folds: '' (dropped), ' ', '\n', '-', "'", or its diacritic-free lower case. */
export function foldNonAscii(ch: string): string {
  let out = nonAsciiCache.get(ch);
  if (out !== undefined) return out;
  const code = ch.charCodeAt(0);
  if (isDashCode(code)) {
    out = '-';
  } else if (code === 0x2018 || code === 0x2019 || code === 0x02bc || code === 0x2032 || code === 0x00b4) {
    out = "'";
  } else if (code === 0x2028 || code === 0x2029 || code === 0x0085) {
    out = '\n';
  } else if (code === 0x00ad || code === 0x200b || code === 0x200c || code === 0x200d || code === 0xfeff) {
    out = ''; // soft hyphens and zero-width characters split words invisibly: drop them
  } else if (/\s/u.test(ch)) {
    out = ' ';
  } else {
    out = ch.normalize('NFD').replace(MARKS, '').toLowerCase();
  }
  nonAsciiCache.set(ch, out);
  return out;
}

/**
 * Where folding may change more than ASCII case: every character outside printable ASCII (whitespace other than a
 * plain space, control characters, non-ASCII) and every dash. A single character class, so the engine skips
 * through plain text at memchr speed; runs of plain spaces are found by a second expression, and the spaces before a
 * dash by looking back from it. Between two such places the folded text is the original in lower case, character
 * for character, and is copied in one slice.
 */
const NOT_PLAIN = /[^\x20-\x2c\x2e-\x7e]/g;
/** Two plain spaces: an expression rather than indexOf, which is twice as slow on text full of single spaces. */
const DOUBLE_SPACE = / {2}/g;
const NON_ASCII_SPACE = /\s/;
const LINE_BREAK_CODES = new Set([0x0a, 0x0b, 0x0c, 0x0d, 0x2028, 0x2029, 0x0085]);

/** JavaScript's `\s`, by code unit. */
export function isSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return (c === 0xa0 || c >= 0x1680) && NON_ASCII_SPACE.test(String.fromCharCode(c));
}

/** The dashes that fold to "-": ASCII hyphen-minus, U+2010–2015, minus, small and full-width hyphen-minus. */
function isDashCode(c: number): boolean {
  return c === 0x2d || (c >= 0x2010 && c <= 0x2015) || c === 0x2212 || c === 0xfe58 || c === 0xfe63 || c === 0xff0d;
}

/**
 * Where a global expression whose matches all have `length` code units next matches (from its lastIndex), or the
 * text's length. `test` rather than `exec`: no match object is made for each of a page's thousands of matches.
 */
function nextMatch(re: RegExp, text: string, length: number): number {
  return re.test(text) ? re.lastIndex - length : text.length;
}

const LOWER_CASE_LETTER = /\p{Ll}/u;

/**
 * Whether the whitespace starting at `at` only wraps a line inside a sentence, and so reads as a space: one line
 * break (a blank line ends a paragraph), after a line that does not end a sentence, before one that goes on in lower
 * case. Text converted from PDF, hard-wrapped mail and `<br>`-broken paragraphs break lines mid-sentence ("home to
 * over 1,400 research institutions and⏎nearly one million technicians"); a headline, a list of names or a table row
 * does not go on in lower case.
 */
function wrapsLine(text: string, at: number): boolean {
  let before = at - 1;
  while (before >= 0 && (text.charCodeAt(before) === SPACE || text.charCodeAt(before) === 0x09)) before--;
  if (before < 0) return false;
  const last = text.charCodeAt(before);
  // . ? ! : ;
  if (last === 0x2e || last === 0x3f || last === 0x21 || last === 0x3a || last === 0x3b) return false;
  let breaks = 0;
  let i = before + 1;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE) breaks++;
    else if (c !== SPACE && c !== 0x09 && c !== 0x0d) break;
  }
  if (breaks !== 1 || i >= text.length) return false;
  const next = text.charCodeAt(i);
  if (next < 0x80) return next >= 0x61 && next <= 0x7a;
  return LOWER_CASE_LETTER.test(text[i]!);
}

/** Folds `text` in one linear pass: two expressions find the few places that need more than lower case. */
export function fold(text: string): Folded {
  const n = text.length;
  const lower = text.toLowerCase();
  // toLowerCase keeps ASCII stretches aligned unless some character changed length ("İ"): then slice per piece.
  const aligned = lower.length === n;
  const pieces: string[] = [];
  const breaks: number[] = [0, 0];
  let len = 0; // folded length so far
  let delta = 0; // original index - folded index in the current stretch
  let copied = 0; // original index up to which the text has been handled
  let lastPiece = ''; // the last piece emitted (for whitespace that \s does not know)

  const emit = (piece: string, origin: number) => {
    if (origin - len !== delta) {
      delta = origin - len;
      breaks.push(len, origin);
    }
    pieces.push(piece);
    lastPiece = piece;
    len += piece.length;
  };
  const copy = (from: number, to: number) => {
    if (to <= from) return;
    emit(aligned ? lower.slice(from, to) : text.slice(from, to).toLowerCase(), from);
  };

  NOT_PLAIN.lastIndex = 0;
  let special = nextMatch(NOT_PLAIN, text, 1);
  DOUBLE_SPACE.lastIndex = 0;
  let doubleSpace = nextMatch(DOUBLE_SPACE, text, 2);
  for (;;) {
    if (special < copied) {
      NOT_PLAIN.lastIndex = copied;
      special = nextMatch(NOT_PLAIN, text, 1);
    }
    if (doubleSpace < copied) {
      DOUBLE_SPACE.lastIndex = copied;
      doubleSpace = nextMatch(DOUBLE_SPACE, text, 2);
    }
    const at = Math.min(special, doubleSpace);
    if (at >= n) break;
    const c = text.charCodeAt(at);
    if (isSpaceCode(c) || isDashCode(c)) {
      // A run of whitespace and dashes, with the plain spaces before it: "Shanghai - Suzhou", "a \t b".
      let from = at;
      while (from > copied && text.charCodeAt(from - 1) === 0x20) from--;
      let to = at;
      let firstDash = -1;
      let breakBeforeDash = false;
      let lineBreak = false;
      for (; to < n; to++) {
        const d = text.charCodeAt(to);
        if (isDashCode(d)) {
          if (firstDash < 0) firstDash = to;
          continue;
        }
        if (!isSpaceCode(d)) break;
        if (LINE_BREAK_CODES.has(d)) {
          lineBreak = true;
          if (firstDash < 0) breakBeforeDash = true;
        }
      }
      if (firstDash < 0 && to - from === 1 && c === NEWLINE && (len > 0 || from > copied) && to < n) {
        if (!wrapsLine(text, at)) {
          // A lone line break between words folds to itself: it stays inside the stretch that is copied whole.
          NOT_PLAIN.lastIndex = to;
          special = nextMatch(NOT_PLAIN, text, 1);
          continue;
        }
        copy(copied, at);
        copied = to;
        emit(' ', at);
        continue;
      }
      copy(copied, from);
      copied = to;
      if (firstDash >= 0) {
        // One "-", with a line break kept if the whitespace before the first dash held one.
        if (breakBeforeDash && len > 0) emit('\n', from);
        emit('-', firstDash);
      } else if (to - from > 1 || c !== 0x20) {
        // A whitespace run is one space, or one line break if it holds one; none at the very start or end.
        if (len > 0 && to < n) emit(lineBreak && !wrapsLine(text, from) ? '\n' : ' ', from);
      }
      continue;
    }
    if (c < 0x80) {
      // A control character or DEL: folded as itself, so only the search moves on.
      NOT_PLAIN.lastIndex = at + 1;
      special = nextMatch(NOT_PLAIN, text, 1);
      continue;
    }
    const pair = c >= 0xd800 && c <= 0xdbff && at + 1 < n && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00;
    const ch = pair ? text.slice(at, at + 2) : text[at]!;
    copy(copied, at);
    copied = at + ch.length;
    const folded = foldNonAscii(ch);
    if (folded === ' ' || folded === '\n') {
      // Whitespace that \s does not know (U+0085): one space, unless whitespace is already on either side.
      const before = lastPiece.charCodeAt(lastPiece.length - 1);
      if (len > 0 && before !== SPACE && before !== NEWLINE && text.charCodeAt(copied) !== SPACE) emit(folded, at);
    } else {
      // Dashes never get here (they start runs above): what is left is the character without its marks in lower
      // case, an apostrophe, or nothing.
      for (let k = 0; k < folded.length; k++) emit(folded[k]!, at);
    }
  }
  copy(copied, n);
  const out = pieces.join('');
  return {
    text: out.endsWith(' ') ? out.slice(0, -1) : out,
    breaks: Int32Array.from(breaks),
    originalLength: n,
    cursor: 0,
  };
}

/** What makes folding more than lower case: a character NOT_PLAIN stops at, or two spaces in a row (DOUBLE_SPACE). */
const NEEDS_FOLDING = new RegExp(`${NOT_PLAIN.source}|${DOUBLE_SPACE.source}`);

/**
 * Folds a short phrase (a name, an alias) the same way page text is folded. The matcher folds hundreds of them on
 * every page that loads the engine; most are plain ASCII, for which folding is lower case, so they skip the map of
 * offsets that `fold` builds.
 */
export function foldPhrase(phrase: string): string {
  if (!NEEDS_FOLDING.test(phrase)) return phrase.toLowerCase().trim();
  return fold(phrase).text.trim();
}

const COMBINING = /\p{M}/u;

/** Maps a folded span [start, end) back to the original text. */
export function toOriginal(folded: Folded, original: string, start: number, end: number): [number, number] {
  return toOriginalInto(folded, original, start, end, [0, 0]);
}

/** toOriginal, written into `out` (the matcher maps thousands of spans and reads each at once). */
export function toOriginalInto(
  folded: Folded,
  original: string,
  start: number,
  end: number,
  out: [number, number],
): [number, number] {
  const from = start < folded.text.length ? originOf(folded, start) : folded.originalLength;
  let to = end > 0 ? originOf(folded, end - 1) + 1 : from;
  // Keep a surrogate pair and any combining marks that followed the last character inside the span.
  const last = original.charCodeAt(to - 1);
  if (last >= 0xd800 && last <= 0xdbff) to++;
  // Combining marks start at U+0300: an ASCII or Latin-1 character after the span ends it without a test.
  while (to < original.length && original.charCodeAt(to) >= 0x300 && COMBINING.test(original[to]!)) to++;
  out[0] = from;
  out[1] = to;
  return out;
}

const WORD = /[\p{L}\p{N}]/u;
/** ASCII word characters of folded text: lower-case letters, digits and "_" ("foo_liu" is one identifier). */
export const ASCII_WORD = new Uint8Array(128);
ASCII_WORD[0x5f] = 1;
for (let c = 0x30; c <= 0x39; c++) ASCII_WORD[c] = 1;
for (let c = 0x61; c <= 0x7a; c++) ASCII_WORD[c] = 1;

/** A word character of folded text: ASCII letters and digits, or any other letter. */
export function isWordChar(code: number): boolean {
  if (code < 0x80) return ASCII_WORD[code] === 1;
  return WORD.test(String.fromCharCode(code));
}
