// Per-tab page summaries live in storage.session: they survive an MV3 service-worker restart (globals would not)
// and vanish with the browser session. Every read is validated like a message.
import { storage } from 'wxt/utils/storage';
import { pageSummarySchema, parseMessage, type PageSummary } from './messages';

const key = (tabId: number) => `session:tab-summary-${tabId}` as const;

export async function saveTabSummary(tabId: number, summary: PageSummary): Promise<void> {
  await storage.setItem(key(tabId), summary);
}

export async function loadTabSummary(tabId: number): Promise<PageSummary | undefined> {
  const raw = await storage.getItem<unknown>(key(tabId));
  if (raw === null) return undefined;
  const parsed = parseMessage(pageSummarySchema, raw);
  return parsed.ok ? parsed.message : undefined;
}

export async function removeTabSummary(tabId: number): Promise<void> {
  await storage.removeItem(key(tabId));
}

export function watchTabSummary(tabId: number, callback: (summary: PageSummary | undefined) => void): () => void {
  return storage.watch<unknown>(key(tabId), (raw) => {
    const parsed = raw === null ? undefined : parseMessage(pageSummarySchema, raw);
    callback(parsed?.ok ? parsed.message : undefined);
  });
}

/** The entity the side panel should open on, set by "Fact cards" buttons and the popup's Enter. */
export const panelFocusItem = storage.defineItem<{ tabId: number; id: string; at: number } | null>(
  'session:panel-focus',
  {
    fallback: null,
  },
);

/** Total mentions on a highlighted page, for the toolbar badge ("" when nothing is highlighted). */
export function badgeText(summary: PageSummary): string {
  if (summary.status !== 'highlighted') return '';
  const total = Object.values(summary.counts).reduce((a, b) => a + b, 0);
  return total === 0 ? '' : total > 999 ? '999+' : String(total);
}
