// Highlights paint a see-through colour behind the page's own text and leave the text colour alone, so they must
// stay readable on light pages (dark text) and dark pages (light text) alike: WCAG AA contrast, 4.5:1, for every
// colour of every preset, measured from the rules the painter installs for the page's tone.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { highlightStyles } from '../../src/dom/paint';
import { tintAlpha } from '../../src/dom/tone';
import { COLOR_PRESETS } from '../../src/extension/settings';

type Rgb = [number, number, number];

const parseHex = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

const contrast = (a: Rgb, b: Rgb) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/** The colour a reader sees: `over` with `alpha` on top of `under`. */
const blend = (over: Rgb, alpha: number, under: Rgb): Rgb =>
  over.map((c, i) => Math.round(c * alpha + under[i]! * (1 - alpha))) as Rgb;

interface HighlightRule {
  rgb: Rgb;
  alpha: number;
  /** The text colour the rule sets, if it sets one (the flash after a jump does). */
  text: Rgb | undefined;
}

/** The background (#rrggbb or #rrggbbaa) and text colour of each ::highlight() rule. */
function highlightRules(css: string): Map<string, HighlightRule> {
  const out = new Map<string, HighlightRule>();
  for (const m of css.matchAll(/::highlight\(([\w-]+)\)\{([^}]*)\}/g)) {
    const bg = /background-color:#([0-9a-f]{6})([0-9a-f]{2})?;/i.exec(m[2]!);
    if (!bg) continue;
    const color = /(?:^|;)color:#([0-9a-f]{3}|[0-9a-f]{6});/i.exec(m[2]!)?.[1];
    const long = color?.length === 3 ? [...color].map((c) => c + c).join('') : color;
    out.set(m[1]!, {
      rgb: parseHex(`#${bg[1]}`),
      alpha: bg[2] ? parseInt(bg[2], 16) / 255 : 1,
      text: long ? parseHex(`#${long}`) : undefined,
    });
  }
  return out;
}

const PAGES = {
  light: { tone: 'light', background: parseHex('#ffffff'), text: parseHex('#222222') },
  'grey text': { tone: 'light', background: parseHex('#ffffff'), text: parseHex('#595959') },
  sepia: { tone: 'light', background: parseHex('#f4ecd8'), text: parseHex('#3b2f1e') },
  dark: { tone: 'dark', background: parseHex('#121212'), text: parseHex('#e8e8e8') },
  'dark grey': { tone: 'dark', background: parseHex('#1e1e1e'), text: parseHex('#cccccc') },
  'dark blue': { tone: 'dark', background: parseHex('#0d1b2a'), text: parseHex('#d0d7e1') },
} as const;

describe('highlight colours', () => {
  for (const [preset, colors] of Object.entries(COLOR_PRESETS)) {
    test(`${preset}: every category is readable on light and dark pages`, () => {
      const rules = highlightRules(highlightStyles(colors, 'light'));
      // Five categories, figures that differ, and the flash after a jump to a mention.
      expect([...rules.keys()].sort()).toEqual([
        'gii-lens-event',
        'gii-lens-figure',
        'gii-lens-figure-differs',
        'gii-lens-flash',
        'gii-lens-organization',
        'gii-lens-person',
        'gii-lens-place',
      ]);
      for (const [page, { tone, background, text }] of Object.entries(PAGES)) {
        for (const [name, { rgb, alpha, text: own }] of highlightRules(highlightStyles(colors, tone))) {
          const ratio = contrast(blend(rgb, alpha, background), own ?? text);
          expect(ratio, `${name} on a ${page} page`).toBeGreaterThanOrEqual(4.5);
        }
      }
    });
  }

  test("the light page's tint would wash out the text of a dark page: the tone matters", () => {
    const { rgb, alpha } = highlightRules(highlightStyles(COLOR_PRESETS.default, 'light')).get('gii-lens-person')!;
    const page = PAGES['dark grey'];
    expect(contrast(blend(rgb, alpha, page.background), page.text)).toBeLessThan(4.5);
  });

  test('a custom colour of any shade gets the strongest tint that keeps the text readable, or the faintest', () => {
    const hex = fc
      .tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }))
      .map((rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`);
    fc.assert(
      fc.property(hex, (color) => {
        for (const [page, { tone, background, text }] of Object.entries(PAGES)) {
          const alpha = tintAlpha(color, tone);
          expect(alpha).toBeGreaterThanOrEqual(0.15);
          expect(alpha).toBeLessThanOrEqual(0.4);
          // Readable, unless even the faintest tint is too strong for this colour.
          if (alpha > 0.15) {
            const ratio = contrast(blend(parseHex(color), alpha, background), text);
            expect(ratio, `${color} at ${alpha} on a ${page} page`).toBeGreaterThanOrEqual(4.5);
          }
        }
      }),
      { numRuns: 500 },
    );
    // A navy chosen by a reader: a faint tint on a light page, the full one on a dark page.
    expect(tintAlpha('#1a237e', 'light')).toBeLessThanOrEqual(0.2);
    expect(tintAlpha('#1a237e', 'dark')).toBe(0.4);
  });
});
