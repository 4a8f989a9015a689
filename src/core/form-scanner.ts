// Finds every dataset form in folded text with one native regular expression instead of a per-character loop in
// JavaScript. On a fresh page the script has not been optimised yet, so a character loop runs in the interpreter;
// the regular expression engine compiles to machine code and skips whole stretches that cannot start a form.
//
// The expression is the forms as a trie ("liu(?: hua)?|…"), between word boundaries: at each word start it reports
// the longest form that ends where a word ends (a longer branch is tried first and given back when no boundary
// follows). A trie rather than a flat list of alternatives because the engine then decides on the first letter
// instead of trying every form at every word start: matching and compiling the expression both take half the time.
// The shorter forms at the same start are prefixes of the one reported, ending at a word boundary inside it, so
// they are listed once, when the scanner is built.
import { isWordChar } from './fold';
import type { Form } from './forms';
import { escapeRegexChar } from './search';

/**
 * What receives the hits: the span, and what the caller prepared once from the forms ending there. An object with
 * a method rather than a callback: a fresh closure per scan would be a new call target each time, and the
 * optimised scan loop would be thrown away on the next page pass (seen as a "wrong call target" deoptimisation).
 */
export interface ScanSink<T> {
  visit(start: number, end: number, prepared: T): void;
}

interface Ending<T> {
  length: number;
  prepared: T;
}

const ASCII_WORD_START = /^[a-z0-9]/;

interface TrieNode {
  children: Map<string, TrieNode>;
  /** A form ends here. */
  end: boolean;
}

/** The forms as one expression shaped like a trie: shared beginnings are written once. */
function triePattern(texts: readonly string[]): string {
  const root: TrieNode = { children: new Map(), end: false };
  for (const text of texts) {
    let node = root;
    for (const ch of text) {
      let next = node.children.get(ch);
      if (!next) node.children.set(ch, (next = { children: new Map(), end: false }));
      node = next;
    }
    node.end = true;
  }
  const write = (node: TrieNode): string => {
    const branches = [...node.children].map(([ch, child]) => escapeRegexChar(ch) + write(child));
    if (branches.length === 0) return '';
    const group = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
    // Where a form ends here and longer ones go on, the longer branch is optional (greedy: tried first).
    if (!node.end) return group;
    return branches.length === 1 && branches[0]!.length === 1 ? `${group}?` : `(?:${group})?`;
  };
  return write(root);
}

/** A number that tells most form texts apart: length, first, middle and last character. */
function endingKey(text: string, start: number, length: number): number {
  const first = text.charCodeAt(start);
  const middle = text.charCodeAt(start + (length >> 1));
  const last = text.charCodeAt(start + length - 1);
  return (((length * 131 + first) * 131 + middle) * 131 + last) | 0;
}

export class FormScanner<T = Form[]> {
  private readonly regex: RegExp;
  /**
   * For each form text: the forms that end inside it at a word boundary, longest first, itself included. Found by
   * a number made from the match's length and three of its characters, checked against the text in place: no
   * string is cut from the page or hashed per hit.
   */
  private readonly endings = new Map<number, { text: string; endings: Ending<T>[] }[]>();

  /**
   * `prepare` turns the forms sharing one text into what a visit needs (sorted, split by role…), once per text
   * when the scanner is built, so a hit on the page costs no work of that kind.
   */
  constructor(forms: readonly Form[], prepare: (forms: Form[]) => T = (list) => list as T) {
    const byText = new Map<string, Form[]>();
    for (const form of forms) {
      if (form.folded.length === 0) continue;
      const list = byText.get(form.folded);
      if (list) list.push(form);
      else byText.set(form.folded, [form]);
    }
    const texts = [...byText.keys()].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    const prepared = new Map<string, T>();
    for (const [text, list] of byText) prepared.set(text, prepare(list));
    for (const text of texts) {
      const endings: Ending<T>[] = [];
      for (let length = text.length; length > 0; length--) {
        if (length < text.length && isWordChar(text.charCodeAt(length))) continue;
        const found = prepared.get(text.slice(0, length));
        if (found !== undefined) endings.push({ length, prepared: found });
      }
      const key = endingKey(text, 0, text.length);
      const list = this.endings.get(key);
      if (list) list.push({ text, endings });
      else this.endings.set(key, [{ text, endings }]);
    }
    // ASCII boundaries in the expression (fast); a non-ASCII letter next to a match is checked in `scan`. `\b`
    // rather than a look-behind at the start: every form starts with a letter or digit, and the engine skips
    // ahead to a word start instead of testing the look-behind at every position.
    const body = texts.length > 0 ? triePattern(texts) : '(?!)';
    if (texts.some((t) => !ASCII_WORD_START.test(t)))
      throw new Error('every form must start with an ASCII letter or digit (folded text)');
    this.regex = new RegExp(`\\b(?:${body})(?![a-z0-9_])`, 'g');
  }

  private endingsAt(text: string, start: number, length: number): Ending<T>[] {
    const list = this.endings.get(endingKey(text, start, length))!;
    if (list.length === 1) return list[0]!.endings;
    return list.find((entry) => text.startsWith(entry.text, start))!.endings;
  }

  /**
   * Every form ending at a word boundary, for each word start in `text[from, to)`, longest first per start.
   * The caller picks which to keep; overlapping starts are all reported.
   */
  scan(text: string, from: number, to: number, sink: ScanSink<T>): void {
    const regex = this.regex;
    regex.lastIndex = from;
    let m: RegExpExecArray | null;
    while ((m = regex.exec(text)) !== null && m.index < to) {
      const start = m.index;
      // The match's length from where it ended, without reading (and so making) the matched string.
      const length = regex.lastIndex - start;
      regex.lastIndex = start + 1; // later starts, including those inside this match ("suzhou" in "shanghai-suzhou")
      if (start > 0 && text.charCodeAt(start - 1) >= 0x80 && isWordChar(text.charCodeAt(start - 1))) continue;
      const after = text.charCodeAt(start + length);
      // A non-ASCII letter right after the longest form: only the shorter forms inside it end at a boundary.
      const longestOk = !(after >= 0x80 && isWordChar(after));
      const endings = this.endingsAt(text, start, length);
      // An index loop: for…of makes an iterator per hit while this code is not yet optimised.
      for (let i = 0; i < endings.length; i++) {
        const ending = endings[i]!;
        if (ending.length === length && !longestOk) continue;
        if (start + ending.length > to) continue;
        sink.visit(start, start + ending.length, ending.prepared);
      }
    }
  }
}
