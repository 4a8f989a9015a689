// When the page changes, only the changed part is read again. A bare family name in it ("Ms. Zheng") is resolved
// as one pass over the whole page would: by the speaker of that name the page named in full before it. Only family
// names that several speakers share need this; for the others the page's verdict already decides.
import { foldPhrase } from '../core';
import type { DatasetIndex } from '../dataset';
import type { PaintedRange } from '../dom/paint';
import { escapeRegex, partitionPoint } from '../core/search';

export interface SharedFamilyNames {
  /** Folded family names that two or more speakers have. */
  families: ReadonlySet<string>;
  /** Speaker id → folded family name, for those speakers only. */
  familyOf: ReadonlyMap<string, string>;
  /** Finds any of those family names in page text, in any case. */
  pattern: RegExp | undefined;
}

export function sharedFamilyNames({ data }: DatasetIndex): SharedFamilyNames {
  const speakers = new Map<string, string[]>();
  for (const p of data.people) {
    const family = foldPhrase(p.familyName);
    speakers.set(family, [...(speakers.get(family) ?? []), p.id]);
  }
  const familyOf = new Map<string, string>();
  for (const [family, ids] of speakers) if (ids.length > 1) for (const id of ids) familyOf.set(id, family);
  const families = new Set(familyOf.values());
  const spellings = data.people.filter((p) => familyOf.has(p.id)).map((p) => p.familyName);
  const pattern = spellings.length > 0 ? new RegExp(`\\b(?:${spellings.map(escapeRegex).join('|')})`, 'i') : undefined;
  return { families, familyOf, pattern };
}

/**
 * The speakers with a shared family name that the page named in full before `node`, from what is painted (in
 * document order, `node`'s own mentions already cleared): the nearest one per family name, found by a binary
 * search for where `node` sits and a walk back from there.
 */
export function speakersNamedBefore(painted: readonly PaintedRange[], node: Node, shared: SharedFamilyNames): string[] {
  const before = partitionPoint(painted.length, (i) => precedes(painted[i]!.range.startContainer, node));
  const found = new Map<string, string>();
  for (let i = before - 1; i >= 0 && found.size < shared.families.size; i--) {
    const { mention } = painted[i]!;
    const family = mention.kind === 'person' ? shared.familyOf.get(mention.id) : undefined;
    // A mention that is the family name alone ("Zheng") is no full mention.
    if (family === undefined || found.has(family) || foldPhrase(mention.text) === family) continue;
    found.set(family, mention.id);
  }
  return [...found.values()];
}

/** `a` comes before `b` in document order (and is not inside it). */
function precedes(a: Node, b: Node): boolean {
  return (b.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_PRECEDING) !== 0;
}
