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

const PLAIN = 0;
const WHITE = 1;
const DASHED = 2;
/** For each ASCII code: plain (kept, lower-cased), whitespace, or the dash. */
const ASCII_KIND = new Uint8Array(128);
const ASCII_FOLD = new Uint16Array(128);
for (let c = 0; c < 128; c++) {
  ASCII_FOLD[c] = c >= 0x41 && c <= 0x5a ? c + 0x20 : c;
  ASCII_KIND[c] = c === SPACE || c === 0x09 || c === 0x0c || c === NEWLINE || c === 0x0d || c === 0x0b ? WHITE : c === DASH ? DASHED : PLAIN;
}

const nonAsciiCache = new Map<string, string>();
const UTF16 = new TextDecoder('utf-16le');
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

/** Folds `text` in one linear pass. No closures in the loop: V8 keeps every variable in a register. */
export function fold(text: string): Folded {
  const n = text.length;
  let codes = new Uint16Array(n + 16);
  let origin = new Int32Array(n + 16);
  let len = 0;
  // Whitespace is held back so a run becomes one character, and so " - " can fold to "-".
  let pendingSpace = -1; // original index of the first held-back whitespace, or -1
  let pendingNewline = false;
  let afterDash = false;

  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    // The hot path: a plain ASCII character after no held whitespace. Each original character yields at most one
    // folded character (a held space comes from an earlier one), so the arrays sized n + 16 cannot overflow here.
    if (c < 0x80 && pendingSpace < 0 && ASCII_KIND[c] === PLAIN) {
      codes[len] = ASCII_FOLD[c]!;
      origin[len++] = i;
      afterDash = false;
      continue;
    }
    let kind: number;
    let out = 0; // the folded code, for PLAIN
    let many: string | undefined; // a non-ASCII character that folds to several (or zero) characters
    const from = i;
    if (c < 0x80) {
      kind = ASCII_KIND[c]!;
      out = ASCII_FOLD[c]!;
    } else {
      // Non-ASCII: a surrogate pair folds as one character.
      const wide = c >= 0xd800 && c <= 0xdbff && i + 1 < n;
      const folded = foldNonAscii(wide ? text.slice(i, i + 2) : text[i]!);
      if (wide) i++;
      if (folded === ' ' || folded === '\n') kind = WHITE;
      else if (folded === '-') kind = DASHED;
      else if (folded.length === 1) {
        kind = PLAIN;
        out = folded.charCodeAt(0);
      } else {
        if (folded.length === 0) continue; // dropped (soft hyphen, zero-width space)
        kind = PLAIN;
        many = folded;
      }
    }
    if (kind === WHITE) {
      if (afterDash) continue; // "Shanghai - Suzhou": no space after the dash
      if (pendingSpace < 0) pendingSpace = from;
      if (c === NEWLINE || c === 0x2028 || c === 0x2029 || c === 0x85) pendingNewline = true;
      continue;
    }
    if (kind === DASHED && !pendingNewline) pendingSpace = -1; // no space before the dash either
    // Room for a held space, the character, and a ligature's extra letters.
    if (len + 2 + (many?.length ?? 0) >= codes.length) {
      const grownCodes = new Uint16Array(codes.length * 2 + (many?.length ?? 0));
      grownCodes.set(codes);
      codes = grownCodes;
      const grownOrigin = new Int32Array(codes.length);
      grownOrigin.set(origin);
      origin = grownOrigin;
    }
    if (pendingSpace >= 0) {
      if (len > 0) {
        codes[len] = pendingNewline ? NEWLINE : SPACE;
        origin[len++] = pendingSpace;
      }
      pendingSpace = -1;
      pendingNewline = false;
    }
    if (kind === DASHED) {
      codes[len] = DASH;
      origin[len++] = from;
      afterDash = true;
      continue;
    }
    afterDash = false;
    if (many === undefined) {
      codes[len] = out;
      origin[len++] = from;
    } else {
      for (let k = 0; k < many.length; k++) {
        codes[len] = many.charCodeAt(k);
        origin[len++] = from;
      }
    }
  }
  // A trailing whitespace run is dropped: it ends no word that matters. Decoding the code units as UTF-16 is the
  // fastest way to a string (String.fromCharCode over chunks is three times slower).
  return { text: UTF16.decode(codes.subarray(0, len)), origin: origin.subarray(0, len), originalLength: n };
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

const WORD = /[\p{L}\p{N}]/u;
/** ASCII word characters of folded text: lower-case letters and digits. */
export const ASCII_WORD = new Uint8Array(128);
for (let c = 0x30; c <= 0x39; c++) ASCII_WORD[c] = 1;
for (let c = 0x61; c <= 0x7a; c++) ASCII_WORD[c] = 1;

/** A word character of folded text: ASCII letters and digits, or any other letter. */
export function isWordChar(code: number): boolean {
  if (code < 0x80) return ASCII_WORD[code] === 1;
  return WORD.test(String.fromCharCode(code));
}
