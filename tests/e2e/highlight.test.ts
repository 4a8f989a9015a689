// The content script and engine in real Chromium: highlights on the source article, hover cards, silence on an
// unrelated page, new paragraphs painted.
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadDataset } from '../../src/dataset';
import { launchWithExtension, type ExtensionBrowser } from '../support/chromium';
import { pageAnswer, summaryFor } from '../support/extension-state';
import { hoverCardFor, inExtensionWorld, paintedPeople, paintedTexts, pointAt, tabIdOf } from '../support/page-helpers';
import { newsPage, sourceArticlePage, UNRELATED_PAGE } from '../support/pages';
import { serve, type StaticServer } from '../support/static-server';

const SHOTS = 'test-output/screenshots';
let browser: ExtensionBrowser;
let server: StaticServer;

/** An inline script that keeps the DOM as the server sent it, before any extension could touch it. */
const SNAPSHOT = `<script>window.__before = document.documentElement.outerHTML;</script>`;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  server = await serve({
    '/article.html': sourceArticlePage(),
    '/unrelated.html': UNRELATED_PAGE.replace('</body>', `${SNAPSHOT}</body>`),
    '/hidden-menu.html': newsPage(
      'GII 2025: the roundtable in Beijing',
      ['Carsten Fink of WIPO presented the Global Innovation Index 2025 by video.'],
      '<style>.drawer{display:none}</style>',
      // A site menu the page keeps hidden until a button opens it, repeating a headline.
      '<nav class="drawer"><p>Most read: Carsten Fink on the GII 2025; LIU Hua on China’s rise</p></nav>',
    ),
    // Text rendered into nothing: a label for screen readers only (a 1×1 box that clips it, the name one element
    // further in) and an accordion panel closed to zero height.
    '/clipped.html': newsPage(
      'GII 2025: the roundtable in Beijing',
      ['Carsten Fink of WIPO presented the Global Innovation Index 2025 by video.'],
      '<style>.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;' +
        'clip:rect(0,0,0,0);white-space:nowrap;border:0}.closed{height:0;overflow:hidden}</style>',
      '<p><a href="#top"><span class="sr-only">Photo: <b>LIU Hua</b> at the roundtable</span>Photo</a></p>' +
        '<section id="panel" class="closed"><p>SHEN Changyu answered questions afterwards.</p></section>',
    ),
    // Wrappers without a box of their own, as frameworks leave them: the text inside is on screen like any other.
    '/contents.html': newsPage(
      'GII 2025: the roundtable in Beijing',
      ['Carsten Fink of WIPO presented the Global Innovation Index 2025 by video.'],
      '',
      '<div style="display:contents"><p><span style="display:contents">LIU Hua</span> opened the meeting.</p>' +
        'SHEN Changyu spoke next.</div><div id="wang" style="display:contents">Ms. WANG Ying closed it.</div>',
    ),
    // Headline case: whether "Urges" beside a family name is a given name is compromise's to say.
    '/headline.html': newsPage('GII 2025 roundtable', [
      'Ms. Liu Urges Reform at the Global Innovation Index 2025 Roundtable',
      'The commissioner spoke first, before the keynote speeches.',
    ]),
    // A long page: mentions can sit at the bottom of the window or be scrolled out of it.
    '/long.html': newsPage('GII 2025: notes from the Beijing roundtable', [
      'Carsten Fink of WIPO presented the Global Innovation Index 2025 by video.',
      ...Array.from({ length: 40 }, (_, i) => `Note ${i + 1}: the delegates moved on to the next item.`),
      'Closing the day, Ms. LIU Hua thanked the speakers.',
      ...Array.from({ length: 10 }, (_, i) => `Afterword ${i + 1}: the hall emptied slowly.`),
    ]),
    // A reader's layout: the article scrolls inside a pane of its own, the window does not.
    '/pane.html': newsPage(
      'GII 2025: notes from the Beijing roundtable',
      [
        'Note 1: the delegates took their seats.',
        'Carsten Fink of WIPO presented the Global Innovation Index 2025 by video.',
        ...Array.from({ length: 40 }, (_, i) => `Note ${i + 2}: the delegates moved on to the next item.`),
      ],
      '<style>article{display:block;height:320px;overflow:auto;border:1px solid #ccc}</style>',
    ),
    // A site whose <body> has a transform (a common rendering hack): fixed elements inside it scroll with it.
    '/transformed.html': newsPage(
      'GII 2025: notes from the Beijing roundtable',
      [
        ...Array.from({ length: 30 }, (_, i) => `Note ${i + 1}: the delegates moved on to the next item.`),
        'Closing the day, Ms. LIU Hua thanked the speakers.',
        ...Array.from({ length: 30 }, (_, i) => `Afterword ${i + 1}: the hall emptied slowly.`),
      ],
      '<style>body{transform:translateZ(0);margin:60px auto}</style>',
    ),
    // A dark site: pale grey text on near-black, set on the article rather than the body.
    '/dark.html': newsPage(
      'GII 2025: the roundtable in Beijing',
      [
        'Carsten Fink of WIPO presented the Global Innovation Index 2025 by video.',
        'Ms. LIU Hua said China ranked 10th, with 24 clusters in the top 100; R&D reached 2.68% of GDP.',
        'Officials said China’s R&D spending reached 2.5% of GDP in 2024. CNIPA spoke of Shenzhen–Hong Kong–Guangzhou.',
      ],
      '<style>html,body{background:#181818}article{color:#c8c8c8}</style>',
    ),
    // A site with its own theme switch: a class on <html> turns it dark, its colours easing over a quarter second.
    '/theme-switch.html': newsPage(
      'GII 2025: the roundtable in Beijing',
      [
        'Carsten Fink of WIPO presented the Global Innovation Index 2025 by video.',
        'Ms. LIU Hua said China ranked 10th, with 24 clusters in the top 100; R&D reached 2.68% of GDP.',
        'CNIPA spoke of Shenzhen–Hong Kong–Guangzhou.',
      ],
      '<style>body{transition:background-color .25s,color .25s}html.dark,html.dark body{background:#161616;color:#c4c4c4}</style>',
    ),
    // And one that sets its theme on a wrapper of the article, as component libraries do.
    '/theme-wrapper.html': newsPage(
      'GII 2025: the roundtable in Beijing',
      [
        'Carsten Fink of WIPO presented the Global Innovation Index 2025 by video.',
        'Ms. LIU Hua said China ranked 10th, with 24 clusters in the top 100; R&D reached 2.68% of GDP.',
        'CNIPA spoke of Shenzhen–Hong Kong–Guangzhou.',
      ],
      '<style>main{display:block;padding:8px}main[data-theme=dark]{background:#161616;color:#c4c4c4}</style>',
    ),
    '/search.html': newsPage(
      'GII 2025: the roundtable in Beijing',
      ['Carsten Fink of WIPO presented the Global Innovation Index 2025 by video.'],
      '',
      '<form role="search"><input id="search" aria-label="Search the site" value="clusters"></form>',
    ),
    '/live.html': newsPage('Live: GII 2025 roundtable in Beijing', [
      'WIPO’s Global Innovation Index 2025 puts China in the top 10 for the first time.',
      'Follow our live coverage of the High-level Roundtable on the GII 2025.',
    ]),
  });
  browser = await launchWithExtension();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The live page, once the engine has painted it. */
