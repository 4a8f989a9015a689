// @vitest-environment happy-dom
// The site's own theme switch: the tone is judged again once its colours have settled, once per quiet spell, and
// never after the watch stopped; other changes on the page do not count.
import { afterEach, describe, expect, test } from 'vitest';
import { THEME_SETTLE_MS, watchThemeSwitch, type ThemeWatch } from '../../src/dom/theme-watch';

/** Timers run by hand: `advance` fires what is due, in order. */
function manualTimers() {
  let now = 0;
  let next = 1;
  const due = new Map<number, { at: number; fn: () => void }>();
  return {
    setTimeout(fn: () => void, ms: number) {
      due.set(next, { at: now + ms, fn });
      return next++;
    },
    clearTimeout(id: number) {
      due.delete(id);
    },
    advance(ms: number) {
      const until = now + ms;
      for (;;) {
        const first = [...due.entries()].filter(([, t]) => t.at <= until).sort((a, b) => a[1].at - b[1].at)[0];
        if (!first) break;
        due.delete(first[0]);
        now = first[1].at;
        first[1].fn();
      }
      now = until;
    },
  };
}

const mutationsDelivered = () => new Promise((resolve) => setTimeout(resolve, 0));

let watch: ThemeWatch | undefined;
afterEach(() => watch?.stop());

describe('watching the site’s theme switch', () => {
  test('a class on <html> is judged once its colours settle, and once more later', async () => {
    const timers = manualTimers();
    let judged = 0;
    watch = watchThemeSwitch(document, () => judged++, timers);
    watch.observe();
    document.documentElement.classList.add('dark');
    await mutationsDelivered();
    timers.advance(THEME_SETTLE_MS[0]! - 1);
    expect(judged).toBe(0);
    timers.advance(1);
    expect(judged).toBe(1);
    timers.advance(THEME_SETTLE_MS[1]!);
    expect(judged).toBe(2);
  });

  test('a page that toggles a body class on every scroll is judged once it is quiet', async () => {
    const timers = manualTimers();
    let judged = 0;
    watch = watchThemeSwitch(document, () => judged++, timers);
    watch.observe();
    for (let i = 0; i < 20; i++) {
      document.body.classList.toggle('scrolled');
      await mutationsDelivered();
      timers.advance(100);
    }
    expect(judged).toBe(0);
    timers.advance(Math.max(...THEME_SETTLE_MS));
    expect(judged).toBe(THEME_SETTLE_MS.length);
  });

  test('changes deeper in the page do not count', async () => {
    const timers = manualTimers();
    let judged = 0;
    document.body.innerHTML = '<main><p>text</p></main>';
    watch = watchThemeSwitch(document, () => judged++, timers);
    watch.observe();
    document.querySelector('main')!.className = 'dark';
    document.querySelector('p')!.textContent = 'other text';
    await mutationsDelivered();
    timers.advance(5_000);
    expect(judged).toBe(0);
  });

  test('a replaced body is watched once observe is asked again, and nothing fires after stop', async () => {
    const timers = manualTimers();
    let judged = 0;
    watch = watchThemeSwitch(document, () => judged++, timers);
    watch.observe();
    document.documentElement.replaceChild(document.createElement('body'), document.body);
    watch.observe();
    document.body.setAttribute('data-theme', 'dark');
    await mutationsDelivered();
    timers.advance(5_000);
    expect(judged).toBe(THEME_SETTLE_MS.length);

    document.body.setAttribute('data-theme', 'light');
    await mutationsDelivered();
    watch.stop();
    timers.advance(5_000);
    document.documentElement.classList.add('dark');
    await mutationsDelivered();
    timers.advance(5_000);
    expect(judged).toBe(THEME_SETTLE_MS.length);
  });
});
