// Readies annotate for the short texts of live updates, once a page's full pass is done. V8 compiles each regular
// expression separately for one-byte (Latin-1) and two-byte strings, and short subjects start in its regular
// expression interpreter. A page's text is usually two-byte (curly quotes, dashes, names in other scripts) while a
// paragraph a live blog appends is often plain ASCII: without this, the first such paragraph pays every expression's
// compilation (5–15 ms, a dropped frame) where later ones take a fraction of a millisecond.
// Before a long page's first pass, priming (primeForPass, below) does the like for that pass itself.
import { loadDataset, type DatasetIndex } from '../dataset';
import { annotate, type CompiledMatcher } from './annotate';
import type { Verdict } from './types';

/** The sentences the roundtable's figures are cited in: they name speakers, places, context words and numbers. */
function sampleSentences(index: DatasetIndex): string[] {
  const sentences = new Set<string>();
  for (const figure of index.data.figures) {
    const first = figure.citations[0];
    if (first) sentences.add(first.source);
  }
  return [...sentences];
}

/** `text` stored one-byte: every character beyond Latin-1 made a space, joined from single characters. */
function asOneByte(text: string): string {
  // `replace` would keep the two-byte storage of its subject; a string joined from one-byte pieces is one-byte.
  return Array.from(text, (ch) => (ch <= '\xff' ? ch : ' ')).join('');
}

/** `text` stored two-byte, and still two-byte once folded: curly quotes around it (folding keeps double quotes). */
function asTwoByte(text: string): string {
  return `\u201c${text}\u201d`;
}

/** The sample twice: stored one-byte and two-byte. */
export function warmUpSamples(index: DatasetIndex = loadDataset()): [oneByte: string, twoByte: string] {
  const sample = sampleSentences(index).join(' ');
  return [asOneByte(sample), asTwoByte(sample)];
}

/** How many paragraph-sized texts warm the path a live update takes (see warmUpParagraphs). */
export const WARM_UP_PARAGRAPHS = 4;

/**
 * Paragraph-sized texts for readying the whole path of a live update (read, annotate, paint) rather than annotate
 * alone: single sentences the figures are cited in, stored one-byte and two-byte in turn. Annotate warmed on the
 * long samples still took ~0.5 ms over the first short paragraph after them, ~0.2 ms once a few had gone before.
 */
export function warmUpParagraphs(index: DatasetIndex = loadDataset()): string[] {
  const sentences = sampleSentences(index);
  const paragraphs: string[] = [];
  for (let i = 0; i < WARM_UP_PARAGRAPHS && i < sentences.length; i++) {
    const sentence = sentences[i]!;
    paragraphs.push(i % 2 === 0 ? asTwoByte(sentence) : asOneByte(sentence));
  }
  return paragraphs;
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

/**
 * From this length on, a page's first pass is primed (see primeForPass). Below it the pass spends little more time
 * in unoptimised code than priming costs: in Chromium priming gained ~2 ms at 100 KB of text, ~4 at 250 KB.
 */
export const PRIME_FROM_CHARS = 200_000;
/** Priming annotates this many pieces of the page's text, of this many characters each (80 KB in all). */
export const PRIME_PIECES = 40;
export const PRIME_PIECE_CHARS = 2_000;
let primed = false;

/**
 * Readies annotate for a page's first full pass over a long text: annotates PRIME_PIECES short pieces of that text,
 * spread evenly over it, and throws the results away. Once per page; returns how many pieces it annotated (0 when the
 * text is short or the page was primed already).
 *
 * Why it pays: met first in one long call, the pass's functions run much of it unoptimised — V8 optimises a function
 * after enough calls, and a loop only once it has run a while. Many short calls get them optimised first, with type
 * feedback from the page's own kinds of text and string storage. In Chromium the cold annotate took 60 ms at 1 MB,
 * against ~10 ms of priming and ~32 ms of pass after it; 198 against 9 + 157 ms at 5 MB. (The warm-up samples above
 * gained less: they hold only the figures' sentences.)
 */
export function primeForPass(text: string, verdict: Verdict, compiled?: CompiledMatcher): number {
  if (primed || text.length < PRIME_FROM_CHARS) return 0;
  primed = true;
  const pieces = primingPieces(text);
  for (let i = 0; i < pieces.length; i++) annotate(pieces[i]!, { verdict }, compiled);
  return pieces.length;
}

/** The pieces priming annotates: PRIME_PIECES slices of PRIME_PIECE_CHARS, in text order, centred on equal shares. */
export function primingPieces(text: string): string[] {
  const share = text.length / PRIME_PIECES;
  const pieces: string[] = [];
  for (let k = 0; k < PRIME_PIECES; k++) {
    const at = Math.max(0, Math.floor((k + 0.5) * share - PRIME_PIECE_CHARS / 2));
    pieces.push(text.slice(at, at + PRIME_PIECE_CHARS));
  }
  return pieces;
}