async function openLivePage() {
  const page = await browser.context.newPage();
  await page.goto(server.url('/live.html'));
  await expect.poll(async () => Object.keys(await paintedTexts(page)).length, { timeout: 15_000 }).toBeGreaterThan(0);
  return page;
}

/** Adds a paragraph to the live page's article, as a live blog's update does. */
async function appendParagraph(page: Page, text: string, id = '') {
  await page.evaluate(
    ([t, i]) => {
      const p = document.createElement('p');
      p.textContent = t;
      if (i) p.id = i;
      document.querySelector('article')!.append(p);
    },
    [text, id] as const,
  );
}

/**
 * Adds a live ticker's paragraph: its number, 24, in a `<strong id="count">` of its own, the context around it outside
 * ("clusters in the top 100"). Waits until the number is painted as the roundtable's figure.
 */
async function appendTicker(page: Page) {
  await page.evaluate(() => {
    const p = document.createElement('p');
    const n = document.createElement('strong');
    n.id = 'count';
    n.textContent = '24';
    p.append('Ms. LIU Hua said China had ', n, ' clusters in the top 100.');
    document.querySelector('article')!.append(p);
  });
  await expect
    .poll(async () => (await paintedTexts(page))['gii-lens-figure'] ?? [], { timeout: 5_000 })
    .toContain('24');
}

test('the source article gets a highlight for every speaker', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/article.html'));
  await expect.poll(async () => (await paintedPeople(page)).length, { timeout: 15_000 }).toBeGreaterThan(19);
  const painted = await paintedTexts(page);
  const people = new Set(painted['gii-lens-person']);
  for (const person of loadDataset().data.people) expect(people, person.printedName).toContain(person.printedName);
  expect(painted['gii-lens-organization']).toContain('China National Intellectual Property Administration');
  expect(painted['gii-lens-place']).toContain('Shanghai - Suzhou');
  expect(painted['gii-lens-figure']).toContain('2.68%');
  // Nothing is added to the page to paint: the highlights are CSS Custom Highlights.
  expect(await page.locator('mark.gii-lens-mark').count()).toBe(0);
  await page.screenshot({ path: `${SHOTS}/article-highlighted.png` });
  await page.close();
});

