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
