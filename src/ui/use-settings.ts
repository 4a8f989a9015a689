// The reader's settings, live: loaded once (validated and migrated by the store), then followed through
// storage.watch so a change made in the popup shows in an open options page and the other way round.
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { Settings } from '../extension/settings';
import { loadSettings, updateSettings, watchSettings } from '../extension/settings-store';
import { serial } from './serial';

export type SaveState =
  { state: 'idle' } | { state: 'saving' } | { state: 'saved' } | { state: 'failed'; reason: string };

export interface SettingsHandle {
  /** undefined until the first read finished. */
  settings: Settings | undefined;
  save: SaveState;
  /** Applies a change to the freshest stored settings and saves it; changes run one at a time. */
  change: (edit: (s: Settings) => Settings) => Promise<void>;
}

export function useSettings(): SettingsHandle {
  const [settings, setSettings] = useState<Settings>();
  const [save, setSave] = useState<SaveState>({ state: 'idle' });
  const queue = useMemo(() => serial(), []);

  useEffect(() => {
    let live = true;
    void loadSettings().then((s) => {
      if (live) setSettings((current) => current ?? s);
    });
    const stop = watchSettings((s) => {
      if (live) setSettings(s);
    });
    return () => {
      live = false;
      stop();
    };
  }, []);

  const change = useCallback(
    async (edit: (s: Settings) => Settings) => {
      // Show the change at once: a controlled checkbox re-rendered from the old settings while the save is under
      // way would flip back under the user's click until storage answers.
      setSettings((current) => (current ? edit(current) : current));
      setSave({ state: 'saving' });
      try {
        const next = await queue(() => updateSettings(edit));
        setSettings(next);
        setSave({ state: 'saved' });
      } catch (e) {
        // The save failed: show what is really stored again.
        void loadSettings().then(setSettings);
        setSave({ state: 'failed', reason: e instanceof Error ? e.message : String(e) });
      }
    },
    [queue],
  );

  return { settings, save, change };
}