test('compromise loads only where a page asks it something: not for the source article, yes for a headline', async () => {
  const readerLoaded = (page: Page) =>
    inExtensionWorld(browser, page, 'typeof globalThis.__giiLensEngine + " " + typeof globalThis.__giiLensWordReader');
  const article = await browser.context.newPage();
  await article.goto(server.url('/article.html'));
  await expect.poll(async () => (await paintedPeople(article)).length, { timeout: 15_000 }).toBeGreaterThan(19);
  await article.waitForTimeout(1_000);
  expect(await readerLoaded(article)).toBe('object undefined');
  await article.close();

  const headline = await browser.context.newPage();
  await headline.goto(server.url('/headline.html'));
  // Painted at first without the name (the cautious answer), then again with it once the reader has loaded.
  await expect.poll(() => paintedPeople(headline), { timeout: 15_000 }).toEqual(['Liu']);
  expect(await readerLoaded(headline)).toBe('object object');
  await headline.close();
});

test('resting the pointer on a name opens its hover card; Escape closes it', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/article.html'));
  await expect.poll(async () => (await paintedPeople(page)).length, { timeout: 15_000 }).toBeGreaterThan(0);
  const card = await hoverCardFor(page, 'Carsten FINK');
  const { y } = await pointAt(page, 'Carsten FINK');
  const text = await card.innerText();
  expect(text).toContain('Carsten Fink');
  expect(text).toContain('Chief Economist of WIPO');
  expect(text).toContain('by video');
  await expect.poll(() => card.getAttribute('role')).toBe('dialog');
  expect(await card.evaluate((el) => getComputedStyle(el).animationName)).toBe('fade-in');
  // The card never covers its mention.
  const cardBox = (await card.boundingBox())!;
  expect(y < cardBox.y || y > cardBox.y + cardBox.height).toBe(true);
  await page.screenshot({ path: `${SHOTS}/hover-card-speaker.png` });
  await page.keyboard.press('Escape');
  await expect.poll(() => card.count()).toBe(0);
  await page.close();
});

/**
 * The contrast a reader gets under each painted mention: the page's text colour against our tint laid over the
 * page's own background, as Chromium computes them (the ::highlight() style, the nearest opaque background).
 */
async function contrastsUnderHighlights(page: Page): Promise<{ name: string; text: string; ratio: number }[]> {
  return page.evaluate(() => {
    const rgba = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = ([r, g, b]: number[]) => {
      const ch = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
      return 0.2126 * ch(r!) + 0.7152 * ch(g!) + 0.0722 * ch(b!);
    };
    const out: { name: string; text: string; ratio: number }[] = [];
    CSS.highlights.forEach((highlight, name) => {
      if (!name.startsWith('gii-lens-') || name === 'gii-lens-flash') return;
      for (const range of highlight) {
        const element = range.startContainer.parentElement!;
        let under = [255, 255, 255];
        for (let e: Element | null = element; e; e = e.parentElement) {
          const bg = rgba(getComputedStyle(e).backgroundColor);
          if (bg.length === 3 || (bg.length === 4 && bg[3]! > 0)) {
            under = bg.slice(0, 3);
            break;
          }
        }
        const [r, g, b, a = 1] = rgba(getComputedStyle(element, `::highlight(${name})`).backgroundColor);
        const seen = [r!, g!, b!].map((c, i) => c * a + under[i]! * (1 - a));
        const text = lum(rgba(getComputedStyle(element).color));
        const tint = lum(seen);
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        out.push({ name, text: live.toString(), ratio: (Math.max(text, tint) + 0.05) / (Math.min(text, tint) + 0.05) });
      }
    });
    return out;
  });
}

test('highlights keep the text readable on a dark site and on a light one (4.5:1 or better)', async () => {
  for (const path of ['/dark.html', '/article.html']) {
    const page = await browser.context.newPage();
    await page.goto(server.url(path));
    await expect.poll(async () => (await paintedPeople(page)).length, { timeout: 15_000 }).toBeGreaterThan(1);
    const contrasts = await contrastsUnderHighlights(page);
    expect(new Set(contrasts.map((c) => c.name)).size, path).toBeGreaterThanOrEqual(path === '/dark.html' ? 5 : 4);
    for (const c of contrasts) expect(c.ratio, `${c.name} "${c.text}" on ${path}`).toBeGreaterThanOrEqual(4.5);
    if (path === '/dark.html') await page.screenshot({ path: `${SHOTS}/dark-page-highlighted.png` });
    await page.close();
  }
});

test('no card gets in the way of selecting text: none opens while a button is held, a press puts one away', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/long.html'));
  await expect.poll(() => paintedPeople(page), { timeout: 15_000 }).toContain('Carsten Fink');
  const card = page.locator('gii-lens-card .card');

  // Resting on the name with its card open, the reader presses to start a selection: the card goes at once.
  const { x, y } = await pointAt(page, 'Carsten Fink');
  await hoverCardFor(page, 'Carsten Fink');
  await page.mouse.down();
  expect(await card.count()).toBe(0);
  // Dragging across the name and resting on it, button held: no card comes back.
  await page.mouse.move(x + 200, y, { steps: 6 });
  await page.mouse.move(x + 25, y, { steps: 6 });
  await page.waitForTimeout(900);
  expect(await card.count()).toBe(0);
  await page.mouse.up();
  expect(await page.evaluate(() => String(getSelection()).length)).toBeGreaterThan(0);
  // Onto the name and pressed at once, then held still: no card either.
  await page.mouse.move(x - 40, y + 60);
  await page.mouse.move(x, y, { steps: 2 });
  await page.mouse.down();
  await page.waitForTimeout(900);
  expect(await card.count()).toBe(0);
  await page.mouse.up();

  // Afterwards the cards work as before.
  await page.mouse.move(x + 2, y, { steps: 2 });
  await card.waitFor({ state: 'visible', timeout: 5_000 });
  // A press on the card itself (its button, its text) leaves it open.
  const box = (await card.boundingBox())!;
  await page.mouse.move(box.x + 20, box.y + 20, { steps: 4 });
  await page.mouse.down();
  await page.mouse.up();
  await page.waitForTimeout(100);
  expect(await card.count()).toBe(1);
  await page.close();
});

