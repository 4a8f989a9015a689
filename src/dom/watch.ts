// Watching a dynamic page: a MutationObserver gathers what changed, and the engine re-reads only those parts, once
// per batch. Our own fallback marks and UI are ignored, so painting never triggers another pass.

export type Schedule = (fn: () => void) => void;

export interface Watcher {
  stop(): void;
  /** Drops pending records (after our own DOM writes). */
  takeRecords(): void;
}

function isOurs(node: Node): boolean {
  if (node.nodeType !== Node.ELEMENT_NODE) return false;
  const el = node as Element;
  return el.hasAttribute('data-gii-lens-ui') || (el.localName === 'mark' && el.classList.contains('gii-lens-mark'));
}

/** The element a record changed: a text node's parent, or the element whose children changed. */
function changedRoot(record: MutationRecord): Node | undefined {
  if (record.type === 'characterData') return record.target.parentNode ?? undefined;
  if (record.type === 'childList') {
    const added = [...record.addedNodes];
    const removed = [...record.removedNodes];
    // Only our own marks came or went: nothing of the page changed.
    if (
      added.length + removed.length > 0 &&
      [...added, ...removed].every((n) => isOurs(n) || (n.nodeType === Node.TEXT_NODE && isOurs(n.parentNode ?? n)))
    ) {
      return undefined;
    }
    if (added.length === 0 && removed.length === 0) return undefined;
    return record.target;
  }
  return undefined;
}

/** The top-most of a set of nodes: a node inside another is covered by it. */
export function topMost(nodes: Iterable<Node>): Node[] {
  const list = [...new Set(nodes)];
  return list.filter((n) => !list.some((other) => other !== n && other.contains(n)));
}

export function watchMutations(
  root: Node,
  onChange: (roots: Node[]) => void,
  options: { schedule: Schedule },
): Watcher {
  const pending = new Set<Node>();
  const flush = () => {
    const roots = topMost(pending).filter((n) => n.isConnected && !isInsideOurs(n));
    pending.clear();
    if (roots.length > 0) onChange(roots);
  };
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (isInsideOurs(record.target)) continue;
      const changed = changedRoot(record);
      if (changed) pending.add(changed);
    }
    // Every batch of records re-arms the scheduler: a debounce with a maximum wait turns a storm into a few passes.
    if (pending.size > 0) options.schedule(flush);
  });
  observer.observe(root, { childList: true, subtree: true, characterData: true });
  return {
    stop: () => {
      observer.disconnect();
      pending.clear();
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
