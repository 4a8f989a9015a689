// A character trie over folded forms, compiled once from the dataset. Scanning visits each word start once and
// walks only as far as some form continues, so a pass is linear in the page.
import { ASCII_WORD, isWordChar } from './fold';
import type { Form } from './forms';

interface TrieNode {
  next: Map<number, TrieNode>;
  /** Forms that end exactly here. */
  forms: Form[] | undefined;
}

export interface TrieHit {
  start: number;
  end: number;
  forms: Form[];
}

export class FormTrie {
  private readonly root: TrieNode = { next: new Map(), forms: undefined };
  /** First characters of any form (one byte per UTF-16 code): a cheap reject before walking. */
  private readonly firstChars = new Uint8Array(65536);

  constructor(forms: Form[]) {
    for (const form of forms) this.insert(form);
  }

  private insert(form: Form): void {
    let node = this.root;
    for (let i = 0; i < form.folded.length; i++) {
      const c = form.folded.charCodeAt(i);
      let child = node.next.get(c);
      if (!child) {
        child = { next: new Map(), forms: undefined };
        node.next.set(c, child);
      }
      node = child;
    }
    (node.forms ??= []).push(form);
    this.firstChars[form.folded.charCodeAt(0)] = 1;
  }

  /**
   * Every form ending at a word boundary, for each word start in `text[from, to)`, longest first per start.
   * The caller picks which to keep; overlapping starts are all reported.
   */
  scan(text: string, from = 0, to = text.length, visit: (hits: TrieHit[]) => void): void {
    let prevWord = from > 0 && isWordChar(text.charCodeAt(from - 1));
    const firstChars = this.firstChars;
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      const word = c < 0x80 ? ASCII_WORD[c] === 1 : isWordChar(c);
      if (word && !prevWord && firstChars[c] === 1) {
        const hits = this.walk(text, i, to);
        if (hits) visit(hits);
      }
      prevWord = word;
    }
  }

  private walk(text: string, start: number, to: number): TrieHit[] | undefined {
    let hits: TrieHit[] | undefined;
    let node: TrieNode | undefined = this.root;
    for (let j = start; j < to && node; j++) {
      node = node.next.get(text.charCodeAt(j));
      if (node?.forms && (j + 1 >= text.length || !isWordChar(text.charCodeAt(j + 1)))) {
        (hits ??= []).push({ start, end: j + 1, forms: node.forms });
      }
    }
    return hits?.reverse();
  }
}