test('on a page whose body has a transform, the card still opens right by its mention', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/transformed.html'));
  await expect.poll(() => paintedPeople(page), { timeout: 15_000 }).toEqual(['LIU Hua']);
  // Scrolled well down the page (pointAt centres the name), so the body's offset is large.
  const card = await hoverCardFor(page, 'LIU Hua');
  const name = await pointAt(page, 'LIU Hua');
  expect(await page.evaluate(() => scrollY)).toBeGreaterThan(300);
  const box = (await card.boundingBox())!;
  const gapBelow = box.y - name.y;
  const gapAbove = name.y - (box.y + box.height);
  // Just below or just above the name (half a line plus the 8 px gap), not off by the scrolled distance.
  expect(Math.min(Math.abs(gapBelow - 8), Math.abs(gapAbove - 8))).toBeLessThan(20);
  expect(Math.abs(box.x - name.x)).toBeLessThan(80);
  await page.close();
});

test.each([
  ['a class on <html>', '/theme-switch.html', (on: boolean) => document.documentElement.classList.toggle('dark', on)],
  [
    'a data-theme on a wrapper',
    '/theme-wrapper.html',
    (on: boolean) => document.querySelector('main')!.setAttribute('data-theme', on ? 'dark' : 'light'),
  ],
])('a site that switches itself to dark (%s) gets highlights readable on dark, and back', async (_how, path, flip) => {
  const page = await browser.context.newPage();
  await page.goto(server.url(path));
  await expect.poll(async () => (await paintedPeople(page)).length, { timeout: 15_000 }).toBeGreaterThan(1);
  const lowest = async () => Math.min(...(await contrastsUnderHighlights(page)).map((c) => c.ratio));
  expect(await lowest()).toBeGreaterThanOrEqual(4.5);
  // The reader flips the site's own switch; nothing else on the page changes.
  for (const dark of [true, false]) {
    await page.evaluate(`(${flip.toString()})(${dark})`);
    await expect.poll(lowest, { timeout: 5_000 }).toBeGreaterThanOrEqual(4.5);
    // Readable for good, not only between two judgements.
    await page.waitForTimeout(1_500);
    expect(await lowest(), dark ? 'dark' : 'light again').toBeGreaterThanOrEqual(4.5);
  }
  await page.close();
});

test('printed, the article carries neither our tints nor the card', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/article.html'));
  await expect.poll(async () => (await paintedPeople(page)).length, { timeout: 15_000 }).toBeGreaterThan(1);
  const card = await hoverCardFor(page, 'Carsten FINK');
  /** Each of our highlights' background and decoration, as Chromium computes them under one of its texts. */
  const styles = () =>
    page.evaluate(() => {
      const out: string[] = [];
      CSS.highlights.forEach((highlight, name) => {
        const first = highlight.values().next().value as AbstractRange | undefined;
        const element = first?.startContainer.parentElement;
        if (!element || !name.startsWith('gii-lens-')) return;
        const style = getComputedStyle(element, `::highlight(${name})`);
        out.push(`${name} ${style.backgroundColor} ${style.textDecorationLine}`);
      });
      return out;
    });
  const onScreen = await styles();
  expect(onScreen.length).toBeGreaterThanOrEqual(4);
  for (const s of onScreen) expect(s).not.toMatch(/rgba\(0, 0, 0, 0\) none$/);
  await page.emulateMedia({ media: 'print' });
  for (const s of await styles()) expect(s).toMatch(/rgba\(0, 0, 0, 0\) none$/);
  expect(await card.isVisible()).toBe(false);
  await page.emulateMedia({ media: 'screen' });
  expect(await styles()).toEqual(onScreen);
  await page.close();
});

