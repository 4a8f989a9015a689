// Which parts of an HTML page a reader sees as text, shared by the DOM engine (live pages) and the CLI (saved pages).

/** Elements whose content is never visible page text. */
export const SKIPPED_TAGS: ReadonlySet<string> = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'textarea',
  'input',
  'select',
  'option',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'head',
  'title',
  'meta',
  'link',
  'button',
]);

/** The elements that can have a shadow root attached, besides custom elements (DOM Standard, attachShadow). */
export const SHADOW_HOSTS: ReadonlySet<string> = new Set(
  'article aside blockquote body div footer h1 h2 h3 h4 h5 h6 header main nav p section span'.split(' '),
);

/**
 * Table cells: a row reads as one line, its cells apart by a space, so a value is read with the label of its row
 * ("R&D intensity | 2.68%"); the row (a block) ends the line.
 */
export const CELL_TAGS: ReadonlySet<string> = new Set(['td', 'th']);

/** Elements that start a new line of text: words on either side never run together. */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'tfoot',
  'thead',
  'tr',
  'ul',
  'caption',
  'body',
  'html',
]);

export const HIDDEN_STYLE =
  /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden|content-visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/** True when an element's attributes hide it: `hidden`, `aria-hidden="true"`, an inline display:none. */
export function hiddenByAttributes(get: (name: string) => string | null | undefined): boolean {
  if (get('hidden') != null) return true;
  if (get('aria-hidden')?.trim().toLowerCase() === 'true') return true;
  const style = get('style');
  return !!style && HIDDEN_STYLE.test(style);
}
