// Bundled into the benchmark pages: our full pass (collect, classify, annotate, paint), what the content script does
// on an unrelated page, and the cost of one appended paragraph — each timed inside the page.
import { annotate, classify, compileMatcher, PREFIX_CHARS } from '../src/core';
import { collectText } from '../src/dom/collect';
import { floorPass } from '../src/dom/floor';
import { caretAt, mentionAt } from '../src/dom/hit-test';
import { createPainter } from '../src/dom/paint';
import { textPrefix } from '../src/dom/prefix';
import { loadDataset } from '../src/dataset';
import { sharedFamilyNames } from '../src/page/named-before';
import { liveUpdateWarmUps, rereadPart } from '../src/page/reread';
import { summarize } from '../src/page/summary';
import { shownRanges, visibilityChecker } from '../src/dom/visible';
import { primeForPass } from '../src/core/warm-up';
import { installCompromiseReader } from '../src/core/compromise-reader';

// The pass is timed with every question answered, as in the engine once it has fetched the word reader (the
// engine-start figure shows what loading the reader costs).
installCompromiseReader();
const matcher = compileMatcher();
const painter = createPainter(document, { mode: 'highlight' });

export interface FullPass {
  collect: number;
  /** Of annotate: readying it for a long text's first pass (see primeForPass); 0 when the text is short. */
  prime: number;
  annotate: number;
  paint: number;
  total: number;
  mentions: number;
  /** After the pass, what the engine does next: the summary for the popup (ranges in order, shown, counted). */
  summary: number;
}

let kept = visibilityChecker();

function full(): FullPass {
  const t0 = performance.now();
  const collected = collectText(document.body);
  const t1 = performance.now();
  const { verdict } = classify(collected.text, { title: document.title, url: location.href });
  // As the engine does before a page's first pass; its time counts as annotating.
  const tPrime = performance.now();
  const prime = primeForPass(collected.text, verdict, matcher) > 0 ? performance.now() - tPrime : 0;
  const mentions = annotate(collected.text, { verdict }, matcher);
  const t2 = performance.now();
  painter.paint(collected, mentions);
  const t3 = performance.now();
  // A checker kept, as the engine keeps one between summaries (see summaryAfterAppend).
  kept = visibilityChecker();
  summarize(
    shownRanges(painter.ranges(), kept).map((p) => p.mention),
    { verdict, score: 0, reasons: [] },
    'highlighted',
    { url: location.href, title: document.title },
  );
  const t4 = performance.now();
  return {
    collect: t1 - t0,
    prime,
    annotate: t2 - t1,
    paint: t3 - t2,
    total: t3 - t0,
    mentions: mentions.length,
    summary: t4 - t3,
  };
}

/** What the content script does on every page before deciding: a bounded prefix, then classify. */
function unrelated(): { ms: number; verdict: string } {
  const t0 = performance.now();
  const verdict = classify(textPrefix(document, PREFIX_CHARS), { title: document.title, url: location.href }).verdict;
  return { ms: performance.now() - t0, verdict };
}

const shared = sharedFamilyNames(loadDataset());
const ALL_KINDS = ['person', 'organization', 'place', 'figure', 'event'] as const;

/**
 * One appended paragraph, handled as the engine handles a batch of changes that names it (rereadPart): clear,
 * collect, annotate and paint only that paragraph.
 */
function append(text: string): number {
  const p = document.createElement('p');
  p.textContent = text;
  document.querySelector('article')!.append(p);
  const t0 = performance.now();
  rereadPart(p, { painter, shared, verdict: 'gii-2025', kinds: ALL_KINDS, matcher });
  return performance.now() - t0;
}

/**
 * The summary the engine sends after a batch of changes (an appended paragraph): with the visibility answers kept
 * since the last summary, as the engine does, and asked afresh for every painted range, as it did before. ms.
 */
function summaryAfterAppend(): { kept: number; fresh: number } {
  const page = { url: location.href, title: document.title };
  const classification = { verdict: 'gii-2025' as const, score: 0, reasons: [] };
  const time = (shown: (node: Node) => boolean) => {
    const t0 = performance.now();
    summarize(
      shownRanges(painter.ranges(), shown).map((p) => p.mention),
      classification,
      'highlighted',
      page,
    );
    return performance.now() - t0;
  };
  const fresh = time(visibilityChecker());
  return { kept: time(kept), fresh };
}

function floor(pattern: string): { ms: number; ranges: number } {
  const t0 = performance.now();
  const ranges = floorPass(document, new RegExp(pattern, 'g'));
  return { ms: performance.now() - t0, ranges };
}

function clear(): void {
  painter.clear();
  CSS.highlights.clear();
}

/**
 * The hover card's hit test, as it runs on every pointer frame over a painted page: the pointer put on `n` painted
 * mentions spread over the page (each scrolled into view), timed beside the browser's own caret lookup at the same
 * point — the part of the test we cannot make cheaper. Medians, ms.
 */
function hitTest(n: number): { ours: number; caret: number; found: number } {
  const ranges = painter.ranges();
  const points: { x: number; y: number; scroll: number; mention: unknown }[] = [];
  for (let i = 0; i < n; i++) {
    const target = ranges[Math.floor((i * ranges.length) / n)]!;
    const live = document.createRange();
    live.setStart(target.range.startContainer, target.range.startOffset);
    live.setEnd(target.range.endContainer, target.range.endOffset);
    target.range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    const box = live.getClientRects()[0];
    if (box) {
      const x = box.left + Math.min(2, box.width / 2);
      points.push({ x, y: box.top + box.height / 2, scroll: scrollY, mention: target.mention });
    }
  }
  // Two rounds over the same points, each point scrolled to afresh: the browser keeps the last hit test of a
  // scrolled position, so the two must not ask at one point one after the other.
  const ours: number[] = [];
  const caret: number[] = [];
  let found = 0;
  for (const p of points) {
    scrollTo(0, p.scroll);
    const t0 = performance.now();
    const hit = mentionAt(document, p.x, p.y, (node) => painter.rangesOver(node));
    ours.push(performance.now() - t0);
    if (hit?.mention === p.mention) found++;
  }
  for (const p of points) {
    scrollTo(0, p.scroll);
    const t0 = performance.now();
    caretAt(document, p.x, p.y);
    caret.push(performance.now() - t0);
  }
  const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? 0;
  return { ours: median(ours), caret: median(caret), found };
}

/** What the engine does in idle time after its first pass (see liveUpdateWarmUps): the longest of its idle tasks, ms. */
function warmUp(): number {
  const options = { painter, shared, verdict: 'gii-2025' as const, kinds: ALL_KINDS, matcher };
  return Math.max(
    ...liveUpdateWarmUps(document, matcher.index, () => options).map((task) => {
      const t0 = performance.now();
      task();
      return performance.now() - t0;
    }),
  );
}

Object.assign(globalThis, { giiBench: { full, unrelated, append, summaryAfterAppend, floor, clear, warmUp, hitTest } });