test('the card stays while the pointer is on it, closes soon after it leaves, and follows its mention', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/long.html'));
  await expect.poll(() => paintedPeople(page), { timeout: 15_000 }).toEqual(['Carsten Fink', 'LIU Hua']);
  const card = await hoverCardFor(page, 'Carsten Fink');
  // Onto the card, through the gap between it and the name: it stays, well past the closing delay.
  const box = (await card.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 20, { steps: 6 });
  await page.waitForTimeout(900);
  expect(await card.count()).toBe(1);
  // Off the card to empty page: it closes about 300 ms later, not at once.
  await page.mouse.move(box.x + box.width + 150, box.y + box.height + 150, { steps: 3 });
  expect(await card.count()).toBe(1);
  await expect.poll(() => card.count(), { timeout: 2_000 }).toBe(0);

  // Scrolled out of view, the mention takes its card with it.
  await hoverCardFor(page, 'Carsten Fink');
  await page.mouse.move(5, 5);
  await page.evaluate(() => window.scrollBy(0, window.innerHeight * 2));
  await expect.poll(() => card.count(), { timeout: 2_000 }).toBe(0);

  // A name at the bottom of the window: the card opens above it, inside the window, without covering it.
  await page.evaluate(() => {
    const p = [...document.querySelectorAll('p')].find((el) => el.textContent!.includes('LIU Hua'))!;
    window.scrollBy(0, p.getBoundingClientRect().bottom - window.innerHeight + 10);
  });
  const name = await page.evaluate(() => {
    const p = [...document.querySelectorAll('p')].find((el) => el.textContent!.includes('LIU Hua'))!;
    const r = p.getBoundingClientRect();
    return { top: r.top, bottom: r.bottom, viewport: window.innerHeight };
  });
  expect(name.bottom).toBeGreaterThan(name.viewport - 60);
  const below = page.locator('gii-lens-card .card');
  const { x, y } = await page.evaluate(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf('LIU Hua');
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + 7);
      const r = range.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    }
    throw new Error('LIU Hua not on the page');
  });
  await page.mouse.move(x - 40, y - 60);
  await page.mouse.move(x, y, { steps: 4 });
  await below.waitFor({ state: 'visible', timeout: 5_000 });
  await expect.poll(() => below.getAttribute('data-side')).toBe('above');
  const cardBox = (await below.boundingBox())!;
  expect(cardBox.y).toBeGreaterThanOrEqual(0);
  expect(cardBox.y + cardBox.height).toBeLessThan(y);
  expect(await below.innerText()).toContain('Director of WOC');
  await page.close();
});

test('in a pane that scrolls inside the page, the card follows its mention and goes once the pane hides it', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/pane.html'));
  const card = await hoverCardFor(page, 'Carsten Fink');
  // The pointer rests on the card, which keeps it open however long the reader takes.
  const box = (await card.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + 20, { steps: 6 });
  const scrollPane = (by: number) =>
    page.evaluate((by) => {
      document.querySelector('article')!.scrollTop += by;
    }, by);
  // A little: the name is still in the pane, and the card moves with it.
  await scrollPane(30);
  await expect
    .poll(async () => Math.abs(((await card.boundingBox())?.y ?? 0) - (box.y - 30)), { timeout: 2_000 })
    .toBeLessThan(4);
  expect(await card.count()).toBe(1);
  // Just past the pane's top edge: the name is hidden by the pane but still inside the window. The card goes.
  const nameTop = await page.evaluate(() => {
    const pane = document.querySelector('article')!;
    const p = [...pane.querySelectorAll('p')].find((el) => el.textContent!.includes('Carsten Fink'))!;
    const line = p.getClientRects()[0]!;
    pane.scrollTop += line.bottom - pane.getBoundingClientRect().top + 4;
    return p.getClientRects()[0]!.top;
  });
  expect(nameTop).toBeGreaterThan(0);
  await expect.poll(() => card.count(), { timeout: 2_000 }).toBe(0);
  await page.close();
});

test('with a finger, a tap on a name opens its card; a swipe across it does not; a tap elsewhere closes it', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/long.html'));
  await expect.poll(() => paintedPeople(page), { timeout: 15_000 }).toEqual(['Carsten Fink', 'LIU Hua']);
  // A touch screen, as on a tablet or a touch laptop: Chromium turns these touches into pointer events of type touch.
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
  const touch = async (from: { x: number; y: number }, to = from) => {
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [from] });
    if (to !== from) await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [to] });
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
  };
  const card = page.locator('gii-lens-card .card');
  const name = await pointAt(page, 'Carsten Fink');
  // A swipe that ends on the name is the reader panning, not asking: no card. (Sideways, where the page cannot
  // scroll: an upward one scrolls it late in headless Chromium, under the tap that follows.)
  await touch({ x: name.x + 80, y: name.y }, name);
  await page.waitForTimeout(700);
  expect(await card.count()).toBe(0);
  // A tap: the card opens without waiting for a rest that a finger cannot make.
  const tapped = await pointAt(page, 'Carsten Fink');
  await touch(tapped);
  await card.waitFor({ state: 'visible', timeout: 5_000 });
  expect(await card.innerText()).toContain('Carsten Fink');
  // It stays, with no pointer over it to keep it, until the reader taps somewhere else.
  await page.waitForTimeout(900);
  expect(await card.count()).toBe(1);
  await touch({ x: 20, y: tapped.y });
  await expect.poll(() => card.count(), { timeout: 2_000 }).toBe(0);
  await page.close();
});

