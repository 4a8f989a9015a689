// `gii-lens entities`: every entity of the dataset, as the matcher knows it.
import type { DatasetIndex } from '../dataset';
import type { EntityKind } from '../dataset/schema';

export interface EntityRecord {
  id: string;
  kind: EntityKind;
  name: string;
  aliases: string[];
}

const unique = (names: (string | undefined)[], name: string) => [
  ...new Set(names.filter((n): n is string => !!n && n !== name)),
];

export function listEntities({ data }: DatasetIndex): EntityRecord[] {
  return [
    { id: data.event.id, kind: 'event', name: data.event.name, aliases: unique(data.event.aliases, data.event.name) },
    ...data.people.map((p): EntityRecord => {
      const reading =
        p.nameOrder === 'family-first' ? `${p.familyName} ${p.givenName}` : `${p.givenName} ${p.familyName}`;
      return { id: p.id, kind: 'person', name: reading, aliases: unique([p.printedName, ...p.aliases], reading) };
    }),
    ...data.organizations.map((o): EntityRecord => ({
      id: o.id,
      kind: 'organization',
      name: o.name,
      aliases: unique([o.acronym, ...o.aliases], o.name),
    })),
    ...data.places.map((p): EntityRecord => ({
      id: p.id,
      kind: 'place',
      name: p.name,
      aliases: unique(p.aliases, p.name),
    })),
    ...data.figures.map((f): EntityRecord => ({
      id: f.id,
      kind: 'figure',
      name: f.measures,
      aliases: unique(
        f.citations.map((c) => c.printed),
        f.measures,
      ),
    })),
  ];
}
