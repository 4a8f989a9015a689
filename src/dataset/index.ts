// The dataset as the rest of the code sees it: validated once, indexed by id.
import raw from '../../data/roundtable.json';
import type { Dataset, EntityKind, Figure, Organization, Person, Place, Statement } from './schema';
import { validateDataset } from './validate';

export interface DatasetIndex {
  data: Dataset;
  people: Map<string, Person>;
  organizations: Map<string, Organization>;
  places: Map<string, Place>;
  figures: Map<string, Figure>;
  /** Statements by speaker id, in article order. */
  statementsBySpeaker: Map<string, Statement[]>;
  /** Figures by the id of each speaker who cited them. */
  figuresBySpeaker: Map<string, Figure[]>;
  kindOf(id: string): EntityKind | undefined;
}

export function indexDataset(data: Dataset): DatasetIndex {
  const byId = <T extends { id: string }>(items: T[]) => new Map(items.map((item) => [item.id, item]));
  const people = byId(data.people);
  const organizations = byId(data.organizations);
  const places = byId(data.places);
  const figures = byId(data.figures);
  const statementsBySpeaker = new Map<string, Statement[]>();
  for (const s of data.statements) {
    const list = statementsBySpeaker.get(s.speaker) ?? [];
    list.push(s);
    statementsBySpeaker.set(s.speaker, list);
  }
  const figuresBySpeaker = new Map<string, Figure[]>();
  for (const f of data.figures) {
    for (const by of new Set(f.citations.map((c) => c.by))) {
      const list = figuresBySpeaker.get(by) ?? [];
      list.push(f);
      figuresBySpeaker.set(by, list);
    }
  }
  const kindOf = (id: string): EntityKind | undefined => {
    if (people.has(id)) return 'person';
    if (organizations.has(id)) return 'organization';
    if (places.has(id)) return 'place';
    if (figures.has(id)) return 'figure';
    if (id === data.event.id) return 'event';
    return undefined;
  };
  return { data, people, organizations, places, figures, statementsBySpeaker, figuresBySpeaker, kindOf };
}

let cached: DatasetIndex | undefined;

/** Defined (true) by the extension's build, which validated the dataset it bundles; absent under Node. */
declare const __GII_LENS_DATASET_VALIDATED__: boolean | undefined;
const validatedAtBuild = typeof __GII_LENS_DATASET_VALIDATED__ !== 'undefined' && __GII_LENS_DATASET_VALIDATED__;

/**
 * The bundled dataset: in the extension as the build validated it, elsewhere validated on first use (a bad file
 * throws with the path of the bad field).
 */
export function loadDataset(): DatasetIndex {
  cached ??= indexDataset(validatedAtBuild ? (raw as Dataset) : validateDataset(raw));
  return cached;
}
