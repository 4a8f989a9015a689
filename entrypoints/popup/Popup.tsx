// The toolbar popup: look up an entity, see what GII Lens made of the page in the active tab, and switch
// highlighting on or off for this site or everywhere.
import { useEffect, useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { loadDataset } from '../../src/dataset';
import { siteDisabled } from '../../src/extension/settings';
import { EntitySearch } from '../../src/ui/EntitySearch';
import { PageStatus } from '../../src/ui/PageStatus';
import { viewWithSettings, type PageView } from '../../src/ui/page-view';
import type { SearchResult } from '../../src/ui/search';
import { switchableHost, withSite } from '../../src/ui/site-switch';
import { Switch } from '../../src/ui/Switch';
import { activeTab, highlightAnyway, openPanel, openPanelOn, type TabInfo } from '../../src/ui/tab-client';
import { usePageView } from '../../src/ui/use-page-view';
import { useSettings } from '../../src/ui/use-settings';

export interface PopupProps {
  /** Called once the popup has done its job (a panel or the options page opened): main.tsx closes the popup. */
  onDone?: () => void;
}

const reason = (e: unknown) => (e instanceof Error ? e.message : String(e));

export function Popup({ onDone = () => undefined }: PopupProps) {
  const index = useMemo(() => loadDataset(), []);
  // undefined while asking, null when there is no active tab to speak of.
  const [tab, setTab] = useState<TabInfo | null>();
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();
  const { settings, save, change } = useSettings();
  const [pageView, replace] = usePageView(tab?.id, tab?.url);
  const view: PageView = tab === null ? { state: 'unscriptable' } : pageView;
  const host = switchableHost(tab?.url);

  useEffect(() => {
    activeTab().then(
      (t) => setTab(t ?? null),
      () => setTab(null),
    );
  }, []);

  // Both open handlers call openPanel before any await: the browser allows it only within the user's gesture.
  const openOn = (result: SearchResult) => {
    if (!tab) return setProblem('There is no tab to open the fact cards beside.');
    openPanelOn(tab.id, result.id).then(onDone, (e: unknown) =>
      setProblem(`The fact cards could not open: ${reason(e)}`),
    );
  };
  const openCards = () => {
    if (!tab) return;
    openPanel(tab.id).then(onDone, (e: unknown) => setProblem(`The fact cards could not open: ${reason(e)}`));
  };
  const openOptions = (e: Event) => {
    e.preventDefault();
    browser.runtime
      .openOptionsPage()
      .then(onDone, (err: unknown) => setProblem(`The options could not open: ${reason(err)}`));
  };
  const anyway = async () => {
    if (!tab) return;
    setBusy(true);
    const summary = await highlightAnyway(tab.id);
    setBusy(false);
    if (summary) replace(summary);
    else setProblem('The page did not answer. Reload it and try again.');
  };

  return (
    <main class="popup">
      <header class="popup-header">
        <h1>GII Lens</h1>
        <a href="#" class="options-link" onClick={openOptions}>
          Options
        </a>
      </header>
      <EntitySearch index={index} onOpen={openOn} autoFocus />
      <PageStatus view={viewWithSettings(view, settings)} busy={busy} onHighlightAnyway={() => void anyway()} />
      <section class="switches" aria-label="Highlighting">
        <Switch
          label="Highlight on this site"
          hint={host || 'This page has no site to switch'}
          checked={settings !== undefined && host !== '' && !siteDisabled(settings, host)}
          disabled={!settings || !host}
          onChange={(on) => void change((s) => withSite(s, host, on))}
        />
        <Switch
          label="Highlight everywhere"
          checked={settings?.enabled ?? false}
          disabled={!settings}
          onChange={(on) => void change((s) => ({ ...s, enabled: on }))}
        />
      </section>
      <footer class="popup-footer">
        <button type="button" class="primary" disabled={!tab} onClick={openCards}>
          Open fact cards
        </button>
      </footer>
      {problem || save.state === 'failed' ? (
        <p class="problem" role="alert">
          {problem ?? (save.state === 'failed' ? `The change could not be saved: ${save.reason}` : '')}
        </p>
      ) : null}
    </main>
  );
}
