// npm run demo — the whole product, headless: builds the extension, serves sample pages on 127.0.0.1, drives
// Debian's Chromium with the extension loaded, and leaves screenshots in demo-output/ with a summary on the terminal.
//   npm run demo                       the source article, a second GII 2025 story, an unrelated page
//   npm run demo -- --open FILE.html   the same on a saved page of your own
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { CHROMIUM_PATH, launchWithExtension, type ExtensionBrowser } from '../tests/support/chromium';
import { pageAnswer, type StoredSummary } from '../tests/support/extension-state';
import { hoverCardFor, paintedTexts, tabIdOf } from '../tests/support/page-helpers';
import { sourceArticlePage } from '../tests/support/pages';
import { serve } from '../tests/support/static-server';

const OUT = resolve('demo-output');

interface DemoPage {
  name: string;
  path: string;
  body: string;
  /** Text to rest the pointer on for a hover-card screenshot, and the file name for it. */
  hovers: { text: string; shot: string }[];
}

function parseArgs(argv: string[]): { open?: string } {
  const i = argv.indexOf('--open');
  if (i < 0) return {};
  const file = argv[i + 1];
  if (!file) {
    console.error('demo: --open needs a file: npm run demo -- --open page.html');
    process.exit(2);
  }
  return { open: file };
}

function pages(open: string | undefined): DemoPage[] {
  if (open) {
    if (!existsSync(open)) {
      console.error(`demo: no such file: ${open}`);
      process.exit(2);
    }
    return [{ name: basename(open), path: '/page.html', body: readFileSync(open, 'utf8'), hovers: [] }];
  }
  return [
    {
      name: 'The source article (WIPO Office in China)',
      path: '/roundtable.html',
      body: sourceArticlePage(),
      hovers: [{ text: 'Carsten FINK', shot: 'hover-card-speaker.png' }],
    },
    {
      name: 'A second GII 2025 story (written for the demo)',
      path: '/gii-2025-story.html',
      body: readFileSync('demo/pages/gii-2025-story.html', 'utf8'),
      hovers: [{ text: '2.5 per cent', shot: 'hover-card-figure-differs.png' }],
    },
    {
      name: 'An unrelated page',
      path: '/unrelated.html',
      body: readFileSync('demo/pages/unrelated.html', 'utf8'),
      hovers: [],
    },
  ];
}

/**
 * What the page says of itself, asked as the popup asks it: an unrelated page keeps its verdict until asked and
 * reports nothing to the background. Waits until a GII page has something painted.
 */
async function waitForSummary(browser: ExtensionBrowser, url: string): Promise<StoredSummary | undefined> {
  const ask = async () => {
    const answer = await pageAnswer(browser, url);
    return answer && typeof answer.verdict === 'string' ? answer : undefined;
  };
  for (let i = 0; i < 100; i++) {
    const summary = await ask();
    if (summary && (summary.status !== 'highlighted' || summary.entities.length > 0)) return summary;
    await new Promise((r) => setTimeout(r, 100));
  }
  return ask();
}

function describeCounts(s: StoredSummary | undefined): string {
  if (!s) return 'no answer from the content script';
  const c = s.counts;
  const total = Object.values(c).reduce((a, b) => a + b, 0);
  if (total === 0) return 'nothing highlighted';
  const differs = s.entities.flatMap((e) => e.values ?? []).filter((v) => v.agreement === 'differs').length;
  return `mentions: ${c.person} of people, ${c.organization} of organizations, ${c.place} of places, ${c.figure} figures (${differs} differ from the roundtable)`;
}

async function screenshotExtensionPage(
  browser: ExtensionBrowser,
  path: string,
  file: string,
  act?: (page: Page) => Promise<void>,
) {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: path.startsWith('popup') ? 400 : 420, height: 720 });
  await page.goto(browser.extensionUrl(path));
  await page.waitForTimeout(600);
  if (act) await act(page);
  await page.screenshot({ path: `${OUT}/${file}` });
  await page.close();
}

async function main(): Promise<void> {
  const { open } = parseArgs(process.argv.slice(2));
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(
      `demo: Chromium was not found at ${CHROMIUM_PATH}.\n` +
        "Install Debian's Chromium first (as root): apt-get update && apt-get install -y chromium\n" +
        'or point CHROMIUM_PATH at another Chromium binary.',
    );
    process.exit(1);
  }
  console.log('Building the extension (npx wxt build)…');
  try {
    execFileSync('npx', ['wxt', 'build'], { stdio: 'pipe', encoding: 'utf8' });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    console.error(`demo: the build failed:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
    process.exit(1);
  }
  mkdirSync(OUT, { recursive: true });

  const demoPages = pages(open);
  const server = await serve(Object.fromEntries(demoPages.map((p) => [p.path, p.body])));
  const browser = await launchWithExtension();
  const rows: string[] = [];
  let storyTab: number | undefined;
  try {
    for (const [i, demoPage] of demoPages.entries()) {
      const page = await browser.context.newPage();
      const url = server.url(demoPage.path);
      await page.goto(url);
      const summary = await waitForSummary(browser, url);
      await page.waitForTimeout(300);
      const shot = `page-${i + 1}-${demoPage.path.slice(1).replace(/\.html$/, '')}.png`;
      await page.screenshot({ path: `${OUT}/${shot}` });
      rows.push(
        `${demoPage.name}\n    verdict: ${summary?.verdict ?? '?'} · ${describeCounts(summary)}\n    screenshot: demo-output/${shot}`,
      );
      // On a page of the reader's own, the card of the first speaker (or anything) found on it.
      if (open && summary?.status === 'highlighted') {
        const painted = await paintedTexts(page);
        const first = painted['gii-lens-person']?.[0] ?? Object.values(painted).flat()[0];
        if (first) demoPage.hovers.push({ text: first, shot: 'hover-card.png' });
      }
      for (const hover of demoPage.hovers) {
        await hoverCardFor(page, hover.text);
        await page.screenshot({ path: `${OUT}/${hover.shot}` });
        rows.push(`    hover card on "${hover.text}": demo-output/${hover.shot}`);
        await page.keyboard.press('Escape');
      }
      if (demoPage.path === '/gii-2025-story.html' || open) storyTab = await tabIdOf(browser, url);
      // Keep the GII pages open: the popup and the side panel speak about them.
      if (summary?.status !== 'highlighted') await page.close();
    }
    if (storyTab !== undefined) {
      await screenshotExtensionPage(browser, `popup.html?tab=${storyTab}`, 'popup-lookup.png', async (page) => {
        await page.getByRole('combobox').or(page.locator('input[type=search]')).first().fill('aleman');
        await page.waitForTimeout(300);
      });
      rows.push('Popup after looking up "aleman": demo-output/popup-lookup.png');
      await screenshotExtensionPage(browser, `sidepanel.html?tab=${storyTab}`, 'side-panel-fact-cards.png');
      rows.push(
        `Side panel with the fact cards of ${open ? 'the page' : 'the story'}: demo-output/side-panel-fact-cards.png`,
      );
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log('\nGII Lens demo\n');
  console.log(rows.join('\n'));
  console.log(`\nAll screenshots are in ${OUT}`);
}

await main();
