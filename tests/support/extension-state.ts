// Reading the extension's own state from its service worker, so tests need not touch the page's DOM.
import type { ExtensionBrowser } from './chromium';

export interface StoredSummary {
  url: string;
  verdict: string;
  status: string;
  counts: Record<string, number>;
  entities: { id: string; kind: string; count: number; values?: { text: string; agreement: string }[] }[];
}

/** The page summary the content script reported for the tab showing `url`, if any. */
export async function summaryFor(browser: ExtensionBrowser, url: string): Promise<StoredSummary | undefined> {
  type Chrome = { storage: { session: { get(keys: null): Promise<Record<string, unknown>> } } };
  const all = (await browser.worker.evaluate(() =>
    (globalThis as unknown as { chrome: Chrome }).chrome.storage.session.get(null),
  )) as Record<string, StoredSummary>;
  return Object.entries(all)
    .filter(([key]) => key.startsWith('tab-summary-'))
    .map(([, value]) => value)
    .find((s) => s.url === url);
}

/**
 * What the page in the tab showing `url` answers when asked for its summary, as the popup asks it (undefined while
 * no content script listens there yet, or while it is still judging the page).
 */
export async function pageAnswer(browser: ExtensionBrowser, url: string): Promise<StoredSummary | undefined> {
  type Chrome = {
    tabs: {
      query(q: object): Promise<{ id?: number; url?: string }[]>;
      sendMessage(tabId: number, message: object): Promise<unknown>;
    };
  };
  return (await browser.worker.evaluate(async (address) => {
    const { chrome } = globalThis as unknown as { chrome: Chrome };
    const tab = (await chrome.tabs.query({})).find((t) => t.url === address);
    if (tab?.id === undefined) return undefined;
    return chrome.tabs.sendMessage(tab.id, { type: 'get-summary' }).catch(() => undefined);
  }, url)) as StoredSummary | undefined;
}

/** The badge the extension shows for the tab showing `url`. */
export async function badgeFor(browser: ExtensionBrowser, url: string): Promise<string> {
  type Chrome = {
    tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> };
    action: { getBadgeText(details: { tabId: number }): Promise<string> };
  };
  return browser.worker.evaluate(async (address) => {
    const { chrome } = globalThis as unknown as { chrome: Chrome };
    const tab = (await chrome.tabs.query({})).find((t) => t.url === address);
    if (tab?.id === undefined) throw new Error(`no tab shows ${address}`);
    return chrome.action.getBadgeText({ tabId: tab.id });
  }, url);
}
