// The popup's page status: the verdict in plain words, why, what was found, and "Highlight anyway" where the
// extension held back.
import type { PageSummary } from '../extension/messages';
import { canHighlightAnyway, type PageView } from './page-view';
import { KIND_HEADINGS, STATUS_WORDS, UNSCRIPTABLE_WORDS, VERDICT_WORDS } from './words';

export interface PageStatusProps {
  view: PageView;
  /** Set while "Highlight anyway" is on its way, so a second click does not send it twice. */
  busy?: boolean;
  onHighlightAnyway: () => void;
}

export function PageStatus({ view, busy = false, onHighlightAnyway }: PageStatusProps) {
  if (view.state === 'loading') {
    return (
      <section class="page-status" aria-busy="true">
        <p>Reading the page…</p>
      </section>
    );
  }
  if (view.state === 'unscriptable') {
    return (
      <section class="page-status unscriptable" aria-labelledby="page-status-heading">
        <h2 id="page-status-heading">This page cannot be read</h2>
        <p>{UNSCRIPTABLE_WORDS}</p>
      </section>
    );
  }
  const { summary } = view;
  return (
    <section class={`page-status verdict-${summary.verdict}`} aria-labelledby="page-status-heading">
      <h2 id="page-status-heading">{VERDICT_WORDS[summary.verdict]}</h2>
      <p class="status-line">{STATUS_WORDS[summary.status]}</p>
      {summary.reasons.length > 0 ? (
        <ul class="reasons" aria-label="Why">
          {summary.reasons.slice(0, 5).map((r, i) => (
            <li key={i}>{r}</li>
          ))}
        </ul>
      ) : null}
      {summary.status === 'highlighted' ? <Counts summary={summary} /> : null}
      {canHighlightAnyway(summary) ? (
        <button type="button" class="primary" disabled={busy} onClick={onHighlightAnyway}>
          {busy ? 'Highlighting…' : 'Highlight anyway'}
        </button>
      ) : null}
    </section>
  );
}

function Counts({ summary }: { summary: PageSummary }) {
  const kinds = ['person', 'organization', 'place', 'figure'] as const;
  const total = kinds.reduce((n, k) => n + summary.counts[k], 0);
  if (total === 0) return <p class="counts">Nothing from the roundtable was found on this page.</p>;
  // Mentions, not distinct entities: a page naming 19 speakers several times each shows "people 40".
  return (
    <p class="counts">
      Mentions on this page: {kinds.map((k) => `${KIND_HEADINGS[k].toLowerCase()} ${summary.counts[k]}`).join(', ')}
    </p>
  );
}
