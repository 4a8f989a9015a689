// What the popup and the side panel know about the page in a tab: still asking, no answer possible, or a summary.
import type { PageSummary } from '../extension/messages';
import { highlightingOn, type Settings } from '../extension/settings';

export type PageView = { state: 'loading' } | { state: 'unscriptable' } | { state: 'ready'; summary: PageSummary };

export const LOADING: PageView = { state: 'loading' };

export function viewOf(summary: PageSummary | undefined): PageView {
  return summary ? { state: 'ready', summary } : { state: 'unscriptable' };
}

/** Pages where the reader may ask for highlighting that did not start on its own. */
export function canHighlightAnyway(summary: PageSummary): boolean {
  return summary.status === 'unrelated' || summary.status === 'on-demand';
}

/**
 * The view as the reader's settings make it. The content script judges a page before it reads the settings, and an
 * unrelated page it leaves there (reading them would cost every page the storage API's set-up): such a page on a
 * site switched off, or with highlighting off everywhere, is shown as switched off, as a GII page would be — so the
 * panels offer to switch it on rather than a "Highlight anyway" that the switch would refuse.
 */
export function viewWithSettings(view: PageView, settings: Settings | undefined): PageView {
  if (view.state !== 'ready' || !settings || view.summary.status !== 'unrelated') return view;
  if (highlightingOn(settings, view.summary.url)) return view;
  return { state: 'ready', summary: { ...view.summary, status: settings.enabled ? 'site-off' : 'disabled' } };
}
