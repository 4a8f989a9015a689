// The page summary of one tab, kept live: the stored summary shows at once, the content script's own answer
// replaces it, and every later report (a rescan, a settings change, "highlight anyway") arrives by storage.watch.
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { PageSummary } from '../extension/messages';
import { loadTabSummary, watchTabSummary } from '../extension/tab-state';
import { LOADING, type PageView } from './page-view';
import { askSummary } from './tab-client';

/** A stored summary of the page the tab showed before it navigated must not pass for the new page's. */
export function sameDocument(summaryUrl: string, tabUrl: string | undefined): boolean {
  if (!tabUrl) return true;
  const strip = (url: string) => url.replace(/#.*$/, '');
  return strip(summaryUrl) === strip(tabUrl);
}

/**
 * @param tabId the tab to follow (undefined while it is not known yet)
 * @param tabUrl its address, to drop stale stored summaries
 * @param generation bump to ask the page again (after it finished loading)
 */
export function usePageView(
  tabId: number | undefined,
  tabUrl: string | undefined,
  generation = 0,
): [PageView, (summary: PageSummary) => void] {
  const [view, setView] = useState<PageView>(LOADING);

  useEffect(() => {
    if (tabId === undefined) return;
    let live = true;
    let fromPage = false;
    let shown = false;
    setView(LOADING);
    /** The page's own word (an answer or a later report) always wins over what storage remembered. */
    const show = (summary: PageSummary, fresh: boolean) => {
      if (!live || (!fresh && fromPage)) return;
      fromPage ||= fresh;
      shown = true;
      setView({ state: 'ready', summary });
    };
    const stored = loadTabSummary(tabId).then((s) => {
      if (s && sameDocument(s.url, tabUrl)) show(s, false);
    });
    const asked = askSummary(tabId).then((s) => {
      if (s) show(s, true);
    });
    void Promise.all([stored, asked]).then(() => {
      if (live && !shown) setView({ state: 'unscriptable' });
    });
    const stop = watchTabSummary(tabId, (summary) => {
      if (summary) show(summary, true);
    });
    return () => {
      live = false;
      stop();
    };
  }, [tabId, tabUrl, generation]);

  const replace = useCallback((summary: PageSummary) => setView({ state: 'ready', summary }), []);
  return [view, replace];
}
