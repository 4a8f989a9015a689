// @vitest-environment happy-dom
// Light text on a dark page or dark text on a light one, judged from the text that is painted.
import { beforeEach, describe, expect, test } from 'vitest';
import { relativeLuminance, toneOfText } from '../../src/dom/tone';

const textNodes = () => {
  const out: Node[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.trim()) out.push(n);
  return out;
};

beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '';
  document.body.removeAttribute('style');
});

describe('toneOfText', () => {
  test('dark text is a light page, light text a dark one', () => {
    document.body.innerHTML = '<p style="color: #222">Carsten Fink</p><p style="color: rgb(40, 40, 40)">WIPO</p>';
    expect(toneOfText(textNodes())).toBe('light');
    document.body.innerHTML = '<p style="color: #e0e0e0">Carsten Fink</p><p style="color: #ccc">WIPO</p>';
    expect(toneOfText(textNodes())).toBe('dark');
  });

  test('the colour is inherited from where the site sets it, and the majority decides', () => {
    document.head.innerHTML = '<style>article { color: #d8d8d8; background: #151515 }</style>';
    document.body.innerHTML = `<header style="color: #111">Site name</header>
      <article><p>LIU Hua</p><p><em>Beijing</em></p><p>24 clusters</p></article>`;
    expect(toneOfText(textNodes())).toBe('dark');
  });

  test('no text, or a colour the browser writes in another syntax, is a light page', () => {
    expect(toneOfText([])).toBe('light');
    document.body.innerHTML = '<p>plain</p>';
    expect(toneOfText(textNodes())).toBe('light');
  });

  test('luminance runs from black to white', () => {
    expect(relativeLuminance(0, 0, 0)).toBe(0);
    expect(relativeLuminance(255, 255, 255)).toBeCloseTo(1, 10);
    expect(relativeLuminance(0x77, 0x77, 0x77)).toBeCloseTo(0.184, 2);
  });
});
