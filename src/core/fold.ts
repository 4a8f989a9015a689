// Folding makes every spelling real news uses look the same to the matcher — case, diacritics (Alemán/Aleman),
// dashes (Shanghai–Suzhou / Shanghai-Suzhou / Shanghai - Suzhou), apostrophes (Xi'an / Xi’an), odd spaces — while
// remembering, for every folded character, where it came from, so a match maps back to the original text exactly.

export interface Folded {
  /** Lower-case, diacritic-free text; whitespace runs are one space, or "\n" where the run holds a line break. */
  text: string;
  /** `origin[i]` is the index in the original text of the code unit that produced folded character i. */
  origin: Int32Array;
  /** Length of the original text, so a span ending at the folded end maps to the original end. */
  originalLength: number;
}

const SPACE = 0x20;
const NEWLINE = 0x0a;
const DASH = 0x2d;

const nonAsciiCache = new Map<string, string>();
const MARKS = /\p{M}/gu;

/** How one non-ASCII character folds: '' (dropped), ' ', '\n', '-', "'", or its diacritic-free lower case. */
function foldNonAscii(ch: string): string {
  let out = nonAsciiCache.get(ch);
  if (out !== undefined) return out;
  const code = ch.charCodeAt(0);
  if ((code >= 0x2010 && code <= 0x2015) || code === 0x2212 || code === 0xfe58 || code === 0xfe63 || code === 0xff0d) {
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

/** Folds `text` in one linear pass. */
export function fold(text: string): Folded {
  const n = text.length;
  let codes = new Uint16Array(n + 16);
  let origin = new Int32Array(n + 16);
  let len = 0;
  // Whitespace is held back so a run becomes one character, and so " - " can fold to "-".
  let pendingSpace = -1; // original index of the first held-back whitespace, or -1
  let pendingNewline = false;
  let afterDash = false;

  const push = (code: number, from: number) => {
    if (len === codes.length) {
      // Only when characters fold to several (ligatures): grow both arrays.
      const grownCodes = new Uint16Array(codes.length * 2);
      grownCodes.set(codes);
      codes = grownCodes;
      const grownOrigin = new Int32Array(codes.length);
      grownOrigin.set(origin);
      origin = grownOrigin;
    }
    codes[len] = code;
    origin[len] = from;
    len++;
  };
  const holdSpace = (from: number, newline: boolean) => {
    if (afterDash) return; // "Shanghai - Suzhou": no space after the dash
    if (pendingSpace < 0) pendingSpace = from;
    if (newline) pendingNewline = true;
  };
  const flushSpace = () => {
    if (pendingSpace >= 0 && len > 0) push(pendingNewline ? NEWLINE : SPACE, pendingSpace);
    pendingSpace = -1;
    pendingNewline = false;
  };
  const pushDash = (from: number) => {
    if (!pendingNewline) pendingSpace = -1; // "Shanghai - Suzhou": no space before the dash
    flushSpace();
    push(DASH, from);
    afterDash = true;
  };

  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      if (c === SPACE || c === 0x09 || c === 0x0c || c === NEWLINE || c === 0x0d || c === 0x0b) {
        holdSpace(i, c === NEWLINE);
      } else if (c === DASH) {
        pushDash(i);
      } else {
        if (c >= 0x41 && c <= 0x5a) c += 0x20;
        flushSpace();
        afterDash = false;
        push(c, i);
      }
      continue;
    }
    // Non-ASCII: a surrogate pair folds as one character.
    const wide = c >= 0xd800 && c <= 0xdbff && i + 1 < n;
    const folded = foldNonAscii(wide ? text.slice(i, i + 2) : text[i]!);
    if (folded === ' ' || folded === '\n') {
      holdSpace(i, folded === '\n');
    } else if (folded === '-') {
      pushDash(i);
    } else if (folded.length > 0) {
      flushSpace();
      afterDash = false;
      for (let k = 0; k < folded.length; k++) push(folded.charCodeAt(k), i);
    }
    if (wide) i++;
  }
  // A trailing whitespace run is dropped: it ends no word that matters.
  let out = '';
  const CHUNK = 8192;
  for (let k = 0; k < len; k += CHUNK) {
    out += String.fromCharCode.apply(null, codes.subarray(k, Math.min(len, k + CHUNK)) as unknown as number[]);
  }
  return { text: out, origin: origin.subarray(0, len), originalLength: n };
}

/** Folds a short phrase (a name, an alias) the same way page text is folded. */
export function foldPhrase(phrase: string): string {
  return fold(phrase).text.trim();
}

const COMBINING = /\p{M}/u;

/** Maps a folded span [start, end) back to the original text. */
export function toOriginal(folded: Folded, original: string, start: number, end: number): [number, number] {
  const from = folded.origin[start] ?? folded.originalLength;
  let to = end > 0 ? folded.origin[end - 1]! + 1 : from;
  // Keep a surrogate pair and any combining marks that followed the last character inside the span.
  const last = original.charCodeAt(to - 1);
  if (last >= 0xd800 && last <= 0xdbff) to++;
  while (to < original.length && COMBINING.test(original[to]!)) to++;
  return [from, to];
}

/** A word character of folded text: ASCII letters and digits, or any other letter. */
export function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
  return code !== 0x2d && code !== 0x27 && WORD.test(String.fromCharCode(code));
}
const WORD = /[\p{L}\p{N}]/u;
