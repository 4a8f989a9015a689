// The last problem found reading the stored settings (kept by the settings store), for the notice at the top.
import { useEffect, useState } from 'preact/hooks';
import { settingsProblemItem } from '../../src/extension/settings-store';

export function useSettingsProblem(): [string | null, () => void] {
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    // The store writes the problem while loading, possibly after this first read: the watch catches that.
    void settingsProblemItem.getValue().then((p) => live && setProblem(p));
    const stop = settingsProblemItem.watch((p) => live && setProblem(p));
    return () => {
      live = false;
      stop();
    };
  }, []);
  const dismiss = () => {
    setProblem(null);
    void settingsProblemItem.setValue(null);
  };
  return [problem, dismiss];
}
