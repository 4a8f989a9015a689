// Two small pieces the matcher uses in many places: binary search over sorted data, and escaping text for a
// regular expression built from the dataset.

/**
 * The first index in [0, count) for which `before(i)` is false, where `before` is true for a prefix of the indices
 * and false after it (a sorted list asked "is item i before the point I look for?").
 */
export function partitionPoint(count: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = count;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * partitionPoint for the two shapes the matcher searches on every number and name: items sorted by `start`, and
 * sorted numbers. Written out rather than given a callback: one shared partitionPoint calls many different
 * callbacks, and such a call is never inlined — on a page's thousands of look-ups that was measurable.
 */
export function firstStartingAtOrAfter(items: readonly { start: number }[], at: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index of sorted `values` whose value is at or after `at`. */
export function firstAtOrAfter(values: readonly number[], at: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid]! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The characters a regular expression reads as syntax outside a class. */
const REGEX_SYNTAX = /[.*+?^${}()|[\]\\]/g;
/** The same characters (all ASCII) as a set, for a look-up per character. */
const REGEX_SYNTAX_CHARS: ReadonlySet<string> = new Set(
  Array.from({ length: 128 }, (_, c) => String.fromCharCode(c)).filter((ch) => ch.replace(REGEX_SYNTAX, '') === ''),
);

/** `text` as a literal inside a regular expression. */
export function escapeRegex(text: string): string {
  return text.replace(REGEX_SYNTAX, '\\$&');
}

/**
 * One character as a literal inside a regular expression: escapeRegex for a single character, by a set look-up,
 * for a caller that writes an expression character by character (the form scanner's trie).
 */
export function escapeRegexChar(ch: string): string {
  return REGEX_SYNTAX_CHARS.has(ch) ? `\\${ch}` : ch;
}
