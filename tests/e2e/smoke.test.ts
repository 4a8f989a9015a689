import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { summaryFor } from '../support/extension-state';
import { serve, type StaticServer } from '../support/static-server';

let browser: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await serve({ '/plain.html': '<!doctype html><title>Plain</title><p>Nothing to see here.</p>' });
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the content script runs on a page served from 127.0.0.1 and reports it to the background', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/plain.html'));
  await expect
    .poll(() => summaryFor(browser, server.url('/plain.html')), { timeout: 10_000 })
    .toMatchObject({
      verdict: 'unrelated',
      status: 'unrelated',
    });
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
