// The fallback painter in real Chromium: where the CSS Custom Highlight API is missing (Firefox before 140) the
// mentions are wrapped in <mark> elements of our own class. On the source article every speaker is marked, the page
// reads exactly as before, the hover card's hit test finds a mention inside its mark, and clearing gives back the
// very same DOM; a mention painted again after a clear is found again where it was (an open card stays on it).
import { mkdirSync } from 'node:fs';
import { build } from 'esbuild';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { loadDataset } from '../../src/dataset';
import { assertChromium, CHROMIUM_FLAGS, CHROMIUM_PATH } from '../support/chromium';
import { pointAt } from '../support/page-helpers';
import { sourceArticlePage } from '../support/pages';
import { serve, type StaticServer } from '../support/static-server';

const SHOTS = 'test-output/screenshots';
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  assertChromium();
  mkdirSync(SHOTS, { recursive: true });
  const bundle = await build({
    entryPoints: ['tests/e2e/wrap-entry.ts'],
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'error',
  });
  server = await serve({
    '/article.html': sourceArticlePage(),
    '/wrap.js': { body: bundle.outputFiles[0]!.text, type: 'text/javascript' },
  });
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_FLAGS] });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Wrap = {
  paint(): number;
  at(x: number, y: number): string | undefined;
  repaintAt(x: number, y: number): { id: string; sameBox: boolean; connected: boolean } | undefined;
  clear(): void;
};
const call = <T>(page: Page, fn: (w: Wrap) => T) =>
  page.evaluate(`(${fn.toString()})(globalThis.giiWrap)`) as Promise<Awaited<T>>;

test('marks every speaker, keeps the text as it reads, is hit-tested, and clears back to the same DOM', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(server.url('/article.html'));
  await page.addScriptTag({ url: server.url('/wrap.js') });
  const before = await page.evaluate(() => ({ html: document.body.innerHTML, text: document.body.innerText }));

  expect(await call(page, (w) => w.paint())).toBeGreaterThan(100);
  const marked = await page.evaluate(() =>
    [...document.querySelectorAll('mark.gii-lens-mark.gii-lens-person')].map((m) => m.textContent),
  );
  for (const person of loadDataset().data.people) expect(marked, person.printedName).toContain(person.printedName);
  // Our marks add no text and no line breaks: the article reads exactly as it did.
  expect(await page.evaluate(() => document.body.innerText)).toBe(before.text);
  // The marks take the highlight colours (a see-through tint over the page's white).
  const background = await page.evaluate(
    () => getComputedStyle(document.querySelector('mark.gii-lens-mark.gii-lens-person')!).backgroundColor,
  );
  expect(background).toMatch(/^rgba\(246, 201, 69, 0\.\d+\)$/);
  // On paper the article is the page's own: no tint, no underline.
  await page.emulateMedia({ media: 'print' });
  expect(
    await page.evaluate(() => {
      const style = getComputedStyle(document.querySelector('mark.gii-lens-mark.gii-lens-person')!);
      return [style.backgroundColor, style.textDecorationLine];
    }),
  ).toEqual(['rgba(0, 0, 0, 0)', 'none']);
  await page.emulateMedia({ media: 'screen' });

  // The point at the middle of a marked name is that speaker; a point on plain text is nobody.
  const name = await pointAt(page, 'Carsten FINK');
  expect(
    await page.evaluate(([x, y]) => (globalThis as never as { giiWrap: Wrap }).giiWrap.at(x!, y!), [name.x, name.y]),
  ).toBe('carsten-fink');
  const plain = await pointAt(page, 'delivered keynote speeches');
  expect(
    await page.evaluate(([x, y]) => (globalThis as never as { giiWrap: Wrap }).giiWrap.at(x!, y!), [plain.x, plain.y]),
  ).toBeUndefined();
  await page.screenshot({ path: `${SHOTS}/article-marked-fallback.png` });

  await call(page, (w) => w.clear());
  expect(await page.evaluate(() => document.body.innerHTML)).toBe(before.html);
  expect(await page.locator('mark, style[data-gii-lens-ui]').count()).toBe(0);
  await page.close();
});

test('a mention under the pointer is found again after the page is painted again, at the same place on screen', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(server.url('/article.html'));
  await page.addScriptTag({ url: server.url('/wrap.js') });
  await call(page, (w) => w.paint());
  // Our marks go on a clear and new ones are made: the open card must move to the new mark, not close.
  const name = await pointAt(page, 'Carsten FINK');
  const again = await page.evaluate(
    ([x, y]) => (globalThis as never as { giiWrap: Wrap }).giiWrap.repaintAt(x!, y!),
    [name.x, name.y],
  );
  expect(again).toEqual({ id: 'carsten-fink', sameBox: true, connected: true });
  await page.close();
});
