// Generated news pages with realistic markup for the browser benchmark: a site header and navigation, an article of
// sections with headings, paragraphs with links and emphasis, figure captions, asides, lists and a footer.
import { generateParagraphs } from './generate-news';

const escape = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Wraps a few words of a paragraph in inline markup, as news sites do (links, emphasis). */
function inline(p: string, i: number): string {
  const words = escape(p).split(' ');
  if (words.length > 8 && i % 3 === 0) words[3] = `<a href="#s${i}">${words[3]}</a>`;
  if (words.length > 12 && i % 4 === 1) words[9] = `<em>${words[9]}</em>`;
  return words.join(' ');
}

export function newsPageHtml(chars: number, giiShare: number, seed: number): string {
  const paragraphs = generateParagraphs({ chars, giiShare, seed });
  const body: string[] = [];
  paragraphs.forEach((p, i) => {
    if (i % 12 === 0) body.push(`<h2>Section ${i / 12 + 1}</h2>`);
    if (i % 17 === 5)
      body.push(`<figure><img alt="" width="1" height="1"><figcaption>${escape(p.slice(0, 90))}</figcaption></figure>`);
    if (i % 23 === 7) body.push(`<aside><ul><li>${escape(p.slice(0, 60))}</li><li>Related coverage</li></ul></aside>`);
    body.push(`<p>${inline(p, i)}</p>`);
  });
  const title = giiShare > 0 ? 'Global Innovation Index 2025: China enters the top 10' : 'City news roundup';
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font:16px/1.5 Georgia,serif;max-width:760px;margin:0 auto}nav a{margin-right:8px}</style></head>
<body><header><nav>${['World', 'Business', 'Technology', 'Science', 'Opinion'].map((n) => `<a href="#">${n}</a>`).join('')}</nav></header>
<main><article><h1>${title}</h1>${body.join('\n')}</article></main>
<footer><p>© Example News. All rights reserved.</p></footer></body></html>`;
}
