// What the popup and the side panel know about the page in a tab: still asking, no answer possible, or a summary.
import type { PageSummary } from '../extension/messages';

export type PageView = { state: 'loading' } | { state: 'unscriptable' } | { state: 'ready'; summary: PageSummary };

export const LOADING: PageView = { state: 'loading' };

export function viewOf(summary: PageSummary | undefined): PageView {
  return summary ? { state: 'ready', summary } : { state: 'unscriptable' };
}

/** Pages where the reader may ask for highlighting that did not start on its own. */
export function canHighlightAnyway(summary: PageSummary): boolean {
  return summary.status === 'unrelated' || summary.status === 'on-demand';
}
