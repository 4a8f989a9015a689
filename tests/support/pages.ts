// Pages served to the browser tests and the demo: the source article as a news page, and pages in our own words.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
export const SOURCE_TEXT = readFileSync(resolve(ROOT, 'data/source-article.txt'), 'utf8');

/** Escapes text for HTML source (tests build pages from text; never the other way round). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function newsPage(title: string, paragraphs: readonly string[], extraHead = '', extraBody = ''): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:17px/1.6 Georgia,serif;max-width:720px;margin:24px auto;padding:0 16px;color:#222}
header,footer{font:13px system-ui,sans-serif;color:#666}h1{font-size:30px;line-height:1.2}</style>${extraHead}</head>
<body><header>World Desk · Technology</header><main><article><h1>${escapeHtml(title)}</h1>
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
</article></main>${extraBody}<footer>© News desk</footer></body></html>`;
}

/** The source article as a news page: its first line's dateline stays in the first paragraph. */
export function sourceArticlePage(): string {
  const paragraphs = SOURCE_TEXT.split('\n')
    .map((p) => p.trim())
    .filter(Boolean);
  return newsPage('WIPO Office in China holds High-level Roundtable on the GII 2025', paragraphs);
}

export const UNRELATED_PAGE = newsPage('Harbour festival draws record crowds', [
  'Thousands of visitors lined the quay on Saturday for the harbour festival, now in its 10th year.',
  'He said the song contest ran late, and most stalls sold out of grilled fish by nine in the evening.',
  'Organisers thanked volunteers and said next year they would add a second stage near the lighthouse.',
]);
