// The visible text of a saved HTML page, as a reader sees it: no script, style, template, hidden or aria-hidden
// content, nor what the page's own style sheets hide with simple selectors (see hidden-by-stylesheet); block
// elements separated by line breaks; runs of whitespace collapsed as a browser renders them.
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { BLOCK_TAGS, CELL_TAGS, SKIPPED_TAGS, hiddenByAttributes } from '../core/html-rules';
import { hiddenByRules, hidingRules } from './hidden-by-stylesheet';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface HtmlPage {
  text: string;
  title: string;
  /** The page's own address, from <link rel=canonical> or og:url, when the saved page has one. */
  url: string | undefined;
}

const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;

function isElement(node: Node): node is Element {
  return 'tagName' in node;
}

export function htmlToText(html: string): HtmlPage {
  const doc = parse(html);
  const rules = hidingRules(styleSheets(doc));
  const parts: string[] = [];
  let title = '';
  let url: string | undefined;
  let lastBreak = true;

  const newline = () => {
    if (!lastBreak) {
      parts.push('\n');
      lastBreak = true;
    }
  };
  // An explicit stack, not recursion: a 10,000-deep page must not overflow the call stack.
  const stack: (Node | 'close-block')[] = [doc];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === 'close-block') {
      newline();
      continue;
    }
    if (node.nodeName === '#text' && 'value' in node) {
      const value = node.value.replace(/\s+/g, ' ');
      if (value.trim() === '') {
        if (!lastBreak && value.length > 0) parts.push(' ');
        continue;
      }
      parts.push(lastBreak ? value.trimStart() : value);
      lastBreak = false;
      continue;
    }
    if (isElement(node)) {
      const tag = node.tagName;
      if (tag === 'title' && !title) title = textOf(node).trim();
      if (tag === 'link' && /\bcanonical\b/i.test(attr(node, 'rel') ?? '')) url ??= attr(node, 'href');
      if (tag === 'meta' && attr(node, 'property') === 'og:url') url ??= attr(node, 'content');
      if (SKIPPED_TAGS.has(tag) && tag !== 'head') continue;
      if (hiddenByAttributes((name) => attr(node, name))) continue;
      if (hiddenByRules(rules, tag, attr(node, 'class'), attr(node, 'id'))) continue;
      const block = BLOCK_TAGS.has(tag);
      if (block) {
        newline();
        stack.push('close-block');
      } else if (CELL_TAGS.has(tag) && !lastBreak) {
        // Cells of a row read as one line, a space apart (see CELL_TAGS).
        parts.push(' ');
      }
    }
    const children =
      'content' in node && node.nodeName === 'template' ? [] : 'childNodes' in node ? node.childNodes : [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return { text: parts.join('').trim(), title, url };
}

/** The text of every <style> element of the page, in document order. */
function styleSheets(doc: Node): string[] {
  const sheets: string[] = [];
  const stack: Node[] = [doc];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (isElement(node) && node.tagName === 'style') sheets.push(textOf(node));
    else if ('childNodes' in node)
      for (let i = node.childNodes.length - 1; i >= 0; i--) stack.push(node.childNodes[i]!);
  }
  return sheets;
}

function textOf(node: Node): string {
  if ('value' in node && node.nodeName === '#text') return node.value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}
