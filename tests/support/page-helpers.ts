// Helpers for driving a page the way a reader does: find a piece of text on screen, rest the pointer on it.
import type { Page } from 'playwright-core';
import type { ExtensionBrowser } from './chromium';

/** The centre of the first occurrence of `text` on the page, in viewport coordinates (scrolling it into view). */
export async function pointAt(page: Page, text: string): Promise<{ x: number; y: number }> {
  // JSON text again: Playwright's serializer would trip over a hostile page's broken built-ins.
  const json = await page.evaluate((needle) => {
    // Through the prototype: hostile test pages replace document.createTreeWalker itself.
    const walker = Document.prototype.createTreeWalker.call(document, document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node as Text).data.indexOf(needle);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + needle.length);
      (node.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
      const rect = range.getBoundingClientRect();
      return JSON.stringify({ x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 });
    }
    return 'null';
  }, text);
  const point = JSON.parse(json) as { x: number; y: number } | null;
  if (!point) throw new Error(`text not found on the page: ${text}`);
  return point;
}

/** Rests the pointer on `text` and waits for the hover card; returns its locator. */
export async function hoverCardFor(page: Page, text: string) {
  const { x, y } = await pointAt(page, text);
  await page.mouse.move(x - 30, y + 80);
  await page.mouse.move(x, y, { steps: 4 });
  const card = page.locator('gii-lens-card .card');
  await card.waitFor({ state: 'visible', timeout: 5_000 });
  await page.waitForTimeout(250); // let the short fade-in finish before anyone looks
  return card;
}

/**
 * Texts painted under each of our highlight names, read from the page's highlight registry. Written without
 * Array methods, which hostile test pages override in their own world.
 */
export async function paintedTexts(page: Page): Promise<Record<string, string[]>> {
  // Returned as JSON text: Playwright's own result serializer would use the page's broken Array methods.
  const json = await page.evaluate(() => {
    const out: Record<string, string[]> = {};
    CSS.highlights.forEach((highlight, name) => {
      if (name.indexOf('gii-lens-') !== 0) return;
      const ranges = Array.from(highlight);
      const texts: string[] = new Array(ranges.length);
      for (let i = 0; i < ranges.length; i++) {
        const range = ranges[i]!;
        const r = document.createRange();
        r.setStart(range.startContainer, range.startOffset);
        r.setEnd(range.endContainer, range.endOffset);
        texts[i] = r.toString();
      }
      out[name] = texts;
    });
    return JSON.stringify(out);
  });
  return JSON.parse(json) as Record<string, string[]>;
}

/** The people's names painted on the page, in page order: what most tests wait for before they go on. */
export async function paintedPeople(page: Page): Promise<string[]> {
  return (await paintedTexts(page))['gii-lens-person'] ?? [];
}

/**
 * Evaluates `expression` in the top frame's isolated world of our extension (where the content script, the engine and
 * the word reader run), over the DevTools protocol: the page's own world cannot see it. Returns its value as JSON.
 */
export async function inExtensionWorld(browser: ExtensionBrowser, page: Page, expression: string): Promise<unknown> {
  const cdp = await browser.context.newCDPSession(page);
  const contexts: { id: number; name: string; auxData?: { type?: string; isDefault?: boolean } }[] = [];
  cdp.on('Runtime.executionContextCreated', (event) => contexts.push(event.context));
  // Enabling reports every context that already exists.
  await cdp.send('Runtime.enable');
  const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.name === 'GII Lens');
  if (!world) throw new Error(`no GII Lens world on ${page.url()}: ${contexts.map((c) => c.name).join(', ')}`);
  const { result } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, returnByValue: true });
  await cdp.detach();
  return result.value;
}

/** The browser's id for the tab showing `url`, asked of the extension's service worker. */
export async function tabIdOf(browser: ExtensionBrowser, url: string): Promise<number> {
  type Chrome = { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
  const tabs = await browser.worker.evaluate(() => (globalThis as unknown as { chrome: Chrome }).chrome.tabs.query({}));
  const tab = tabs.find((t) => t.url === url);
  if (tab?.id === undefined) throw new Error(`no tab shows ${url}`);
  return tab.id;
}