test('a figure that differs from the roundtable says so in its card', async () => {
  const page = await openLivePage();
  await appendParagraph(page, 'Officials said China’s R&D spending reached 2.5% of GDP in 2024.');
  await expect
    .poll(async () => (await paintedTexts(page))['gii-lens-figure-differs'] ?? [], { timeout: 5_000 })
    .toContain('2.5%');
  const card = await hoverCardFor(page, '2.5%');
  const text = await card.innerText();
  expect(text).toContain('2.68% of GDP');
  expect(text).toContain('differs from the roundtable');
  await page.screenshot({ path: `${SHOTS}/hover-card-figure-differs.png` });
  await page.close();
});

test('paragraphs appended after load get their mentions painted', async () => {
  const page = await openLivePage();
  expect((await paintedTexts(page))['gii-lens-person'] ?? []).not.toContain('Marco Alemán');
  await appendParagraph(page, 'Marco Alemán of WIPO sent a message, read by Ms. LIU Hua.');
  await appendParagraph(page, 'Xiaomi and Huawei also spoke.');
  await expect.poll(() => paintedPeople(page), { timeout: 5_000 }).toContain('Marco Alemán');
  const painted = await paintedTexts(page);
  expect(painted['gii-lens-organization']).toEqual(expect.arrayContaining(['Xiaomi', 'Huawei']));
  await page.close();
});

test('a live update that asks compromise something gets its name once the reader has loaded', async () => {
  const page = await openLivePage();
  // The live page itself asks nothing: the reader is not there until the update needs it.
  expect(await inExtensionWorld(browser, page, 'typeof globalThis.__giiLensWordReader')).toBe('undefined');
  await appendParagraph(page, 'Update: Ms. Liu Urges Reform of Innovation Finance');
  await expect.poll(() => paintedPeople(page), { timeout: 10_000 }).toContain('Liu');
  expect(await inExtensionWorld(browser, page, 'typeof globalThis.__giiLensWordReader')).toBe('object');
  await page.close();
});

test('a card open when the word reader arrives stays open: the page is painted again under it', async () => {
  const page = await openLivePage();
  const card = await hoverCardFor(page, 'WIPO');
  expect(await card.innerText()).toContain('World Intellectual Property Organization');
  // Marks this very card element: a card closed and opened again would be a new one, without the mark.
  await card.evaluate((el) => el.setAttribute('data-test-mark', 'the first card'));
  // The pointer stays on WIPO while an update that asks compromise something arrives and the page is read again.
  await appendParagraph(page, 'Update: Ms. Liu Urges Reform of Innovation Finance');
  await expect.poll(() => paintedPeople(page), { timeout: 10_000 }).toContain('Liu');
  await page.waitForTimeout(500);
  expect(await card.count()).toBe(1);
  expect(await card.getAttribute('data-test-mark')).toBe('the first card');
  expect(await card.isVisible()).toBe(true);
  // Escape still closes it.
  await page.keyboard.press('Escape');
  await expect.poll(() => card.count()).toBe(0);
  await page.close();
});

test('a ticker that updates a figure inside inline markup keeps it painted, and says when it differs', async () => {
  const page = await openLivePage();
  await appendTicker(page);
  // The live number changes; its context ("clusters in the top 100") is outside the <strong>.
  await page.evaluate(() => (document.getElementById('count')!.firstChild!.nodeValue = '26'));
  await expect
    .poll(async () => (await paintedTexts(page))['gii-lens-figure-differs'] ?? [], { timeout: 5_000 })
    .toContain('26');
  const painted = await paintedTexts(page);
  expect(painted['gii-lens-figure'] ?? []).not.toContain('24');
  expect(painted['gii-lens-person']).toContain('LIU Hua');
  await page.close();
});

test('a card open on a live figure follows it when the page changes it: the new value, then gone with it', async () => {
  const page = await openLivePage();
  await appendTicker(page);
  const card = await hoverCardFor(page, '24');
  await card.evaluate((el) => el.setAttribute('data-test-mark', 'the first card'));
  expect(await card.innerText()).toContain('24');
  // The ticker changes the number under the resting pointer: the same card now gives the page's new value.
  await page.evaluate(() => (document.getElementById('count')!.firstChild!.nodeValue = '26'));
  await expect.poll(async () => (await card.count()) && card.innerText(), { timeout: 5_000 }).toContain('26');
  expect(await card.getAttribute('data-test-mark')).toBe('the first card');
  // The number goes from the page: so does its card, with no pointer move to tell it.
  await page.evaluate(() => document.getElementById('count')!.remove());
  await expect.poll(() => card.count(), { timeout: 5_000 }).toBe(0);
  await page.close();
});

