// The side panel (Firefox: the sidebar): a fact card for every entity found on the page in the active tab,
// grouped by kind and filterable, with the roundtable's speakers the page leaves out. It is also the accessible
// way to what the highlights show, since custom highlights are invisible to screen readers.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { loadDataset } from '../../src/dataset';
import { matchesFilter, NO_FILTER, type CardFilter } from '../../src/ui/card-filter';
import { FactCard } from '../../src/ui/FactCard';
import { FactCardGroups, type CardItem } from '../../src/ui/FactCardGroups';
import { describe } from '../../src/ui/facts';
import { FilterBar } from '../../src/ui/FilterBar';
import { viewWithSettings, type PageView } from '../../src/ui/page-view';
import { switchableHost, withSite } from '../../src/ui/site-switch';
import { highlightAnyway, stepMention } from '../../src/ui/tab-client';
import { usePageView } from '../../src/ui/use-page-view';
import { useSettings } from '../../src/ui/use-settings';
import { KIND_ORDER } from '../../src/ui/words';
import { NotOnPage } from './NotOnPage';
import { PanelNotice } from './PanelNotice';
import { useActiveTab } from './use-active-tab';
import { usePanelFocus, type PanelFocus } from './use-panel-focus';

/** How long a card the reader jumped to stays marked. */
const FLASH_MS = 2000;

export function SidePanel() {
  const index = useMemo(() => loadDataset(), []);
  const { tab, generation } = useActiveTab();
  const [pageView, replace] = usePageView(tab?.id, tab?.url, generation);
  const view: PageView = tab === null ? { state: 'unscriptable' } : pageView;
  const summary = view.state === 'ready' ? view.summary : undefined;
  const focus = usePanelFocus(tab?.id);
  const { settings, change } = useSettings();
  const [filter, setFilter] = useState<CardFilter>(NO_FILTER);
  const [target, setTarget] = useState<PanelFocus>();
  const [flashId, setFlashId] = useState<string>();
  const [busy, setBusy] = useState(false);
  const targetRef = useRef<HTMLElement>(null);
  const scrolledFor = useRef<number | undefined>(undefined);
  const host = switchableHost(tab?.url);

  useEffect(() => setTarget(undefined), [tab?.id]);
  useEffect(() => {
    if (!focus) return;
    setTarget(focus);
    setFilter(NO_FILTER); // the card asked for must not hide behind a filter
  }, [focus]);

  const items = useMemo<CardItem[]>(
    () =>
      (summary?.entities ?? []).flatMap((found) => {
        const facts = describe(index, found.id);
        return facts ? [{ facts, found }] : [];
      }),
    [index, summary],
  );
  const visible = items.filter((item) => matchesFilter(item.facts, filter));
  const available = KIND_ORDER.map((kind) => ({
    kind,
    count: items.filter((i) => i.facts.kind === kind).length,
  })).filter((k) => k.count > 0);
  const onPage = target !== undefined && items.some((i) => i.facts.id === target.id);
  const lookedUp = target && !onPage && view.state !== 'loading' ? describe(index, target.id) : undefined;

  // Bring the asked-for card into view once it exists, then mark it briefly.
  useEffect(() => {
    const card = targetRef.current;
    if (!target || !card || scrolledFor.current === target.at) return;
    scrolledFor.current = target.at;
    const reduced = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
    card.scrollIntoView?.({ block: 'start', behavior: reduced ? 'auto' : 'smooth' });
    card.focus({ preventScroll: true });
    setFlashId(target.id);
    const timer = setTimeout(() => setFlashId(undefined), FLASH_MS);
    return () => clearTimeout(timer);
  });

  const step = async (id: string) => (tab ? stepMention(tab.id, id, 1) : undefined);
  const anyway = async () => {
    if (!tab) return;
    setBusy(true);
    const next = await highlightAnyway(tab.id);
    setBusy(false);
    if (next) replace(next);
  };

  return (
    <main class="sidepanel">
      <header class="panel-header">
        <h1>Fact cards</h1>
        {summary?.title ? <p class="page-title">{summary.title}</p> : null}
      </header>
      <PanelNotice
        view={viewWithSettings(view, settings)}
        host={host}
        busy={busy}
        onHighlightAnyway={() => void anyway()}
        onSwitchSiteOn={() => void change((s) => withSite(s, host, true))}
        onSwitchOnEverywhere={() => void change((s) => ({ ...s, enabled: true }))}
      />
      {lookedUp && target ? (
        <section class="looked-up" aria-labelledby="looked-up-heading">
          <h2 id="looked-up-heading">Looked up</h2>
          <p class="hint">Not found on this page.</p>
          <FactCard index={index} facts={lookedUp} flash={flashId === target.id} cardRef={targetRef} />
        </section>
      ) : null}
      {items.length > 0 ? <FilterBar filter={filter} available={available} onChange={setFilter} /> : null}
      {items.length > 0 && visible.length === 0 ? (
        <div class="notice" role="status">
          <p>No card matches the filter.</p>
          <button type="button" onClick={() => setFilter(NO_FILTER)}>
            Clear the filter
          </button>
        </div>
      ) : null}
      <FactCardGroups
        index={index}
        items={visible}
        onStep={step}
        {...(onPage && target ? { targetId: target.id, targetRef } : {})}
        {...(flashId ? { flashId } : {})}
      />
      {summary?.status === 'highlighted' ? (
        <NotOnPage index={index} found={summary.entities} onShow={(id) => setTarget({ id, at: Date.now() })} />
      ) : null}
    </main>
  );
}
