// The page's life around the content script: a single-page app that changes story without a page load is judged
// afresh, and an extension update (the old content script invalidated) leaves open pages as they were.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { pageAnswer, summaryFor } from '../support/extension-state';
import { hoverCardFor, paintedPeople } from '../support/page-helpers';
import { newsPage, UNRELATED_PAGE } from '../support/pages';
import { serve, type StaticServer } from '../support/static-server';

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await serve({
    '/app.html': UNRELATED_PAGE,
    '/gii.html': newsPage('GII 2025: the roundtable in Beijing', [
      'Carsten Fink of WIPO presented the Global Innovation Index 2025 by video.',
      'Ms. LIU Hua said China had 24 clusters in the top 100.',
    ]),
  });
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** What the extension has put into the page: highlights, style sheets, the card's host. */
const ourTraces = (page: Page) =>
  page.evaluate(() => ({
    highlights: [...CSS.highlights.keys()].filter((name) => name.startsWith('gii-lens-')).length,
    styles: document.querySelectorAll('style[data-gii-lens-ui]').length,
    cards: document.querySelectorAll('gii-lens-card').length,
  }));

/**
 * The app shows another story: a new address without a page load, then (at once, or after `renderAfterMs`, as an
 * app that fetches the story does) the new title and article.
 */
const showStory = (page: Page, title: string, paragraphs: string[], path: string, renderAfterMs = 0) =>
  page.evaluate(
    ([t, ps, p, ms]) => {
      const render = () => {
        document.title = t;
        const article = document.querySelector('article')!;
        article.replaceChildren(
          ...ps.map((text) => {
            const el = document.createElement('p');
            el.textContent = text;
            return el;
          }),
        );
      };
      history.pushState({}, '', p);
      if (ms > 0) setTimeout(render, ms);
      else render();
    },
    [title, paragraphs, path, renderAfterMs] as const,
  );

test('a single-page app moving to a GII story (rendered after the address changed) and away again is judged afresh', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/app.html'));
  await expect
    .poll(() => pageAnswer(browser, server.url('/app.html')), { timeout: 10_000 })
    .toMatchObject({
      status: 'unrelated',
    });
  expect(await ourTraces(page)).toEqual({ highlights: 0, styles: 0, cards: 0 });

  await showStory(
    page,
    'Global Innovation Index 2025: China in the top 10',
    [
      'WIPO’s Global Innovation Index 2025 puts China in the top 10 for the first time.',
      'Carsten Fink, Chief Economist of WIPO, spoke by video; Ms. LIU Hua opened the roundtable.',
    ],
    '/stories/8141',
    // The story arrives well after the address changed.
    800,
  );
  await expect.poll(() => paintedPeople(page), { timeout: 10_000 }).toEqual(['Carsten Fink', 'LIU Hua']);
  await expect
    .poll(() => summaryFor(browser, server.url('/stories/8141')), { timeout: 10_000 })
    .toMatchObject({ status: 'highlighted', verdict: 'gii-2025' });

  await showStory(
    page,
    'Harbour festival: the final night',
    ['Fireworks closed the festival; the song contest was won by a choir from the old town.'],
    '/stories/harbour',
  );
  await expect.poll(() => ourTraces(page), { timeout: 10_000 }).toEqual({ highlights: 0, styles: 0, cards: 0 });
  await expect
    .poll(() => summaryFor(browser, server.url('/stories/harbour')), { timeout: 10_000 })
    .toMatchObject({ status: 'unrelated' });
  await page.close();
});

// Last in this file: reloading the extension ends its service worker and every content script it had running.
test('an extension update leaves an open page as it was: highlights, styles and card gone', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/gii.html'));
  await expect.poll(() => paintedPeople(page), { timeout: 15_000 }).toEqual(['Carsten Fink', 'LIU Hua']);
  await hoverCardFor(page, 'Carsten Fink');
  const text = await page.evaluate(() => document.body.innerText);
  // Move the pointer away and leave the page alone: nothing the reader does may be needed for the clean-up.
  await page.mouse.move(5, 5);
  await page.waitForTimeout(600);
  expect((await ourTraces(page)).styles).toBe(1);
  type Chrome = { runtime: { reload(): void } };
  await browser.worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.runtime.reload());
  await expect.poll(() => ourTraces(page), { timeout: 10_000 }).toEqual({ highlights: 0, styles: 0, cards: 0 });
  expect(await page.evaluate(() => document.body.innerText)).toBe(text);
  await page.close();
});
