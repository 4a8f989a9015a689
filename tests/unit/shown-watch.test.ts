// @vitest-environment happy-dom
// The page showing, hiding or restyling something (a class, a style, `hidden`, `open`, a theme attribute) asks for
// another look; other attributes, and our own UI, do not.
import { afterEach, describe, expect, test } from 'vitest';
import { watchShownChanges, type ShownWatch } from '../../src/dom/shown-watch';

const mutationsDelivered = () => new Promise((resolve) => setTimeout(resolve, 0));

let watch: ShownWatch | undefined;
afterEach(() => watch?.stop());

function setUp(): { asked: () => number } {
  document.body.innerHTML =
    '<nav class="drawer"><p>Menu</p></nav><details><summary>More</summary><p>Text</p></details>' +
    '<div data-gii-lens-ui=""></div><p><mark class="gii-lens-mark">LIU Hua</mark></p>';
  let asked = 0;
  // Each schedule call counts as one recount: the batching itself is createBatcher's (tested with the watcher).
  watch = watchShownChanges(
    document.documentElement,
    () => undefined,
    () => asked++,
  );
  return { asked: () => asked };
}

describe('watching what the page shows and hides', () => {
  test.each([
    ['a class taken away', () => document.querySelector('nav')!.classList.remove('drawer')],
    ['an inline style', () => document.querySelector('nav')!.setAttribute('style', 'display:none')],
    ['hidden', () => document.querySelector('nav')!.toggleAttribute('hidden')],
    ['a details opened', () => document.querySelector('details')!.setAttribute('open', '')],
    ['a theme on a wrapper', () => document.querySelector('nav')!.setAttribute('data-theme', 'dark')],
  ])('%s asks for a recount', async (_label, change) => {
    const { asked } = setUp();
    change();
    await mutationsDelivered();
    expect(asked()).toBe(1);
  });

  test('other attributes and our own UI do not', async () => {
    const { asked } = setUp();
    document.querySelector('nav')!.setAttribute('aria-label', 'Site menu');
    document.querySelector('nav')!.setAttribute('title', 'Menu');
    document.querySelector('[data-gii-lens-ui]')!.setAttribute('style', 'top:10px');
    document.querySelector('mark')!.setAttribute('class', 'gii-lens-mark gii-lens-person');
    await mutationsDelivered();
    expect(asked()).toBe(0);
  });

  test('nothing is asked after stop', async () => {
    const { asked } = setUp();
    watch!.stop();
    document.querySelector('nav')!.classList.remove('drawer');
    await mutationsDelivered();
    expect(asked()).toBe(0);
  });
});

describe('answers kept about what is shown', () => {
  test('are dropped at the change itself, before the batched recount', async () => {
    document.body.innerHTML = '<nav class="drawer"><p>Menu</p></nav>';
    const events: string[] = [];
    watch = watchShownChanges(
      document.documentElement,
      () => events.push('recount'),
      () => events.push('scheduled'),
      () => events.push('dirty'),
    );
    document.querySelector('nav')!.classList.remove('drawer');
    await mutationsDelivered();
    // The recount itself waits for the batch; the kept answers are gone already.
    expect(events).toEqual(['dirty', 'scheduled']);
  });
});
