// Readies annotate for the short texts of live updates, once a page's full pass is done. V8 compiles each regular
// expression separately for one-byte (Latin-1) and two-byte strings, and short subjects start in its regular
// expression interpreter. A page's text is usually two-byte (curly quotes, dashes, names in other scripts) while a
// paragraph a live blog appends is often plain ASCII: without this, the first such paragraph pays every expression's
// compilation (5–15 ms, a dropped frame) where later ones take a fraction of a millisecond.
import { loadDataset, type DatasetIndex } from '../dataset';
import { annotate, type CompiledMatcher } from './annotate';
import type { Verdict } from './types';

/** The sentences the roundtable's figures are cited in: they name speakers, places, context words and numbers. */
function sampleText(index: DatasetIndex): string {
  const sentences = new Set<string>();
  for (const figure of index.data.figures) {
    const first = figure.citations[0];
    if (first) sentences.add(first.source);
  }
  return [...sentences].join(' ');
}

/**
 * The sample twice: with every character beyond Latin-1 made a space, joined from single characters (V8 stores the
 * result as a one-byte string; `replace` would keep the two-byte storage of its subject), and with curly quotes
 * around it (two-byte, and still two-byte once folded, as folding keeps double quotes).
 */
export function warmUpSamples(index: DatasetIndex = loadDataset()): [oneByte: string, twoByte: string] {
  const sample = sampleText(index);
  const latin1 = Array.from(sample, (ch) => (ch <= '\xff' ? ch : ' ')).join('');
  return [latin1, `\u201c${sample}\u201d`];
}

/**
 * Annotates one sample with `compiled` (the default matcher when left out) and throws the result away; returns how
 * long it took (ms), for the benchmark to print.
 */
export function warmUpWith(sample: string, verdict: Verdict, compiled?: CompiledMatcher): number {
  const t0 = performance.now();
  annotate(sample, { verdict }, compiled);
  return performance.now() - t0;
}