test('a bare family name in a new paragraph is the speaker the page named in full before it', async () => {
  const page = await openLivePage();
  // Three speakers are called Zheng; the live page names one in full, then a later update says "Ms. Zheng".
  await appendParagraph(page, 'ZHENG Juanjuan of Xiaomi described the company’s patent work.');
  await expect.poll(() => paintedPeople(page), { timeout: 5_000 }).toContain('ZHENG Juanjuan');
  await appendParagraph(page, 'Asked about standards, Ms. Zheng said more work was under way.');
  await expect.poll(() => paintedPeople(page), { timeout: 5_000 }).toContain('Zheng');
  const card = await hoverCardFor(page, 'Ms. Zheng');
  expect(await card.innerText()).toContain('Legal Director of Xiaomi Group');
  await page.close();
});

test('a paragraph removed from the page takes its highlights with it', async () => {
  const page = await openLivePage();
  await appendParagraph(page, 'Carsten Fink of WIPO presented the findings by video.', 'update');
  await expect.poll(() => paintedPeople(page), { timeout: 5_000 }).toContain('Carsten Fink');
  await page.evaluate(() => document.getElementById('update')!.remove());
  await expect.poll(() => paintedPeople(page), { timeout: 5_000 }).not.toContain('Carsten Fink');
  await page.close();
});

/** What the popup and side panel are told the page shows: mentions counted per entity id. */
async function countsOn(url: string): Promise<Record<string, number>> {
  return Object.fromEntries((await summaryFor(browser, url))?.entities.map((e) => [e.id, e.count]) ?? []);
}

test('text the page hides is painted but not counted, until the page shows it', async () => {
  const page = await browser.context.newPage();
  const url = server.url('/hidden-menu.html');
  await page.goto(url);
  await expect
    .poll(() => paintedPeople(page), { timeout: 15_000 })
    .toEqual(['Carsten Fink', 'Carsten Fink', 'LIU Hua']);
  // The popup and side panel count what a reader can see: one Carsten Fink, no LIU Hua.
  const counts = () => countsOn(url);
  await expect.poll(counts).toMatchObject({ 'carsten-fink': 1 });
  expect(await counts()).not.toHaveProperty('liu-hua');
  // The reader opens the menu (the page takes a class away, nothing else changes): its highlights are already
  // there, and the counts follow.
  await page.evaluate(() => document.querySelector('nav.drawer')!.classList.remove('drawer'));
  await expect.poll(counts, { timeout: 5_000 }).toMatchObject({ 'carsten-fink': 2, 'liu-hua': 1 });
  // And closing it again takes them back.
  await page.evaluate(() => document.querySelector('nav')!.classList.add('drawer'));
  await expect.poll(counts, { timeout: 5_000 }).toMatchObject({ 'carsten-fink': 1 });
  expect(await counts()).not.toHaveProperty('liu-hua');
  await page.close();
});

test('counts follow a style sheet the page adds, and a paragraph it appends, after the first count', async () => {
  const page = await browser.context.newPage();
  const url = server.url('/hidden-menu.html');
  await page.goto(url);
  const counts = () => countsOn(url);
  await expect.poll(counts, { timeout: 15_000 }).toMatchObject({ 'carsten-fink': 1 });
  await page.evaluate(() => document.querySelector('nav.drawer')!.classList.remove('drawer'));
  await expect.poll(counts, { timeout: 5_000 }).toMatchObject({ 'carsten-fink': 2, 'liu-hua': 1 });
  // A paragraph appended: counted with the others, whose answers were kept.
  await appendParagraph(page, 'Carsten Fink of WIPO presented the findings by video.', 'update');
  await expect.poll(counts, { timeout: 5_000 }).toMatchObject({ 'carsten-fink': 3, 'liu-hua': 1 });
  // A style sheet that hides the menu: what was kept about it is asked again.
  await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'nav { display: none }';
    document.head.append(style);
  });
  await expect.poll(counts, { timeout: 5_000 }).toMatchObject({ 'carsten-fink': 2 });
  expect(await counts()).not.toHaveProperty('liu-hua');
  await page.close();
});

test('text clipped into nothing (screen-reader-only, a closed accordion) is painted but not counted', async () => {
  const page = await browser.context.newPage();
  const url = server.url('/clipped.html');
  await page.goto(url);
  await expect
    .poll(async () => [...(await paintedPeople(page))].sort(), { timeout: 15_000 })
    .toEqual(['Carsten Fink', 'LIU Hua', 'SHEN Changyu']);
  const counts = () => countsOn(url);
  await expect.poll(counts).toMatchObject({ 'carsten-fink': 1 });
  expect(await counts()).not.toHaveProperty('liu-hua');
  expect(await counts()).not.toHaveProperty('shen-changyu');
  // The reader opens the panel: the count follows; the label for screen readers stays uncounted.
  await page.evaluate(() => document.getElementById('panel')!.classList.remove('closed'));
  await expect.poll(counts, { timeout: 5_000 }).toMatchObject({ 'carsten-fink': 1, 'shen-changyu': 1 });
  expect(await counts()).not.toHaveProperty('liu-hua');
  await page.close();
});

