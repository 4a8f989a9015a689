// compromise answers the few questions our own rules cannot: is a capitalised word beside a speaker's family name a
// given name ("Zhang Wei") or a verb, a title, a place; what an unusually shaped spelled-out number is worth. It is
// large and slow to start — its lexicon unpacks when it loads, about a third of a second on a fresh page, more than
// the rest of the engine's start and its first pass together — and most pages never ask it anything. So the engine
// starts without it: a question that finds no reader is answered cautiously (no highlight), counted, and the engine
// fetches the reader and reads the page again. Node (tests, the CLI, the benchmarks) installs it up front.

/** What compromise tells us, as the matcher asks it. */
export interface WordReader {
  /** compromise's tags for one capitalised word: "FirstName", "Verb", "Place"… */
  tagsOf(word: string): ReadonlySet<string>;
  /** The value of a spelled-out cardinal phrase ("a hundred and five"), or undefined. */
  cardinalValue(phrase: string): number | undefined;
}

declare global {
  /** Left by the word-reader script, which loads apart from the engine, in the same isolated world. */
  var __giiLensWordReader: WordReader | undefined;
}

let unanswered = 0;

/**
 * The reader, or undefined while it has not been loaded — and then the question is counted (each caller asks only
 * when it has a question for it).
 */
export function wordReader(): WordReader | undefined {
  const reader = globalThis.__giiLensWordReader;
  if (!reader) unanswered++;
  return reader;
}

/** How many questions have found no reader so far: the engine compares it before and after a pass. */
export function unansweredQuestions(): number {
  return unanswered;
}
