// Reading one changed part of the page again: what the engine does for each part a batch of changes names, and
// what the benchmark times as "one appended paragraph".
import { annotate, type CompiledMatcher } from '../core';
import { warmUpParagraphs, warmUpSamples, warmUpWith } from '../core/warm-up';
import type { DatasetIndex } from '../dataset';
import type { MentionKind, Verdict } from '../core/types';
import { collectText } from '../dom/collect';
import { createPainter, type Painter } from '../dom/paint';
import { speakersNamedBefore, type SharedFamilyNames } from './named-before';

export interface RereadOptions {
  painter: Painter;
  shared: SharedFamilyNames;
  verdict: Verdict;
  kinds: readonly MentionKind[];
  /** The compiled matcher (the default one when left out). */
  matcher?: CompiledMatcher;
}

/** Clears what was painted in `changed`, reads it again and paints what it now says. */
export function rereadPart(changed: Node, options: RereadOptions): void {
  if (!changed.isConnected) return;
  readAgain(changed, options, options.painter);
}

/**
 * Readies rereadPart for a page's first live update, in idle time after the first pass: reads `text` as a detached
 * paragraph, as rereadPart reads a new one, and paints it with a painter whose highlights no page shows. Code run
 * for the first time since the page loaded is slow: in Chromium the first appended paragraph took ~1.1 ms after a
 * 1 MB page's pass, ~0.2 ms once a few had gone before.
 */
export function warmUpReread(doc: Document, text: string, options: RereadOptions): void {
  const paragraph = doc.createElement('p');
  paragraph.textContent = text;
  const offPage = createPainter(doc, { mode: options.painter.mode, registry: new Map<string, Highlight>() });
  readAgain(paragraph, options, offPage);
  offPage.clear();
}

/**
 * The warm-up for live updates, once per GII page after its first pass, as the tasks the engine runs one per idle
 * moment (and the benchmark times one by one): annotate over the long samples, then the paragraphs through
 * warmUpReread. `options` is asked at each task, so a task run later uses the page's verdict and kinds then.
 */
export function liveUpdateWarmUps(doc: Document, index: DatasetIndex, options: () => RereadOptions): (() => void)[] {
  return [
    ...warmUpSamples(index).map((sample) => () => {
      const { verdict, matcher } = options();
      warmUpWith(sample, verdict, matcher);
    }),
    ...warmUpParagraphs(index).map((text) => () => warmUpReread(doc, text, options())),
  ];
}

/** Clears with `options.painter` (and asks it what the page named before), paints with `into`. */
function readAgain(changed: Node, options: RereadOptions, into: Painter): void {
  const { painter, shared, verdict, kinds, matcher } = options;
  painter.clearWithin(changed);
  const collected = collectText(changed);
  if (collected.text.trim() === '') return;
  // "Ms. Zheng" in a new paragraph is the Zheng the page named in full before it, as in a full pass.
  const namedBefore = shared.pattern?.test(collected.text)
    ? speakersNamedBefore(painter.ranges(), changed, shared)
    : undefined;
  into.paint(collected, annotate(collected.text, { verdict, kinds, ...(namedBefore && { namedBefore }) }, matcher));
}