test('text in a wrapper without a box of its own (display: contents) is counted as shown', async () => {
  const page = await browser.context.newPage();
  const url = server.url('/contents.html');
  await page.goto(url);
  await expect
    .poll(async () => [...(await paintedPeople(page))].sort(), { timeout: 15_000 })
    .toEqual(['Carsten Fink', 'LIU Hua', 'SHEN Changyu', 'WANG Ying']);
  const counts = () => countsOn(url);
  await expect.poll(counts).toMatchObject({ 'carsten-fink': 1, 'liu-hua': 1, 'shen-changyu': 1, 'wang-ying': 1 });
  // Such a wrapper still hides its text with visibility, which is inherited: the count follows.
  await page.evaluate(() => (document.getElementById('wang')!.style.visibility = 'hidden'));
  await expect.poll(counts, { timeout: 5_000 }).not.toHaveProperty('wang-ying');
  expect(await counts()).toMatchObject({ 'carsten-fink': 1, 'liu-hua': 1, 'shen-changyu': 1 });
  await page.close();
});

test('the next-mention shortcut walks the mentions a reader can see and opens each card', async () => {
  const page = await browser.context.newPage();
  const url = server.url('/hidden-menu.html');
  await page.goto(url);
  await expect.poll(async () => (await summaryFor(browser, url))?.status, { timeout: 15_000 }).toBe('highlighted');
  const tabId = await tabIdOf(browser, url);
  // What the background sends when Alt+Shift+N is pressed (headless Chromium cannot press an extension shortcut).
  type Chrome = { tabs: { sendMessage(id: number, m: object): Promise<{ index: number; total: number }> } };
  const step = () =>
    browser.worker.evaluate(
      (id) => (globalThis as unknown as { chrome: Chrome }).chrome.tabs.sendMessage(id, { type: 'step', direction: 1 }),
      tabId,
    );
  // Reduced motion: no smooth scroll to wait for, the card opens at once.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const card = page.locator('gii-lens-card .card');
  const first = await step();
  expect(first.index).toBe(0);
  const cards: string[] = [];
  for (let i = 0; i < first.total; i++) {
    if (i > 0) expect((await step()).index).toBe(i);
    // Each step opens the card of its own mention: wait until the card is no longer the previous one (no two
    // mentions in a row on this page are of the same entity).
    await expect.poll(async () => (await card.count()) > 0 && (await card.innerText()) !== cards.at(-1)).toBe(true);
    cards.push(await card.innerText());
  }
  expect(cards.some((text) => text.includes('Chief Economist of WIPO'))).toBe(true);
  // LIU Hua is only in the hidden menu: no step lands there.
  expect(cards.some((text) => text.includes('Director of WOC'))).toBe(false);
  expect((await step()).index).toBe(0); // and after the last, the first again
  await page.close();
});

test('from the keyboard: the card takes focus, Escape closes it and gives focus back where it was', async () => {
  const page = await browser.context.newPage();
  const url = server.url('/search.html');
  await page.goto(url);
  await expect.poll(async () => (await summaryFor(browser, url))?.status, { timeout: 15_000 }).toBe('highlighted');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.focus('#search');
  const tabId = await tabIdOf(browser, url);
  type Chrome = { tabs: { sendMessage(id: number, m: object): Promise<unknown> } };
  await browser.worker.evaluate(
    (id) => (globalThis as unknown as { chrome: Chrome }).chrome.tabs.sendMessage(id, { type: 'step', direction: 1 }),
    tabId,
  );
  const card = page.locator('gii-lens-card .card');
  await card.waitFor({ state: 'visible', timeout: 5_000 });
  const focused = () =>
    page.evaluate(() => {
      const active = document.activeElement;
      const inner = active?.shadowRoot?.activeElement;
      return inner ? `${active!.localName} > ${inner.textContent}` : `${active?.localName}#${active?.id}`;
    });
  await expect.poll(focused).toBe('gii-lens-card > Fact cards');
  // The first mention on the page is the headline's Beijing; a screen reader hears what the card is about.
  expect(await card.getAttribute('aria-label')).toBe('Place: Beijing');
  // The reader asked for reduced motion: the card appears without its fade.
  expect(await card.evaluate((el) => getComputedStyle(el).animationName)).toBe('none');
  await page.keyboard.press('Escape');
  await expect.poll(() => card.count()).toBe(0);
  expect(await focused()).toBe('input#search');
  await page.close();
});

test('an unrelated page is left exactly as it was', async () => {
  const page = await browser.context.newPage();
  await page.goto(server.url('/unrelated.html'));
  // Wait until the content script has run and decided, asking it as the popup does (which also loads the script
  // that checks messages: that must leave the page as it was too).
  await expect
    .poll(() => pageAnswer(browser, server.url('/unrelated.html')), { timeout: 10_000 })
    .toMatchObject({ status: 'unrelated' });
  await page.waitForTimeout(300);
  const same = await page.evaluate(
    () => document.documentElement.outerHTML === (window as unknown as { __before: string }).__before,
  );
  expect(same).toBe(true);
  expect(await paintedTexts(page)).toEqual({});
  expect(await page.locator('gii-lens-card').count()).toBe(0);
  await page.close();
});
