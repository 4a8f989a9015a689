// The side panel's filter: kind chips and a text box. Text matches the name, printed name and subtitle while
// ignoring case, diacritics and apostrophes ("aleman" finds Alemán, "xian" finds Xi'an), as the look-up does.
import { foldPhrase } from '../core/fold';
import type { MentionKind } from '../core/types';
import type { EntityFacts } from './facts';

export interface CardFilter {
  /** Kinds chosen with the chips; none chosen shows every kind. */
  kinds: ReadonlySet<MentionKind>;
  text: string;
}

export const NO_FILTER: CardFilter = { kinds: new Set(), text: '' };

const fold = (text: string) => foldPhrase(text).replace(/'/g, '');

export function matchesFilter(facts: EntityFacts, filter: CardFilter): boolean {
  if (filter.kinds.size > 0 && !filter.kinds.has(facts.kind)) return false;
  const wanted = fold(filter.text);
  if (!wanted) return true;
  return fold([facts.name, facts.printedName ?? '', facts.subtitle].join(' \u2022 ')).includes(wanted);
}

export function toggleKind(filter: CardFilter, kind: MentionKind): CardFilter {
  const kinds = new Set(filter.kinds);
  if (kinds.has(kind)) kinds.delete(kind);
  else kinds.add(kind);
  return { ...filter, kinds };
}
