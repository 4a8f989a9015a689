// The entity the reader asked to see (from the popup's look-up or a hover card's "Fact cards" button), handed over
// through storage.session because the panel may not be open yet when it is asked for.
import { useEffect, useState } from 'preact/hooks';
import { panelFocusItem } from '../../src/extension/tab-state';

/** A request older than this was never picked up (the panel failed to open): do not act on it later. */
const FRESH_MS = 60_000;

export interface PanelFocus {
  id: string;
  /** When it was asked for: a second request for the same entity is a new request. */
  at: number;
}

export function usePanelFocus(tabId: number | undefined): PanelFocus | undefined {
  const [focus, setFocus] = useState<PanelFocus>();

  useEffect(() => {
    setFocus(undefined);
    if (tabId === undefined) return;
    let live = true;
    const take = (item: { tabId: number; id: string; at: number } | null) => {
      if (!live || !item || item.tabId !== tabId || Date.now() - item.at > FRESH_MS) return;
      setFocus({ id: item.id, at: item.at });
      // Taken: a later visit to this tab should not jump to the card again.
      void panelFocusItem.setValue(null);
    };
    void panelFocusItem.getValue().then(take);
    const stop = panelFocusItem.watch(take);
    return () => {
      live = false;
      stop();
    };
  }, [tabId]);

  return focus;
}
