// Watching a dynamic page: a MutationObserver gathers what changed, and the engine re-reads only those parts, once
// per batch. Our own fallback marks and UI are ignored, so painting never triggers another pass. A paragraph added
// to a long article is read on its own, not the article again: a live blog gets one paragraph's work per update.
import { BLOCK_TAGS } from '../core/html-rules';

export type Schedule = (fn: () => void) => void;

export interface Watcher {
  stop(): void;
  /** Drops pending records (after our own DOM writes). */
  takeRecords(): void;
}

/** Our own UI (the card's host) and our fallback marks: never a change of the page's. */
export function isOurs(node: Node): boolean {
  if (node.nodeType !== Node.ELEMENT_NODE) return false;
  const el = node as Element;
  return el.hasAttribute('data-gii-lens-ui') || (el.localName === 'mark' && el.classList.contains('gii-lens-mark'));
}

/** A block element starts a line of its own: text never runs across its edges, so it can be read alone. */
function isBlock(node: Node): boolean {
  return node.nodeType === Node.ELEMENT_NODE && BLOCK_TAGS.has((node as Element).localName);
}

/**
 * Where a change inside inline content is read from: the nearest block around it, since a name or a figure's
 * context runs across inline edges ("Mr. <b>HAN</b> Peng", "<strong>24</strong> clusters in the top 100"): read
 * alone, the inline element would lose the mention that crosses it. With no block between it and the body (a page
 * of bare inline content), the node itself, so such a page is never read whole for one change.
 */
export function blockAround(node: Node): Node {
  for (let at: Node | null = node; at && at.nodeType === Node.ELEMENT_NODE; at = at.parentNode) {
    const name = (at as Element).localName;
    if (name === 'body' || name === 'html') break;
    if (isBlock(at)) return at;
  }
  return node;
}

/**
 * What a record asks to read again: for a text change, the block around the text; for added blocks, the blocks
 * themselves; for added or removed text and inline elements, the block around their parent (a name may run across
 * them and their neighbours). Blocks removed ask for nothing to be read, only for what was painted in them to go
 * (`removed`).
 */
function changedRoots(record: MutationRecord, into: Set<Node>): { removed: boolean } {
  if (record.type === 'characterData') {
    if (record.target.parentNode) into.add(blockAround(record.target.parentNode));
    return { removed: false };
  }
  if (record.type !== 'childList') return { removed: false };
  const ours = (node: Node) => isOurs(node) || (node.nodeType === Node.TEXT_NODE && isOurs(record.target));
  let parentToo = false;
  for (const node of record.addedNodes) {
    if (ours(node)) continue;
    if (isBlock(node)) into.add(node);
    else parentToo = true;
  }
  let removed = false;
  for (const node of record.removedNodes) {
    if (ours(node)) continue;
    removed = true;
    if (!isBlock(node)) parentToo = true;
  }
  if (parentToo) into.add(blockAround(record.target));
  return { removed };
}

/**
 * The top-most of a set of nodes: a node inside another is covered by it. Each node's ancestors are looked up in
 * the set, so a thousand added paragraphs cost a thousand short walks, not a million comparisons.
 */
export function topMost(nodes: Iterable<Node>): Node[] {
  const set = new Set(nodes);
  const out: Node[] = [];
  for (const n of set) {
    let covered = false;
    for (let up = n.parentNode; up && !covered; up = up.parentNode) covered = set.has(up);
    if (!covered) out.push(n);
  }
  return out;
}

/** A batch of changes: the parts to read again, and whether painted text may have left the page. */
export interface Changes {
  roots: Node[];
  removed: boolean;
}

export function watchMutations(
  root: Node,
  onChange: (changes: Changes) => void,
  options: { schedule: Schedule },
): Watcher {
  const pending = new Set<Node>();
  let removed = false;
  const flush = () => {
    const roots = topMost(pending).filter((n) => n.isConnected && !isInsideOurs(n));
    const anyRemoved = removed;
    pending.clear();
    removed = false;
    if (roots.length > 0 || anyRemoved) onChange({ roots, removed: anyRemoved });
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (isInsideOurs(record.target)) continue;
      if (changedRoots(record, pending).removed) removed = true;
    }
    // Every batch of records re-arms the scheduler: a debounce with a maximum wait turns a storm into a few passes.
    if (pending.size > 0 || removed) options.schedule(flush);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return {
    stop: () => {
      observer.disconnect();
      pending.clear();
      removed = false;
    },
    takeRecords: () => void observer.takeRecords(),
  };
}

function isInsideOurs(node: Node): boolean {
  for (let n: Node | null = node; n; n = n.parentNode) if (isOurs(n)) return true;
  return false;
}

/**
 * A trailing debounce with a maximum wait: quiet pages are handled `delayMs` after the last change, and a page that
 * never stops changing is still handled every `maxWaitMs` — never once per change.
 */
export function createBatcher(
  setTimer: (fn: () => void, ms: number) => unknown,
  delayMs: number,
  maxWaitMs = delayMs * 4,
): Schedule {
  let pendingFn: (() => void) | undefined;
  let firstAt = 0;
  let token = 0;
  const fire = (expected: number) => {
    if (expected !== token || !pendingFn) return;
    const fn = pendingFn;
    pendingFn = undefined;
    fn();
  };
  return (fn) => {
    const now = Date.now();
    if (!pendingFn) firstAt = now;
    pendingFn = fn;
    const mine = ++token;
    const wait = Math.max(0, Math.min(delayMs, firstAt + maxWaitMs - now));
    setTimer(() => fire(mine), wait);
  };
}
