// A site's own theme switch: most sites turn dark by setting a class or a data attribute on <html> or <body>
// (`class="dark"`, `data-theme="dark"`), not through the reader's system setting. Watching just those two elements'
// attributes, not the whole page's, tells the engine when to judge the text's tone again; and since sites ease
// their colours over a transition, it is judged once the colours have settled, and once more later.

/** After the last attribute change: once a usual colour transition is over, then once more for slow ones. */
export const THEME_SETTLE_MS: readonly number[] = [400, 1500];

export interface ThemeWatch {
  /** Watches `doc`'s <html> and its current <body> (again, after a page replaced its body). */
  observe(): void;
  stop(): void;
}

export interface ThemeWatchTimers {
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export function watchThemeSwitch(doc: Document, onSettled: () => void, timers: ThemeWatchTimers): ThemeWatch {
  let pending: number[] = [];
  const cancel = () => {
    for (const id of pending) timers.clearTimeout(id);
    pending = [];
  };
  // A page that toggles a class on every scroll restarts the wait each time: the tone is judged once it is quiet.
  const observer = new MutationObserver(() => {
    cancel();
    pending = THEME_SETTLE_MS.map((ms) => timers.setTimeout(onSettled, ms));
  });
  return {
    observe() {
      observer.disconnect();
      observer.observe(doc.documentElement, { attributes: true });
      if (doc.body) observer.observe(doc.body, { attributes: true });
    },
    stop() {
      cancel();
      observer.disconnect();
    },
  };
}
