// Is the page's text dark on light or light on dark? Highlights paint a see-through colour behind the page's own
// text and leave the text's colour alone, so on light text they must be a dimmer tint: a tint that reads well under
// black text (4.5:1 or better) washes out pale grey text on a dark page. Judged by the colour of the text we paint,
// not the page's background: that is what the tint has to stay readable against, and a dark site often leaves the
// body's background transparent and colours only its article.
export type Tone = 'light' | 'dark';

/** How many painted texts are looked at: enough for a majority, few enough to cost nothing. */
const SAMPLES = 24;
/** Text lighter than this (relative luminance; #999 is 0.32) is light text on a dark page. */
const LIGHT_TEXT = 0.35;

const RGB = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)/;
const HEX = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i;

/** A computed colour's channels: browsers write rgb() or rgba(); simulated DOMs may keep #hex. */
function channels(color: string): [number, number, number] | undefined {
  const m = RGB.exec(color);
  if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
  const hex = HEX.exec(color)?.[1];
  if (!hex) return undefined;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
}

/** The WCAG relative luminance of an sRGB colour given as 0–255 channels. */
export function relativeLuminance(r: number, g: number, b: number): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/**
 * The tone of the text in `nodes` (painted text nodes, in page order): a majority of evenly spaced samples. A
 * colour the browser writes in another syntax (oklch, color()) is not counted; with no answer the page is light,
 * the web's default.
 */
export function toneOfText(nodes: readonly Node[]): Tone {
  let light = 0;
  let dark = 0;
  const step = Math.max(1, Math.floor(nodes.length / SAMPLES));
  for (let i = 0; i < nodes.length; i += step) {
    const element = nodes[i]!.parentElement;
    const view = element?.ownerDocument.defaultView;
    if (!element || !view) continue;
    const rgb = channels(view.getComputedStyle(element).color);
    if (!rgb) continue;
    if (relativeLuminance(...rgb) > LIGHT_TEXT) light++;
    else dark++;
  }
  return light > dark ? 'dark' : 'light';
}

type Rgb = readonly [number, number, number];

/**
 * The palest text each tone is expected to carry, on the background that is hardest for it: #595959 is grey body
 * text as pale as news sites print it (7:1 on white), #bbbbbb a dim grey on a dark grey page.
 */
const HARDEST_TEXT: Record<Tone, { text: Rgb; background: Rgb }> = {
  light: { text: [0x59, 0x59, 0x59], background: [0xff, 0xff, 0xff] },
  dark: { text: [0xbb, 0xbb, 0xbb], background: [0x22, 0x22, 0x22] },
};

/** Tints tried, strongest first, in percent. */
const MOST_PERCENT = 40;
const LEAST_PERCENT = 15;
/** WCAG AA for body text. */
const READABLE = 4.5;

/**
 * How opaque a highlight colour may be behind text of `tone`: the strongest tint, at most 40%, under which the
 * hardest text of that tone keeps 4.5:1 contrast. A dark colour (the red of a differing figure, a custom navy) gets
 * a lighter tint on a light page; a bright one a lighter tint on a dark page. Never below 15%, so the highlight
 * still shows (its underline, in the full colour, says the category either way).
 */
export function tintAlpha(hex: string, tone: Tone): number {
  // Settings hold colours as #rrggbb (checked by their schema), which `channels` reads.
  const colour = channels(hex)!;
  const { text, background } = HARDEST_TEXT[tone];
  const textLuminance = relativeLuminance(...text);
  for (let percent = MOST_PERCENT; percent > LEAST_PERCENT; percent -= 5) {
    const alpha = percent / 100;
    const [r, g, b] = colour.map((c, i) => Math.round(c * alpha + background[i]! * (1 - alpha))) as [
      number,
      number,
      number,
    ];
    const l = relativeLuminance(r, g, b);
    const ratio = (Math.max(l, textLuminance) + 0.05) / (Math.min(l, textLuminance) + 0.05);
    if (ratio >= READABLE) return alpha;
  }
  return LEAST_PERCENT / 100;
}
