// The page engine: collect the page's visible text, classify it, annotate it, paint the mentions, keep them up to
// date as the page changes, and explain them in hover cards. Runs only on GII pages (or where the reader asked).
import { annotate, classify } from '../core';
import { primeForPass } from '../core/warm-up';
import { unansweredQuestions } from '../core/word-reader';
import type { Classification, Mention, MentionKind } from '../core/types';
import { loadDataset } from '../dataset';
import { collectText } from '../dom/collect';
import { createPainter, highlightStyles, installStyles, type PaintedRange } from '../dom/paint';
import { watchShownChanges, type ShownWatch } from '../dom/shown-watch';
import { watchThemeSwitch } from '../dom/theme-watch';
import { toneOfText, type Tone } from '../dom/tone';
import { shownRanges, visibilityChecker } from '../dom/visible';
import { createBatcher, watchMutations, type Changes, type Watcher } from '../dom/watch';
import type { EngineHandle, EngineStartOptions } from '../extension/engine-api';
import type { PageStatus, StepResult } from '../extension/messages';
import type { Settings } from '../extension/settings';
import { createHoverController, liveRange } from './hover';
import { sharedFamilyNames } from './named-before';
import { liveUpdateWarmUps, rereadPart, type RereadOptions } from './reread';
import { summarize } from './summary';

/** Changes are gathered for this long before the changed parts are re-read: a mutation storm costs one pass. */
const MUTATION_DEBOUNCE_MS = 120;
const FLASH_MS = 1200;
const INVALIDATION_CHECK_MS = 2000;
/** After the page shows or hides something (a class, a style), when the counts are taken again, and at most how often. */
const SHOWN_RECOUNT_MS = 400;
const SHOWN_RECOUNT_MAX_WAIT_MS = 2000;
/** The longest the warm-up for live updates waits for an idle moment after the first pass. */
const WARM_UP_WITHIN_MS = 3000;

/** A changed part that is, holds or sits in a style sheet: what is shown may have changed anywhere. */
function changesStyles(node: Node): boolean {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  if (!element) return false;
  if (element.closest('style, link')) return true;
  return element.querySelector('style, link[rel~="stylesheet"]') !== null;
}

function kindsOf(settings: Settings): MentionKind[] {
  const kinds: MentionKind[] = ['event'];
  for (const k of ['person', 'organization', 'place', 'figure'] as const) if (settings.categories[k]) kinds.push(k);
  return kinds;
}

