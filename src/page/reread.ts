// Reading one changed part of the page again: what the engine does for each part a batch of changes names, and
// what the benchmark times as "one appended paragraph".
import { annotate, type CompiledMatcher } from '../core';
import type { MentionKind, Verdict } from '../core/types';
import { collectText } from '../dom/collect';
import type { Painter } from '../dom/paint';
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
export function rereadPart(changed: Node, { painter, shared, verdict, kinds, matcher }: RereadOptions): void {
  if (!changed.isConnected) return;
  painter.clearWithin(changed);
  const collected = collectText(changed);
  if (collected.text.trim() === '') return;
  // "Ms. Zheng" in a new paragraph is the Zheng the page named in full before it, as in a full pass.
  const namedBefore = shared.pattern?.test(collected.text)
    ? speakersNamedBefore(painter.ranges(), changed, shared)
    : undefined;
  painter.paint(collected, annotate(collected.text, { verdict, kinds, ...(namedBefore && { namedBefore }) }, matcher));
}
