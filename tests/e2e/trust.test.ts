// Trust, in real Chromium: no network traffic from the extension, hostile pages cannot break it, page text never
// runs as markup in the cards, a strict Content-Security-Policy or an overlay does not stop it.
import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { pageAnswer, summaryFor } from '../support/extension-state';
import { hoverCardFor, paintedPeople } from '../support/page-helpers';
import { newsPage, sourceArticlePage, UNRELATED_PAGE } from '../support/pages';
import { serve, type StaticServer } from '../support/static-server';

// Playwright reports service-worker requests only when asked to.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

let browser: ExtensionBrowser;
let server: StaticServer;

const GII_LINES = [
  'WIPO’s Global Innovation Index 2025 ranks China 10th, and Ms. LIU Hua of the WIPO Office in China said so in Beijing.',
  'Carsten Fink presented the GII 2025 by video.',
];

beforeAll(async () => {
  mkdirSync('test-output/screenshots', { recursive: true });
  const hostileScript = `<script>
    // The page breaks the built-ins of its own world. The extension runs in its own world and must not care.
    Array.prototype.push = function () { throw new Error('page broke push'); };
    Array.prototype.map = function () { throw new Error('page broke map'); };
    Node.prototype.appendChild = function () { throw new Error('page broke appendChild'); };
    Element.prototype.getAttribute = function () { throw new Error('page broke getAttribute'); };
    window.MutationObserver = function () { throw new Error('page broke MutationObserver'); };
    document.createTreeWalker = function () { throw new Error('page broke createTreeWalker'); };
  </script>`;
  server = await serve({
    '/article.html': sourceArticlePage(),
    '/unrelated.html': UNRELATED_PAGE,
    '/hostile.html': newsPage('GII 2025: hostile page', GII_LINES, hostileScript),
    '/markup.html': newsPage('GII 2025: markup in the text', [
      ...GII_LINES,
      '<img src=x onerror="window.pwned=1"> <script>window.pwned=2</script> Ms. LIU Hua wrote </p><b>bold?</b>',
    ]),
    '/csp.html': {
      body: newsPage('GII 2025 under a strict policy', GII_LINES),
      headers: { 'content-security-policy': "default-src 'none'; style-src 'self'; script-src 'none'; img-src 'none'" },
    },
    '/overlay.html': newsPage(
      'GII 2025 behind an overlay',
      GII_LINES,
      '<style>article{user-select:none;-webkit-user-select:none}.ad{position:fixed;right:0;bottom:0;width:300px;height:200px;z-index:2147483647;background:#c00}</style>',
      '<div class="ad">An advert on top of everything</div>',
    ),
  });
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the extension makes no network request of its own: pages, popup and side panel', async () => {
  const requests: string[] = [];
  browser.context.on('request', (r) => requests.push(r.url()));
  // The article reports its summary once painted; an unrelated page keeps its verdict until asked, so it is asked,
  // as the popup would (which also loads the protocol script there: its requests are recorded too).
  const judged = {
    '/article.html': async () => (await summaryFor(browser, server.url('/article.html')))?.status,
    '/unrelated.html': async () => (await pageAnswer(browser, server.url('/unrelated.html')))?.status,
  };
  const expected = { '/article.html': 'highlighted', '/unrelated.html': 'unrelated' };
  for (const path of ['/article.html', '/unrelated.html'] as const) {
    const page = await browser.context.newPage();
    await page.goto(server.url(path));
    await expect.poll(judged[path], { timeout: 10_000 }).toBe(expected[path]);
    await page.waitForTimeout(500);
  }
  for (const path of ['popup.html', 'sidepanel.html', 'options.html']) {
    const page = await browser.context.newPage();
    await page.goto(browser.extensionUrl(path));
    await page.waitForTimeout(800);
    await page.close();
  }
  const foreign = requests.filter((url) => {
    const u = new URL(url);
    if (u.protocol === 'chrome-extension:' && u.host === browser.extensionId) return false; // its own packaged files
    if (u.origin === server.origin) return !['/article.html', '/unrelated.html', '/favicon.ico'].includes(u.pathname);
    return true;
  });
  expect(foreign).toEqual([]);
  expect(requests.some((u) => u.startsWith(server.origin))).toBe(true); // the recorder did see traffic
});

test('a page that breaks its own built-ins is still highlighted, and its scripts see no error from us', async () => {
  const page = await browser.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(server.url('/hostile.html'));
  await expect.poll(() => paintedPeople(page), { timeout: 10_000 }).toContain('LIU Hua');
  const card = await hoverCardFor(page, 'Carsten Fink');
  expect(await card.innerText()).toContain('Chief Economist of WIPO');
  expect(errors).toEqual([]);
  await page.close();
});

test('markup-like and script-like page text is shown as text in the card and never runs', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/markup.html'));
  await expect.poll(() => paintedPeople(page), { timeout: 10_000 }).toContain('LIU Hua');
  const card = await hoverCardFor(page, 'LIU Hua wrote');
  expect(await card.innerText()).toContain('Liu Hua');
  expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
  expect(await page.locator('gii-lens-card img, gii-lens-card script').count()).toBe(0);
  await page.close();
});

test('a strict Content-Security-Policy does not stop the highlights or their colours', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/csp.html'));
  await expect.poll(() => paintedPeople(page), { timeout: 10_000 }).toContain('LIU Hua');
  // The ::highlight() colours reached the page: a highlighted word is painted with our background.
  const painted = await page.evaluate(() =>
    [...document.styleSheets, ...document.adoptedStyleSheets].some((sheet) => {
      try {
        return [...sheet.cssRules].some((r) => r.cssText.includes('::highlight(gii-lens-person)'));
      } catch {
        return false;
      }
    }),
  );
  expect(painted).toBe(true);
  await page.screenshot({ path: 'test-output/screenshots/strict-csp.png' });
  const card = await hoverCardFor(page, 'Carsten Fink');
  expect(await card.innerText()).toContain('Chief Economist of WIPO');
  await page.close();
});

test('user-select: none and a topmost overlay: highlights still paint and the card opens above the overlay', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/overlay.html'));
  await expect.poll(() => paintedPeople(page), { timeout: 10_000 }).toContain('LIU Hua');
  const card = await hoverCardFor(page, 'Carsten Fink');
  expect(await card.innerText()).toContain('Carsten Fink');
  await page.close();
});
