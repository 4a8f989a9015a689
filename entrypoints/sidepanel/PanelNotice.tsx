// The side panel's message when there are no cards to show, and the one action that would change that.
import type { ComponentChildren } from 'preact';
import type { PageView } from '../../src/ui/page-view';
import { UNSCRIPTABLE_WORDS } from '../../src/ui/words';

export interface PanelNoticeProps {
  view: PageView;
  host: string;
  busy: boolean;
  onHighlightAnyway: () => void;
  onSwitchSiteOn: () => void;
  onSwitchOnEverywhere: () => void;
}

/** Nothing when the page has cards to show. */
export function PanelNotice({
  view,
  host,
  busy,
  onHighlightAnyway,
  onSwitchSiteOn,
  onSwitchOnEverywhere,
}: PanelNoticeProps) {
  if (view.state === 'loading') return <Notice text="Reading the page…" />;
  if (view.state === 'unscriptable') return <Notice text={UNSCRIPTABLE_WORDS} />;
  const { summary } = view;
  const anyway = (
    <button type="button" class="primary" disabled={busy} onClick={onHighlightAnyway}>
      {busy ? 'Highlighting…' : 'Highlight anyway'}
    </button>
  );
  switch (summary.status) {
    case 'unrelated':
      return <Notice text="This page is not about the GII; nothing is highlighted." action={anyway} />;
    case 'on-demand':
      return (
        <Notice
          text="This page is about the GII. In on-demand mode it is highlighted only when you ask."
          action={anyway}
        />
      );
    case 'site-off':
      return (
        <Notice
          text={`GII Lens is switched off on ${host || 'this site'}.`}
          action={
            <button type="button" onClick={onSwitchSiteOn}>
              Switch on for this site
            </button>
          }
        />
      );
    case 'disabled':
      return (
        <Notice
          text="GII Lens is switched off everywhere."
          action={
            <button type="button" onClick={onSwitchOnEverywhere}>
              Switch on everywhere
            </button>
          }
        />
      );
    case 'highlighted':
      return summary.entities.length === 0 ? (
        <Notice text="Nothing from the roundtable was found on this page." />
      ) : null;
  }
}

function Notice({ text, action }: { text: string; action?: ComponentChildren }) {
  return (
    <div class="notice" role="status">
      <p>{text}</p>
      {action}
    </div>
  );
}
