// npm run bench:core — throughput of annotate() on generated news text, and the cost of classify() on an
// unrelated page. Each figure is printed beside a floor measured in the same run (one pass of one regular
// expression over the same text), so the ratio means something on a shared, noisy machine.
import { annotate, classify, compileMatcher } from '../src/core';
import { installCompromiseReader } from '../src/core/compromise-reader';
import { generateText } from './generate-news';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(fn: () => unknown, runs: number): number {
  fn(); // warm up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}

const FLOOR = /\b(?:liu|fink|wipo|beijing|china)\b/gi;
const floor = (text: string) => text.match(FLOOR)?.length ?? 0;

const t0 = performance.now();
const matcher = compileMatcher();
const t1 = performance.now();
// Every question answered, as in the engine once it has fetched the word reader.
installCompromiseReader();
console.log(
  `compile matcher from the dataset: ${(t1 - t0).toFixed(1)} ms (once per page load); ` +
    `compromise's first use (only on pages that ask it): ${(performance.now() - t1).toFixed(1)} ms`,
);
console.log('');
console.log('annotate() on generated GII news (20% roundtable sentences)');
console.log('size      annotate   throughput   floor (1 regex)   ratio   mentions');
for (const mb of [1, 5]) {
  const text = generateText({ chars: mb * 1_000_000, giiShare: 0.2, seed: mb });
  let mentions = 0;
  const ms = time(() => (mentions = annotate(text, { verdict: 'gii-2025' }, matcher).length), mb === 1 ? 7 : 3);
  const floorMs = time(() => floor(text), 7);
  const mbps = text.length / 1e6 / (ms / 1000);
  console.log(
    `${mb} MB`.padEnd(10) +
      `${ms.toFixed(1)} ms`.padEnd(11) +
      `${mbps.toFixed(1)} MB/s`.padEnd(13) +
      `${floorMs.toFixed(1)} ms`.padEnd(18) +
      `${(ms / floorMs).toFixed(1)}×`.padEnd(8) +
      mentions,
  );
}

console.log('');
const unrelated = generateText({ chars: 200_000, giiShare: 0, seed: 9 });
const classifyMs = time(() => classify(unrelated, { title: 'City news', url: 'https://news.example/city' }), 51);
const verdict = classify(unrelated, { title: 'City news' }).verdict;
console.log(
  `classify() on a 200 KB unrelated page: ${(classifyMs * 1000).toFixed(0)} µs (verdict ${verdict}; target ≤ 1 ms)`,
);
const related = generateText({ chars: 200_000, giiShare: 0.2, seed: 10 });
const classifyRelatedMs = time(() => classify(related, { title: 'GII 2025' }), 21);
console.log(`classify() on a 200 KB GII page, for comparison: ${classifyRelatedMs.toFixed(2)} ms`);
console.log('');
console.log('targets: annotate ≥ 20 MB/s; classify on an unrelated page ≤ 1 ms');
