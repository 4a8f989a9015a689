// How the popup and the side panel talk to a tab: ask its content script, check every answer with the same zod
// schemas the content script uses, and fall back to the summary the background stored for the tab. A tab whose
// content script cannot answer (browser pages, the web store, a page still loading) simply yields undefined.
import { browser } from 'wxt/browser';
import {
  pageSummarySchema,
  parseMessage,
  stepResultSchema,
  type PageSummary,
  type StepResult,
  type ToContent,
} from '../extension/messages';
import { loadTabSummary, panelFocusItem } from '../extension/tab-state';

export interface TabInfo {
  id: number;
  url?: string;
  windowId?: number;
}

/**
 * The tab this page speaks about: the one named by `?tab=ID` in the page's address (a popup or panel opened in a
 * tab of its own, as the demo and the browser tests do), else the active tab of the window this page belongs to.
 */
export async function activeTab(search: string = globalThis.location?.search ?? ''): Promise<TabInfo | undefined> {
  const pinned = pinnedTabId(search);
  if (pinned !== undefined) {
    const tab = await browser.tabs.get(pinned).catch(() => undefined);
    return tab?.id === undefined ? undefined : toInfo(tab);
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : toInfo(tab);
}

/** The tab id named by `?tab=ID`, if any. */
export function pinnedTabId(search: string): number | undefined {
  const value = new URLSearchParams(search).get('tab');
  return value !== null && /^\d{1,10}$/.test(value) ? Number(value) : undefined;
}

function toInfo(tab: { id?: number; url?: string; windowId?: number }): TabInfo {
  return {
    id: tab.id!,
    ...(tab.url ? { url: tab.url } : {}),
    ...(tab.windowId !== undefined ? { windowId: tab.windowId } : {}),
  };
}

/** Sends a message to the tab's top frame; undefined when nothing there listens (the promise rejects then). */
async function ask(tabId: number, message: ToContent): Promise<unknown> {
  try {
    return await browser.tabs.sendMessage(tabId, message);
  } catch {
    return undefined;
  }
}

function checked(raw: unknown): PageSummary | undefined {
  // The content script answers undefined while it is still judging the page: that is not an error worth a log.
  if (raw === undefined || raw === null) return undefined;
  const parsed = parseMessage(pageSummarySchema, raw);
  if (!parsed.ok) {
    console.warn(`GII Lens: ignored a page summary: ${parsed.reason}`);
    return undefined;
  }
  return parsed.message;
}

/** The content script's own summary of the page, checked. */
export async function askSummary(tabId: number): Promise<PageSummary | undefined> {
  return checked(await ask(tabId, { type: 'get-summary' }));
}

/** The freshest summary there is: the content script's, else the one stored for the tab. */
export async function readSummary(tabId: number): Promise<PageSummary | undefined> {
  return (await askSummary(tabId)) ?? (await loadTabSummary(tabId));
}

export async function highlightAnyway(tabId: number): Promise<PageSummary | undefined> {
  return checked(await ask(tabId, { type: 'highlight-anyway' }));
}

/** Scrolls the page to the next (or previous) mention of an entity; undefined when the page cannot. */
export async function stepMention(tabId: number, id: string, direction: 1 | -1 = 1): Promise<StepResult | undefined> {
  const raw = await ask(tabId, { type: 'step', direction, id });
  const parsed = parseMessage(stepResultSchema, raw);
  return parsed.ok ? parsed.message : undefined;
}

/**
 * Opens Chrome's side panel (or Firefox's sidebar) for a tab. Both browsers demand a user gesture, which is lost
 * at the first await: call this synchronously from the click or key handler, before anything else is awaited.
 */
export function openPanel(tabId: number): Promise<void> {
  try {
    if (import.meta.env.FIREFOX) {
      return (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open();
    }
    return browser.sidePanel.open({ tabId });
  } catch (e) {
    // A browser without the API throws at once; callers handle one kind of failure, a rejected promise.
    return Promise.reject(e instanceof Error ? e : new Error(String(e)));
  }
}

/** Opens the panel on one entity: the panel opens first (gesture), then learns which card to show. */
export async function openPanelOn(tabId: number, id: string): Promise<void> {
  const opening = openPanel(tabId);
  // Awaited below; this only keeps a quick rejection from being reported as unhandled in the meantime.
  opening.catch(() => undefined);
  await panelFocusItem.setValue({ tabId, id, at: Date.now() });
  await opening;
}
