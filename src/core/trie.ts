// A character trie over folded forms, compiled once from the dataset. Scanning visits each word start once and
// walks only as far as some form continues, so a pass is linear in the page. ASCII transitions live in one flat
// Int32Array (one array read per character walked); other characters fall back to a map per node.
import { ASCII_WORD, isWordChar } from './fold';
import type { Form } from './forms';

export interface TrieHit {
  start: number;
  end: number;
  forms: Form[];
}

/** What a visit receives: the span, and the forms ending there (allocated once per trie node, not per hit). */
export type Visit = (start: number, end: number, forms: Form[]) => void;

/** The longest form; a walk never goes deeper, so its terminals fit in fixed arrays. */
const MAX_DEPTH = 512;

const ASCII = 128;

export class FormTrie {
  /** transitions[node * 128 + code] = child node, 0 = none (the root is never a child). */
  private transitions: Int32Array;
  private readonly wide: (Map<number, number> | undefined)[] = [undefined];
  private readonly terminal: (Form[] | undefined)[] = [undefined];
  private nodes = 1;

  constructor(forms: Form[]) {
    this.transitions = new Int32Array(ASCII * 256);
    for (const form of forms) this.insert(form);
  }

  private child(node: number, code: number): number {
    if (code < ASCII) return this.transitions[node * ASCII + code]!;
    return this.wide[node]?.get(code) ?? 0;
  }

  private insert(form: Form): void {
    let node = 0;
    for (let i = 0; i < form.folded.length; i++) {
      const code = form.folded.charCodeAt(i);
      let next = this.child(node, code);
      if (next === 0) {
        next = this.nodes++;
        if (next * ASCII >= this.transitions.length) {
          const grown = new Int32Array(this.transitions.length * 2);
          grown.set(this.transitions);
          this.transitions = grown;
        }
        this.wide.push(undefined);
        this.terminal.push(undefined);
        if (code < ASCII) this.transitions[node * ASCII + code] = next;
        else (this.wide[node] ??= new Map()).set(code, next);
      }
      node = next;
    }
    (this.terminal[node] ??= []).push(form);
  }

  /**
   * Every form ending at a word boundary, for each word start in `text[from, to)`, longest first per start.
   * The caller picks which to keep; overlapping starts are all reported. Nothing is allocated per hit.
   */
  scan(text: string, from: number, to: number, visit: Visit): void {
    const transitions = this.transitions;
    let prevWord = from > 0 && isWordChar(text.charCodeAt(from - 1));
    for (let i = from; i < to; i++) {
      const c = text.charCodeAt(i);
      const word = c < ASCII ? ASCII_WORD[c] === 1 : isWordChar(c);
      if (word && !prevWord && (c < ASCII ? transitions[c] !== 0 : this.wide[0]?.has(c))) this.walk(text, i, to, visit);
      prevWord = word;
    }
  }

  private readonly ends = new Int32Array(MAX_DEPTH);
  private readonly terminals = new Int32Array(MAX_DEPTH);

  private walk(text: string, start: number, to: number, visit: Visit): void {
    const transitions = this.transitions;
    let count = 0;
    let node = 0;
    for (let j = start; j < to && count < MAX_DEPTH; j++) {
      const code = text.charCodeAt(j);
      node = code < ASCII ? transitions[node * ASCII + code]! : (this.wide[node]?.get(code) ?? 0);
      if (node === 0) break;
      if (this.terminal[node]) {
        const next = j + 1 < text.length ? text.charCodeAt(j + 1) : 0x20;
        if (!(next < ASCII ? ASCII_WORD[next] === 1 : isWordChar(next))) {
          this.ends[count] = j + 1;
          this.terminals[count++] = node;
        }
      }
    }
    for (let k = count - 1; k >= 0; k--) visit(start, this.ends[k]!, this.terminal[this.terminals[k]!]!);
  }
}
