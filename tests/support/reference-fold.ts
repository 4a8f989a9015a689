// The folding that shipped before the character-class version in src/core/fold.ts: one regular expression with an
// alternative per kind of special place. Slower on a fresh page, but short and plain, so the tests hold the new
// folding to it, output and offset map alike. How a single non-ASCII character folds is shared (foldNonAscii): what
// is compared is where the special places are found and how runs around them are folded.
import { foldNonAscii } from '../../src/core/fold';

const SPACE = 0x20;
const NEWLINE = 0x0a;
/**
 * Everything folding changes beyond ASCII case: whitespace runs, a single non-space whitespace character, dashes
 * with the whitespace around them, and any non-ASCII character. Between two such places the folded text is the
 * original in lower case, character for character, so it is copied in one slice.
 */
const SPECIAL =
  /\s*[-\u2010-\u2015\u2212\ufe58\ufe63\uff0d](?:\s*[-\u2010-\u2015\u2212\ufe58\ufe63\uff0d])*\s*|\s{2,}|[^\S ]|[\ud800-\udbff][\udc00-\udfff]|[^\x00-\x7f]/g;
const DASHES = /[-\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/;
const LINE_BREAK = /[\n\r\u2028\u2029\u0085\v\f]/;

/** Folds `text` in one linear pass: a regular expression finds the few places that need more than lower case. */
export function referenceFold(text: string): { text: string; breaks: Int32Array } {
  const n = text.length;
  const lower = text.toLowerCase();
  // toLowerCase keeps ASCII stretches aligned unless some character changed length ("İ"): then slice per piece.
  const aligned = lower.length === n;
  const pieces: string[] = [];
  const breaks: number[] = [0, 0];
  let len = 0; // folded length so far
  let delta = 0; // original index - folded index in the current stretch
  let copied = 0; // original index up to which the text has been handled

  const mark = (origin: number) => {
    if (origin - len !== delta) {
      delta = origin - len;
      breaks.push(len, origin);
    }
  };
  const emit = (piece: string, origin: number) => {
    mark(origin);
    pieces.push(piece);
    len += piece.length;
  };
  const copy = (from: number, to: number) => {
    if (to <= from) return;
    emit(aligned ? lower.slice(from, to) : text.slice(from, to).toLowerCase(), from);
  };

  SPECIAL.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = SPECIAL.exec(text))) {
    const at = m.index;
    const found = m[0];
    copy(copied, at);
    copied = at + found.length;
    if (DASHES.test(found)) {
      // "Shanghai - Suzhou", "Shanghai–Suzhou": one "-", with a line break kept if the whitespace before held one.
      const dashAt = found.search(DASHES);
      if (LINE_BREAK.test(found.slice(0, dashAt)) && len > 0) emit('\n', at);
      emit('-', at + dashAt);
    } else if (/^\s+$/.test(found)) {
      // A whitespace run is one space, or one line break if it holds one — unless it only wraps a line inside a
      // sentence: one line break among spaces, tabs and carriage returns, after a character that ends no sentence,
      // before a lower-case letter. None at the very start or end.
      const wraps =
        /^[ \t\r]*\n[ \t\r]*$/.test(found) &&
        at > 0 &&
        !/[.?!:;]/.test(text[at - 1]!) &&
        /\p{Ll}/u.test(text[copied] ?? '');
      if (len > 0 && copied < n) emit(LINE_BREAK.test(found) && !wraps ? '\n' : ' ', at);
    } else {
      const folded = foldNonAscii(found);
      if (folded === ' ' || folded === '\n') {
        // Whitespace that \s does not know (U+0085): one space, unless whitespace is already on either side.
        const prev = pieces[pieces.length - 1] ?? '';
        const before = prev.charCodeAt(prev.length - 1);
        if (len > 0 && before !== SPACE && before !== NEWLINE && text.charCodeAt(copied) !== SPACE) emit(folded, at);
      } else if (folded === '-') {
        emit('-', at);
      } else {
        for (let k = 0; k < folded.length; k++) emit(folded[k]!, at);
      }
    }
  }
  copy(copied, n);
  const out = pieces.join('');
  return {
    text: out.endsWith(' ') ? out.slice(0, -1) : out,
    breaks: Int32Array.from(breaks),
  };
}
