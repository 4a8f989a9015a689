// Mentions outlive the text they were found in: the painter keeps them for as long as the page stays painted. In V8
// a slice of 13 characters or more is a view into the string it was cut from and keeps all of that string alive, so
// a few longer names ("Shanghai–Suzhou", "Peking University") held the whole text of the page: 2 MB on a 1 MB page.

/** `text.slice(start, end)` as a string of its own, which does not keep `text` alive. */
export function ownSlice(text: string, start: number, end: number): string {
  // A join is a new string that points at its parts; slicing the join first flattens it into one fresh copy, so the
  // result is cut from that copy (one character longer than itself) and the view into `text` is let go.
  return (' ' + text.slice(start, end)).slice(1);
}

/**
 * ownSlice for one pass over a page, which names the same people and places hundreds of times: each spelling is
 * copied once and the copy shared (the bench's 1 MB page has 7,018 mentions in 28 spellings).
 */
export class OwnSlices {
  private readonly copies = new Map<string, string>();

  /** A string equal to `view` (a slice of some longer text) that does not keep that text alive. */
  copyOf(view: string): string {
    const known = this.copies.get(view);
    if (known !== undefined) return known;
    const copy = ownSlice(view, 0, view.length);
    this.copies.set(copy, copy);
    return copy;
  }
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
