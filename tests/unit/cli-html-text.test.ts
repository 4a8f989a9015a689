// Saved pages hide promos, menus and teasers with their own style sheets: the CLI leaves out what simple rules hide,
// and reads as shown what it cannot judge without a browser.
import { describe, expect, test } from 'vitest';
import { htmlToText } from '../../src/cli/html-text';

const page = (style: string, body: string) =>
  `<!doctype html><html><head><style>${style}</style></head><body>${body}</body></html>`;

describe('text a page hides with its style sheets', () => {
  test('a class, an id, a tag or a tag with a class that is display: none or visibility: hidden is left out', () => {
    const html = page(
      '.promo { display: none } #menu{display:none!important} aside{visibility:hidden} p.teaser, .x {display:none;}',
      '<p>Kept one.</p><div class="big promo">Promo.</div><nav id="menu">Menu.</nav><aside>Aside.</aside>' +
        '<p class="teaser">Teaser.</p><div class="teaser">Kept two.</div>',
    );
    expect(htmlToText(html).text).toBe('Kept one.\nKept two.');
  });

  test('rules it cannot judge without a browser leave the text in', () => {
    const html = page(
      '@media print { .a { display: none } } .b .c { display: none } .d:hover { display: none } ' +
        '[data-x] { display: none } .e { color: red } /* .f { display: none } */',
      '<p class="a">A.</p><div class="b"><p class="c">C.</p></div><p class="d">D.</p><p data-x="1">X.</p>' +
        '<p class="e">E.</p><p class="f">F.</p>',
    );
    expect(htmlToText(html).text).toBe('A.\nC.\nD.\nX.\nE.\nF.');
  });

  test('a style sheet in the body counts too, and a broken one hides nothing it cannot read', () => {
    expect(htmlToText('<p>One.</p><style>.gone{display:none}</style><p class="gone">Two.</p>').text).toBe('One.');
    expect(htmlToText(page('.a { display: none', '<p class="a">Still here.</p>')).text).toBe('Still here.');
  });
});

describe('tables', () => {
  test('a row reads as one line, its cells a space apart, so a value is read with its label', () => {
    const html =
      '<table><tr><th>Indicator</th><th>Value</th></tr><tr><td>R&amp;D intensity</td><td>2.68%</td></tr></table>' +
      '<p>After.</p>';
    expect(htmlToText(html).text).toBe('Indicator Value\nR&D intensity 2.68%\nAfter.');
  });
});
