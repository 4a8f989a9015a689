import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { badgeFor, pageAnswer, summaryFor } from '../support/extension-state';
import { tabIdOf } from '../support/page-helpers';
import { sourceArticlePage } from '../support/pages';
import { serve, type StaticServer } from '../support/static-server';

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await serve({
    '/plain.html': '<!doctype html><title>Plain</title><p>Nothing to see here.</p>',
    '/article.html': sourceArticlePage(),
  });
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the content script runs on a page served from 127.0.0.1, judges it and answers when asked', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/plain.html'));
  await expect
    .poll(() => pageAnswer(browser, server.url('/plain.html')), { timeout: 10_000 })
    .toMatchObject({ verdict: 'unrelated', status: 'unrelated' });
  // An unrelated page tells the background nothing: the popup learns the verdict from the page itself.
  expect(await summaryFor(browser, server.url('/plain.html'))).toBeUndefined();
  const popup = await browser.context.newPage();
  await popup.goto(browser.extensionUrl(`popup.html?tab=${await tabIdOf(browser, server.url('/plain.html'))}`));
  await expect
    .poll(() => popup.locator('.page-status').innerText(), { timeout: 10_000 })
    .toContain('Not about the GII');
  await popup.close();
  await page.close();
});

test("a GII page's badge count is gone once the tab goes on to an unrelated page, which tells the tab nothing", async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/article.html'));
  await expect.poll(() => badgeFor(browser, server.url('/article.html')), { timeout: 15_000 }).toMatch(/^\d+$/);
  await page.goto(server.url('/plain.html'));
  await expect
    .poll(() => pageAnswer(browser, server.url('/plain.html')), { timeout: 10_000 })
    .toMatchObject({
      status: 'unrelated',
    });
  expect(await badgeFor(browser, server.url('/plain.html'))).toBe('');
  await page.close();
});

test.each(['popup.html', 'sidepanel.html', 'options.html'])(
  'the extension page %s opens without errors',
  async (path) => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(browser.extensionUrl(path));
    await expect.poll(() => page.locator('#app').evaluate((el) => el.childElementCount)).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  },
);
