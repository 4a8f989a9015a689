// Mentions outlive the text they were found in: the painter keeps them for as long as the page stays painted. In V8
// a slice of 13 characters or more is a view into the string it was cut from and keeps all of that string alive, so
// a few longer names ("Shanghai–Suzhou", "Peking University") held the whole text of the page: 2 MB on a 1 MB page.

/** `text.slice(start, end)` as a string of its own, which does not keep `text` alive. */
export function ownSlice(text: string, start: number, end: number): string {
  // A join is a new string that points at its parts; slicing the join first flattens it into one fresh copy, so the
  // result is cut from that copy (one character longer than itself) and the view into `text` is let go.
  return (' ' + text.slice(start, end)).slice(1);
}

const ANY = /(?:)/;

/**
 * V8 keeps the subject of the last successful match (for the legacy `RegExp.lastMatch`) until the next success in
 * the same world. After a pass over a page that is the page's text or its folded copy; a match on an empty string
 * lets it go.
 */
export function forgetLastMatch(): void {
  ANY.test('');
}
