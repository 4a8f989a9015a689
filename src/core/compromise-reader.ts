// The word reader backed by compromise (see word-reader.ts). Imported only where compromise may load at once: the
// word-reader script the engine fetches on demand, Node's command line, tests and benchmarks.
import nlp from 'compromise';
import type { WordReader } from './word-reader';

export function compromiseReader(): WordReader {
  // compromise unpacks its lexicon on first use: done here, once, so no page pass pays it.
  nlp('Wei').json();
  return {
    tagsOf(word) {
      const terms = nlp(word).json() as { terms: { tags: string[] }[] }[];
      return new Set(terms[0]?.terms[0]?.tags ?? []);
    },
    cardinalValue(phrase) {
      const first = (nlp(phrase).numbers().get() as unknown[])[0];
      return typeof first === 'number' && Number.isFinite(first) ? first : undefined;
    },
  };
}

/** Installs the compromise reader for this realm, if none is there yet. */
export function installCompromiseReader(): void {
  globalThis.__giiLensWordReader ??= compromiseReader();
}