export function startEngine(options: EngineStartOptions): EngineHandle {
  const { ctx, report } = options;
  const doc = document;
  const index = loadDataset();
  let settings = options.settings;
  let force = options.force;
  let classification: Classification = { verdict: 'unrelated', score: 0, reasons: [] };
  let status: PageStatus = 'unrelated';
  let removeStyles: (() => void) | undefined;
  let tone: Tone = 'light';
  let watcher: Watcher | undefined;
  let shownWatch: ShownWatch | undefined;
  /** The counts last reported: a page that shows or hides something without changing them sends nothing. */
  let lastShownReport = '';
  const painter = createPainter(doc, { mode: 'auto' });
  const hover = createHoverController(ctx, index, (node) => painter.rangesOver(node), options.openPanel);
  const cursor = new Map<string, number>();
  const shared = sharedFamilyNames(index);
  let stopped = false;
  let warmedUp = false;
  let readerAsked = false;

  const root = () => doc.body ?? doc.documentElement;
  /**
   * What the browser said is shown, kept between summaries: on a long live page each batch of changes is followed
   * by a summary, and asking again for every painted range cost ~11 ms at 1 MB where the new paragraph took ~1 ms.
   * Dropped whenever the page may have shown or hidden something: a full pass, a class or style change (the shown
   * watch), a style sheet added or changed, nodes removed, a resize (media queries).
   */
  let shownCheck: ((node: Node) => boolean) | undefined;
  const forgetShown = () => {
    shownCheck = undefined;
  };
  /** What is painted and shown: the summary and the next/previous mention leave out text the page hides. */
  const shown = (): PaintedRange[] => shownRanges(painter.ranges(), (shownCheck ??= visibilityChecker()));
  const painted = (): Mention[] => shown().map((p) => p.mention);
  /** What the popup and side panel are told about the page now. */
  const currentSummary = () => summarize(painted(), classification, status, { url: location.href, title: doc.title });
  const sendSummary = () => {
    const summary = currentSummary();
    lastShownReport = JSON.stringify(summary.entities);
    report(summary);
  };
  const batchedSummary = createBatcher((fn, ms) => ctx.setTimeout(fn, ms), 250);

  const ensureStyles = () => {
    removeStyles?.();
    removeStyles = installStyles(doc, highlightStyles(settings.colors, tone));
  };
  /** Judges the painted text's tone again; new styles only when it changed. */
  const followTone = () => {
    const next = toneOfText(painter.ranges().map((p) => p.range.startContainer));
    if (next === tone && removeStyles) return;
    tone = next;
    ensureStyles();
  };

  // The site's own light/dark switch (a class on <html> or <body>): the tint follows the text's new colour.
  const theme = watchThemeSwitch(doc, () => !stopped && removeStyles && followTone(), {
    setTimeout: (fn, ms) => ctx.setTimeout(fn, ms),
    clearTimeout: (id) => clearTimeout(id),
  });

  /** After the page showed or hid something: report the counts if what the reader can see now differs. */
  const recountShown = () => {
    if (stopped || !ctx.isValid) return;
    const summary = currentSummary();
    const key = JSON.stringify(summary.entities);
    if (key === lastShownReport) return;
    lastShownReport = key;
    report(summary);
  };

  const stopWatching = () => {
    watcher?.stop();
    watcher = undefined;
    shownWatch?.stop();
    shownWatch = undefined;
    theme.stop();
  };

  /**
   * After a pass: if it asked the word reader something before the reader had loaded (the answers were cautious),
   * load it — once per page — and read the whole page again with it.
   */
  const loadReaderIfAsked = (unansweredBefore: number) => {
    if (readerAsked || unansweredQuestions() === unansweredBefore) return;
    readerAsked = true;
    options.loadWordReader().then(
      () => {
        if (!stopped && ctx.isValid && status === 'highlighted') scan();
      },
      // The page would not take it (a restricted page, an extension update): the cautious answers stand.
      () => undefined,
    );
  };

  const rereadOptions = (): RereadOptions => ({
    painter,
    shared,
    verdict: classification.verdict,
    kinds: kindsOf(settings),
  });

  /** Re-reads only the parts of the page that changed. */
  const onChanged = ({ roots, removed }: Changes) => {
    if (stopped || !ctx.isValid) return;
    if (removed) painter.clearDetached();
    if (removed || roots.some(changesStyles)) forgetShown();
    const reread = rereadOptions();
    const unansweredBefore = unansweredQuestions();
    for (const changed of roots) rereadPart(changed, reread);
    // An open card over a part read again shows what it says now (a ticker's new value), or goes with its mention.
    hover.repainted((old) => painter.paintedAgain(old));
    loadReaderIfAsked(unansweredBefore);
    // Our own writes (fallback marks) must not come back as changes to re-read.
    watcher?.takeRecords();
    batchedSummary(sendSummary);
  };

  const ensureWatcher = () => {
    if (watcher) return;
    const schedule = createBatcher((fn, ms) => ctx.setTimeout(fn, ms), MUTATION_DEBOUNCE_MS);
    // The whole document, not the body: a page may replace document.body outright.
    watcher = watchMutations(doc.documentElement, onChanged, { schedule });
    const recount = createBatcher((fn, ms) => ctx.setTimeout(fn, ms), SHOWN_RECOUNT_MS, SHOWN_RECOUNT_MAX_WAIT_MS);
    // A theme switched on some wrapper of the article (`<div id="app" class="dark">`) is such a change too.
    shownWatch = watchShownChanges(
      doc.documentElement,
      () => {
        recountShown();
        if (!stopped && removeStyles) followTone();
      },
      recount,
      forgetShown,
    );
  };

  /** A full pass over the page. */
  const scan = () => {
    painter.clear();
    forgetShown();
    const collected = collectText(root());
    classification = classify(collected.text, { title: doc.title, url: location.href });
    if (classification.verdict === 'unrelated' && !force) {
      // Leave the page exactly as it was: no styles, no observer, nothing painted.
      status = 'unrelated';
      hover.close();
      stopWatching();
      removeStyles?.();
      removeStyles = undefined;
      sendSummary();
      return;
    }
    status = 'highlighted';
    const unansweredBefore = unansweredQuestions();
    primeForPass(collected.text, classification.verdict);
    painter.paint(collected, annotate(collected.text, { verdict: classification.verdict, kinds: kindsOf(settings) }));
    hover.repainted((old) => painter.paintedAgain(old));
    // Styles after painting, in the same task (nothing is drawn in between): the tint suits the text it lies under.
    followTone();
    ensureWatcher();
    theme.observe();
    sendSummary();
    loadReaderIfAsked(unansweredBefore);
    if (!warmedUp) {
      warmedUp = true;
      warmUpWhenIdle(liveUpdateWarmUps(doc, index, rereadOptions));
    }
  };

  /**
   * Once per page, one warm-up per idle moment (each is a short task): annotate over the long samples, then the
   * whole path of a live update over single paragraphs. The first paragraph a live page adds then costs what later
   * ones do, instead of a dropped frame.
   */
  const warmUpWhenIdle = (tasks: (() => void)[]) => {
    const [next, ...rest] = tasks;
    if (next === undefined) return;
    ctx.requestIdleCallback(
      () => {
        if (stopped) return;
        next();
        warmUpWhenIdle(rest);
      },
      { timeout: WARM_UP_WITHIN_MS },
    );
  };

  const flash = (target: PaintedRange) => {
    const range = liveRange(doc, target);
    if (!range || typeof CSS === 'undefined' || !('highlights' in CSS)) return;
    CSS.highlights.set('gii-lens-flash', new Highlight(range));
    ctx.setTimeout(() => CSS.highlights.delete('gii-lens-flash'), FLASH_MS);
  };

  const step = (direction: 1 | -1, id?: string): StepResult => {
    const candidates = shown().filter((p) => id === undefined || p.mention.id === id);
    if (candidates.length === 0) return { index: -1, total: 0 };
    const key = id ?? '*';
    const previous = cursor.get(key) ?? (direction === 1 ? -1 : 0);
    const next = (previous + direction + candidates.length) % candidates.length;
    cursor.set(key, next);
    const target = candidates[next]!;
    const range = liveRange(doc, target);
    const element = range?.startContainer.parentElement;
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
    element?.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
    flash(target);
    // Let a smooth scroll settle before placing the card next to the mention.
    ctx.setTimeout(() => hover.openOn(target, true), reduced ? 0 : 350);
    return { index: next, total: candidates.length };
  };

  const stop = () => {
    stopped = true;
    stopWatching();
    hover.destroy();
    painter.clear();
    removeStyles?.();
    removeStyles = undefined;
  };
  ctx.onInvalidated(stop);
  // An extension update orphans this script without telling it: WXT notices only when the context is asked (as
  // every ctx timer does before it runs). A slow heartbeat asks, so an open page loses our highlights, styles and
  // card within seconds of an update, not at the reader's next move.
  ctx.setInterval(() => undefined, INVALIDATION_CHECK_MS);
  // A site that follows the system's light or dark theme recolours its text when the theme changes.
  const scheme = window.matchMedia?.('(prefers-color-scheme: dark)');
  if (scheme) ctx.addEventListener(scheme, 'change', () => !stopped && removeStyles && followTone());
  // A narrower or wider window may show or hide parts of the page (media queries).
  ctx.addEventListener(window, 'resize', forgetShown);

  scan();

  return {
    applySettings: (next) => {
      const kindsChanged = kindsOf(next).join() !== kindsOf(settings).join();
      const colorsChanged = JSON.stringify(next.colors) !== JSON.stringify(settings.colors);
      settings = next;
      if (kindsChanged) scan();
      else if (colorsChanged && removeStyles) ensureStyles();
    },
    step,
    summary: currentSummary,
    rescan: (forced) => {
      force = forced;
      stopped = false;
      scan();
    },
    stop,
  };
}
