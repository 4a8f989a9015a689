// The side panel follows the active tab of its own window: a tab switch shows that tab's cards, and a page that
// finished loading (or changed its address) is asked again.
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { activeTab, pinnedTabId, type TabInfo } from '../../src/ui/tab-client';

export interface ActiveTab {
  /** undefined while asking, null when the window has no tab the panel can follow. */
  tab: TabInfo | null | undefined;
  /** Bumped whenever the page in the tab finished loading again. */
  generation: number;
}

export function useActiveTab(): ActiveTab {
  const [state, setState] = useState<ActiveTab>({ tab: undefined, generation: 0 });

  useEffect(() => {
    let live = true;
    let windowId: number | undefined;
    const set = (tab: TabInfo | null, reload = false) => {
      if (!live) return;
      setState((s) => ({ tab, generation: reload ? s.generation + 1 : s.generation }));
    };
    void activeTab().then(
      (tab) => {
        windowId = tab?.windowId;
        set(tab ?? null);
      },
      () => set(null),
    );

    const pinned = pinnedTabId(location.search) !== undefined;
    const onActivated = (info: { tabId: number; windowId: number }) => {
      // Each window has its own panel: a tab activated in another window is not ours. A panel pinned to a tab
      // (opened as ?tab=ID) stays on it.
      if (pinned || (windowId !== undefined && info.windowId !== windowId)) return;
      void browser.tabs.get(info.tabId).then(
        (tab) => set({ id: info.tabId, ...(tab?.url ? { url: tab.url } : {}), windowId: info.windowId }),
        () => set({ id: info.tabId, windowId: info.windowId }),
      );
    };
    const onUpdated = (
      tabId: number,
      change: { status?: string; url?: string },
      tab: { url?: string; windowId?: number },
    ) => {
      setState((s) => {
        if (!live || !s.tab || s.tab.id !== tabId) return s;
        if (change.status !== 'complete' && change.url === undefined) return s;
        const url = change.url ?? tab.url ?? s.tab.url;
        return { tab: { ...s.tab, ...(url ? { url } : {}) }, generation: s.generation + 1 };
      });
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      live = false;
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, []);

  return state;
}
