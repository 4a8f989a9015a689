// The popup's look-up: case-, diacritic- and order-blind search over people, organizations, places and figures
// ("aleman", "hua liu", "cnipa", "2.68", "xian").
import type { DatasetIndex } from '../dataset';
import { foldPhrase } from '../core/fold';
import type { MentionKind } from '../core/types';
import { describe, formatValue, readingName } from './facts';

export interface SearchResult {
  id: string;
  kind: MentionKind;
  name: string;
  subtitle: string;
}

interface Entry extends SearchResult {
  /** Folded words the query may match, apostrophes removed ("xi'an" → "xian"). */
  words: string[];
  /** Folded full names, for exact and prefix matches. */
  names: string[];
}

const KIND_ORDER: Record<MentionKind, number> = { person: 0, organization: 1, place: 2, figure: 3, event: 4 };

function words(text: string): string[] {
  return foldPhrase(text)
    .replace(/'/g, '')
    .split(/[^a-z0-9.%\p{L}]+/u)
    .map((w) => w.replace(/^\.+|\.+$/g, ''))
    .filter(Boolean);
}

const cache = new WeakMap<DatasetIndex, Entry[]>();

function entries(index: DatasetIndex): Entry[] {
  const cached = cache.get(index);
  if (cached) return cached;
  const out: Entry[] = [];
  const add = (id: string, names: string[], extra: string[] = []) => {
    const facts = describe(index, id);
    if (!facts) return;
    const folded = names.map((n) => foldPhrase(n).replace(/'/g, ''));
    out.push({
      id,
      kind: facts.kind,
      name: facts.name,
      subtitle: facts.subtitle,
      names: folded,
      words: [...new Set([...names, ...extra].flatMap(words))],
    });
  };
  for (const p of index.data.people) add(p.id, [readingName(p), p.printedName, ...p.aliases], [p.title]);
  for (const o of index.data.organizations) add(o.id, [o.name, ...(o.acronym ? [o.acronym] : []), ...o.aliases]);
  for (const p of index.data.places) add(p.id, [p.name, ...p.aliases]);
  for (const f of index.data.figures) {
    add(
      f.id,
      [formatValue(f.value, f.unit, f.qualifier)],
      [f.measures, String(f.value), ...f.citations.map((c) => c.printed)],
    );
  }
  add(index.data.event.id, [index.data.event.name, index.data.event.shortName, ...index.data.event.aliases]);
  cache.set(index, out);
  return out;
}

/** Best first: an exact name, then a name that starts with the query, then every query word found, by kind. */
export function search(index: DatasetIndex, query: string, limit = 20): SearchResult[] {
  const q = foldPhrase(query).replace(/'/g, '');
  const terms = words(query);
  if (terms.length === 0) return [];
  const scored: { entry: Entry; score: number }[] = [];
  for (const entry of entries(index)) {
    if (!terms.every((t) => entry.words.some((w) => w.startsWith(t)))) continue;
    let score = 1;
    if (entry.names.some((n) => n === q)) score = 4;
    else if (entry.names.some((n) => n.startsWith(q))) score = 3;
    else if (terms.every((t) => entry.words.includes(t))) score = 2;
    scored.push({ entry, score });
  }
  scored.sort((a, b) => b.score - a.score || KIND_ORDER[a.entry.kind] - KIND_ORDER[b.entry.kind]);
  return scored.slice(0, limit).map(({ entry: { id, kind, name, subtitle } }) => ({ id, kind, name, subtitle }));
}
