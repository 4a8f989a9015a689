// Extreme pages in real Chromium, each within a stated budget (the figures are printed): huge, deep, one giant text
// node, thousands of shadow roots, iframes of both origins, a replaced body, and a mutation storm (text, classes
// and styles).
import { chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CHROMIUM_FLAGS, CHROMIUM_PATH, launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { paintedPeople, paintedTexts } from '../support/page-helpers';
import { newsPage } from '../support/pages';
import { serve, type StaticServer } from '../support/static-server';

/** Budgets, in milliseconds: generous for a shared 2-core CI machine, tight enough to catch a quadratic slip. */
export const BUDGETS = {
  elements100k: 8_000,
  deep10k: 8_000,
  text5mb: 10_000,
  shadowRoots: 8_000,
  responsiveMs: 500,
  /** Extra main-thread script time the extension may add during a 5 s storm of 1,000 mutations a second. */
  stormExtraScriptMs: 1_500,
};

const LINE = 'Ms. LIU Hua said China ranked 10th in the Global Innovation Index 2025, Carsten Fink of WIPO added.';
let browser: ExtensionBrowser;
let server: StaticServer;
let other: StaticServer;
const figures: string[] = [];

const script = (body: string) => `<script>${body}</script>`;

beforeAll(async () => {
  other = await serve({ '/frame.html': newsPage('GII 2025 in a frame', [`Cross-origin frame: ${LINE}`]) });
  server = await serve({
    '/elements.html': newsPage(
      'GII 2025: a page of 100,000 elements',
      [LINE],
      '',
      script(`
      const root = document.querySelector('article');
      const frag = document.createDocumentFragment();
      for (let i = 0; i < 25000; i++) {
        const p = document.createElement('p');
        const b = document.createElement('b'); b.textContent = 'Item ' + i;
        const s = document.createElement('span'); s.textContent = i % 500 === 0 ? ' Carsten Fink of WIPO. ' : ' plain words here ';
        const a = document.createElement('a'); a.textContent = 'link';
        p.append(b, s, a); frag.append(p);
      }
      root.append(frag);`),
    ),
    // display: contents keeps Chromium's own layout shallow: without it Chromium itself crashes on a DOM ~5,000
    // boxes deep (with or without the extension); the DOM the extension walks is still 10,000 levels deep.
    '/deep.html': newsPage(
      'GII 2025: 10,000 levels deep',
      [LINE],
      '<style>.deep div{display:contents}</style>',
      script(`
      let node = document.querySelector('article');
      node.classList.add('deep');
      for (let i = 0; i < 10000; i++) { const d = document.createElement('div'); node.append(d); node = d; }
      node.textContent = 'At the bottom: Carsten Fink of WIPO presented the GII 2025.';`),
    ),
    '/bigtext.html': newsPage(
      'GII 2025: one 5 MB text node',
      [LINE],
      '',
      script(`
      const unit = 'Officials met for 24 hours of talks about the weather and the market. ';
      const text = unit.repeat(Math.ceil(5e6 / unit.length)) + ' Finally Carsten Fink of WIPO spoke.';
      const p = document.createElement('p'); p.textContent = text; document.querySelector('article').append(p);`),
    ),
    '/shadows.html': newsPage(
      'GII 2025: 3,000 shadow roots',
      [LINE],
      '',
      script(`
      const root = document.querySelector('article');
      for (let i = 0; i < 3000; i++) {
        const host = document.createElement('div'); root.append(host);
        const shadow = host.attachShadow({ mode: 'open' });
        const p = document.createElement('p'); p.textContent = i % 300 === 0 ? 'Shadow ' + i + ': Carsten Fink of WIPO.' : 'Shadow ' + i;
        shadow.append(p);
      }`),
    ),
    '/frames.html': newsPage(
      'GII 2025 with frames',
      [LINE],
      '',
      `<iframe src="/same.html" width="600" height="200"></iframe><iframe src="${other.origin}/frame.html" width="600" height="200"></iframe>`,
    ),
    '/same.html': newsPage('GII 2025 in a same-origin frame', [`Same-origin frame: ${LINE}`]),
    '/replace.html': newsPage(
      'GII 2025: the page replaces its body',
      [LINE],
      '',
      script(`
      setTimeout(() => {
        const body = document.createElement('body');
        const p = document.createElement('p');
        p.textContent = 'A new body arrives: Marco Alemán of WIPO sent a message about the GII 2025.';
        body.append(p);
        document.body = body;
      }, 1500);`),
    ),
    '/storm.html': newsPage(
      'GII 2025: a storm of changes',
      [LINE, 'Ticker: <span id="t">0</span>'],
      '',
      script(`
      window.startStorm = () => new Promise((done) => {
        const t = document.getElementById('t') || document.querySelector('p:last-child');
        let n = 0; const end = performance.now() + 5000;
        const tick = () => {
          // 1,000 text changes a second: about 16 per frame; and an animation that sets a class and a style on
          // every frame, as sliders and tickers do.
          for (let k = 0; k < 16; k++) t.textContent = 'Carsten Fink tick ' + (n++);
          t.parentElement.classList.toggle('lit');
          t.parentElement.style.opacity = String(0.5 + (n % 50) / 100);
          if (performance.now() < end) requestAnimationFrame(tick); else done(n);
        };
        requestAnimationFrame(tick);
      });`),
    ),
  });
  browser = await launchWithExtension();
});

afterAll(async () => {
  console.log(`\nExtreme pages (budgets in tests/e2e/extremes.test.ts):\n  ${figures.join('\n  ')}`);
  await browser?.close();
  await server?.close();
  await other?.close();
});

/** Time from navigation until `text` is painted, and a round trip to the page afterwards (is it responsive?). */
async function timeToPaint(page: Page, path: string, text: string, budget: number): Promise<number> {
  const t0 = Date.now();
  await page.goto(server.url(path));
  await expect
    .poll(async () => Object.values(await paintedTexts(page)).flat(), { timeout: budget, interval: 100 })
    .toContain(text);
  const ms = Date.now() - t0;
  const r0 = Date.now();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
  const responsive = Date.now() - r0;
  figures.push(`${path}: painted in ${ms} ms (budget ${budget} ms); a frame later in ${responsive} ms`);
  expect(responsive).toBeLessThan(BUDGETS.responsiveMs);
  return ms;
}

test('a page of 100,000 elements', async () => {
  const page = await browser.context.newPage();
  expect(await timeToPaint(page, '/elements.html', 'Carsten Fink', BUDGETS.elements100k)).toBeLessThan(
    BUDGETS.elements100k,
  );
  expect(await page.evaluate(() => document.querySelectorAll('*').length)).toBeGreaterThan(100_000);
  await page.close();
});

test('10,000 levels of nesting', async () => {
  const page = await browser.context.newPage();
  expect(await timeToPaint(page, '/deep.html', 'Carsten Fink', BUDGETS.deep10k)).toBeLessThan(BUDGETS.deep10k);
  await page.close();
});

test('a single 5 MB text node', async () => {
  const page = await browser.context.newPage();
  expect(await timeToPaint(page, '/bigtext.html', 'Carsten Fink', BUDGETS.text5mb)).toBeLessThan(BUDGETS.text5mb);
  await page.close();
});

test('3,000 open shadow roots', async () => {
  const page = await browser.context.newPage();
  expect(await timeToPaint(page, '/shadows.html', 'Carsten Fink', BUDGETS.shadowRoots)).toBeLessThan(
    BUDGETS.shadowRoots,
  );
  const painted = (await paintedTexts(page))['gii-lens-person'] ?? [];
  expect(painted.filter((t) => t === 'Carsten Fink').length).toBeGreaterThanOrEqual(10);
  await page.close();
});

test('same-origin and cross-origin iframes are highlighted in their own documents', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/frames.html'));
  for (const url of [server.url('/same.html'), `${other.origin}/frame.html`]) {
    const frame = page.frames().find((f) => f.url() === url);
    expect(frame, url).toBeDefined();
    await expect
      .poll(() => frame!.evaluate(() => CSS.highlights.get('gii-lens-person')?.size ?? 0), { timeout: 10_000 })
      .toBeGreaterThan(0);
  }
  await page.close();
});

