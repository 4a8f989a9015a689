// Which elements a saved page's own style sheets hide: a browser would compute it; the CLI reads the rules of its
// <style> elements that hide (display: none, visibility: hidden) with simple selectors — a tag, a class, an id, or a
// tag with a class, alone or in a list. Sites hide promos, menus and "read more" teasers that way, often naming
// people; a rule with a combinator, a pseudo-class or an attribute is left out (the text is read as shown) rather
// than guessed at, and so are rules inside @media and other at-rules, which hide only sometimes.
import { HIDDEN_STYLE } from '../core/html-rules';

export interface HidingRules {
  tags: ReadonlySet<string>;
  classes: ReadonlySet<string>;
  ids: ReadonlySet<string>;
  /** "tag.class" pairs. */
  tagClasses: ReadonlySet<string>;
}

const SIMPLE_SELECTOR = /^([a-z][a-z0-9-]*)?(?:([.#])([\w-]+))?$/i;

/** The hiding rules of the given style sheets' text (the contents of a page's <style> elements). */
export function hidingRules(sheets: readonly string[]): HidingRules {
  const tags = new Set<string>();
  const classes = new Set<string>();
  const ids = new Set<string>();
  const tagClasses = new Set<string>();
  for (const sheet of sheets) {
    for (const { selectors, declarations } of topLevelRules(sheet.replace(/\/\*[\s\S]*?\*\//g, ''))) {
      const body = declarations.trim().replace(/;\s*$/, '');
      if (!body.split(';').some((d) => HIDDEN_STYLE.test(d.trim()))) continue;
      for (const selector of selectors.split(',')) {
        const m = SIMPLE_SELECTOR.exec(selector.trim());
        if (!m || (!m[1] && !m[2])) continue;
        const tag = m[1]?.toLowerCase();
        const name = m[3];
        if (m[2] === '#' && !tag) ids.add(name!);
        else if (m[2] === '.' && tag) tagClasses.add(`${tag}.${name}`);
        else if (m[2] === '.') classes.add(name!);
        else if (!m[2] && tag) tags.add(tag);
      }
    }
  }
  return { tags, classes, ids, tagClasses };
}

/** Rules at the top level of a style sheet; blocks of at-rules (@media, @supports…) are stepped over whole. */
function topLevelRules(sheet: string): { selectors: string; declarations: string }[] {
  const rules: { selectors: string; declarations: string }[] = [];
  let depth = 0;
  let start = 0;
  let selectors = '';
  for (let i = 0; i < sheet.length; i++) {
    const c = sheet[i];
    if (c === '{') {
      if (depth === 0) {
        selectors = sheet.slice(start, i);
        start = i + 1;
      }
      depth++;
    } else if (c === '}' && depth > 0) {
      depth--;
      if (depth === 0) {
        if (!selectors.trim().startsWith('@')) rules.push({ selectors, declarations: sheet.slice(start, i) });
        start = i + 1;
      }
    } else if (c === ';' && depth === 0) {
      start = i + 1; // "@import …;" and the like
    }
  }
  return rules;
}

/** True when the rules hide an element with this tag and these class and id attributes. */
export function hiddenByRules(
  rules: HidingRules,
  tag: string,
  classAttr: string | undefined,
  id: string | undefined,
): boolean {
  if (rules.tags.has(tag)) return true;
  if (id !== undefined && rules.ids.has(id)) return true;
  if (!classAttr) return false;
  for (const name of classAttr.split(/\s+/)) {
    if (name && (rules.classes.has(name) || rules.tagClasses.has(`${tag}.${name}`))) return true;
  }
  return false;
}