test('a page that replaces document.body gets its new body highlighted', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/replace.html'));
  await expect.poll(() => paintedPeople(page), { timeout: 10_000 }).toContain('LIU Hua');
  await expect.poll(() => paintedPeople(page), { timeout: 10_000 }).toContain('Marco Alemán');
  await page.close();
});

async function stormScriptTime(page: Page): Promise<{ scriptMs: number; mutations: number }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metric = async () =>
    ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration')?.value ?? 0) * 1000;
  const before = await metric();
  const mutations = await page.evaluate(() => (window as unknown as { startStorm(): Promise<number> }).startStorm());
  await page.waitForTimeout(600); // let the last batch run
  return { scriptMs: (await metric()) - before, mutations };
}

test('a storm of 1,000 mutations a second for 5 s: the tab stays responsive, our CPU time stays bounded', async () => {
  // The same storm in a browser without the extension is the baseline.
  const plain = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_FLAGS],
  });
  const plainPage = await (await plain.newContext()).newPage();
  await plainPage.goto(server.url('/storm.html'));
  const baseline = await stormScriptTime(plainPage);
  await plain.close();

  const page = await browser.context.newPage();
  await page.goto(server.url('/storm.html'));
  await expect.poll(() => paintedPeople(page), { timeout: 10_000 }).toContain('LIU Hua');
  const withExtension = await stormScriptTime(page);
  const extra = withExtension.scriptMs - baseline.scriptMs;
  figures.push(
    `storm: ${withExtension.mutations} mutations in 5 s; main-thread script ${withExtension.scriptMs.toFixed(0)} ms with GII Lens vs ${baseline.scriptMs.toFixed(0)} ms without (extra ${extra.toFixed(0)} ms, budget ${BUDGETS.stormExtraScriptMs} ms)`,
  );
  expect(withExtension.mutations).toBeGreaterThan(3000);
  expect(extra).toBeLessThan(BUDGETS.stormExtraScriptMs);
  // The ticker's latest text is painted: the engine kept up without re-reading on every change.
  await expect.poll(() => paintedPeople(page), { timeout: 5_000 }).toContain('Carsten Fink');
  const r0 = Date.now();
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
  expect(Date.now() - r0).toBeLessThan(BUDGETS.responsiveMs);
  await page.close();
}, 60_000);
