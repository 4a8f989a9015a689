// What the hover card, the fact cards and the popup say about an entity, derived from the dataset only: one place
// decides the wording, so every surface tells the same story.
import type { DatasetIndex } from '../dataset';
import type { Figure, Person, Role } from '../dataset/schema';
import type { Agreement, MentionKind } from '../core/types';

export interface FigureFacts {
  id: string;
  measures: string;
  /** The roundtable's value in words: "over 3.6 trillion yuan", "10th", "2.68% of GDP". */
  value: string;
  year?: number;
  /** "Carsten Fink", or "Marco Alemán (read by Liu Hua)". */
  citedBy: string[];
  sources: string[];
}

export interface EntityFacts {
  id: string;
  kind: MentionKind;
  /** The name in reading order ("Liu Hua", "Marco Alemán"). */
  name: string;
  /** As the article prints it, when it differs ("LIU Hua"). */
  printedName?: string;
  /** One line under the name: a title and organization, an organization type, what a figure measures. */
  subtitle: string;
  /** Labelled facts, in display order. */
  details: { label: string; value: string }[];
  /** The speaker's points, or what was said of a place. */
  points: { text: string; source: string }[];
  figures: FigureFacts[];
  /** Source sentences of the facts above, verbatim from the article. */
  sources: string[];
}

const NUMBER_WORDS: Record<number, string> = { 1e3: 'thousand', 1e6: 'million', 1e9: 'billion', 1e12: 'trillion' };

function ordinal(n: number): string {
  const mod100 = n % 100;
  const suffix =
    mod100 >= 11 && mod100 <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/** 3.6e12 → "3.6 trillion", 1400 → "1,400", 5e6 → "5 million". */
export function formatAmount(value: number): string {
  for (const scale of [1e12, 1e9, 1e6]) {
    if (Math.abs(value) >= scale) {
      const scaled = Math.round((value / scale) * 1000) / 1000;
      return `${scaled.toLocaleString('en-US')} ${NUMBER_WORDS[scale]}`;
    }
  }
  return value.toLocaleString('en-US');
}

const QUALIFIER_WORDS: Record<Figure['qualifier'], string> = {
  exact: '',
  over: 'over ',
  'more-than': 'more than ',
  nearly: 'nearly ',
  exceeding: 'over ',
  top: 'top ',
};

/** A value in a figure's unit, in words (used for the roundtable's value and for a page's value alike). */
export function formatValue(value: number, unit: Figure['unit'], qualifier: Figure['qualifier'] = 'exact'): string {
  const q = QUALIFIER_WORDS[qualifier];
  switch (unit) {
    case 'rank':
      return qualifier === 'top' ? `top ${value}` : ordinal(value);
    case 'yuan':
      return `${q}${formatAmount(value)} yuan`;
    case 'percent-of-gdp':
      return `${q}${value}% of GDP`;
    case 'consecutive-years':
      return `${ordinal(value)} consecutive year`;
    case 'first-time':
      return value === 1 ? 'for the first time' : `for the ${ordinal(value)} time`;
    case 'count':
      return `${q}${formatAmount(value)}`;
  }
}

export const AGREEMENT_WORDS: Record<Agreement, string> = {
  same: 'agrees with the roundtable',
  approximate: 'agrees, rounded',
  differs: 'differs from the roundtable',
};

/** "Marco Alemán (read by Liu Hua)": whose words, and who spoke them. */
function speakerLabel(index: DatasetIndex, personId: string): string {
  const p = index.people.get(personId);
  if (!p) return personId;
  const reader = p.roles.find((r): r is Extract<Role, { type: 'message-read-by' }> => r.type === 'message-read-by');
  const name = readingName(p);
  return reader ? `${name} (read by ${readingName(index.people.get(reader.reader)!)})` : name;
}

export function readingName(p: Person): string {
  return p.nameOrder === 'family-first' ? `${p.familyName} ${p.givenName}` : `${p.givenName} ${p.familyName}`;
}

export function roleText(index: DatasetIndex, role: Role): string {
  const name = (id: string) => {
    const p = index.people.get(id);
    return p ? readingName(p) : id;
  };
  switch (role.type) {
    case 'read-message':
      return `Read the message of ${name(role.author)}`;
    case 'message-read-by':
      return `Sent a message, read by ${name(role.reader)}`;
    case 'keynote':
      return role.medium === 'video' ? 'Keynote speech, by video' : 'Keynote speech';
    case 'remarks':
      return 'Spoke';
    case 'concluding-remarks':
      return 'Concluding remarks';
  }
}

export function figureFacts(index: DatasetIndex, f: Figure): FigureFacts {
  return {
    id: f.id,
    measures: f.measures,
    value: formatValue(f.value, f.unit, f.qualifier),
    ...(f.year !== undefined ? { year: f.year } : {}),
    citedBy: [...new Set(f.citations.map((c) => speakerLabel(index, c.by)))],
    sources: [...new Set(f.citations.map((c) => c.source))],
  };
}

const unique = (items: string[]) => [...new Set(items)];

function personFacts(index: DatasetIndex, p: Person): EntityFacts {
  const org = index.organizations.get(p.organization);
  const session = index.data.event.sessions.find((s) => s.id === p.session);
  const figures = (index.figuresBySpeaker.get(p.id) ?? []).map((f) => figureFacts(index, f));
  const points = (index.statementsBySpeaker.get(p.id) ?? []).map((s) => ({ text: s.text, source: s.source }));
  const orgName = org ? (org.acronym ? `${org.name} (${org.acronym})` : org.name) : p.organization;
  return {
    id: p.id,
    kind: 'person',
    name: readingName(p),
    ...(p.printedName !== readingName(p) ? { printedName: p.printedName } : {}),
    subtitle: `${p.title}, ${orgName}`,
    details: [
      { label: 'Title', value: p.title },
      { label: 'Organization', value: orgName },
      { label: 'Session', value: session?.title ?? p.session },
      ...p.roles.map((r) => ({ label: 'At the roundtable', value: roleText(index, r) })),
    ],
    points,
    figures,
    sources: unique([p.source, ...p.roles.map((r) => r.source)]),
  };
}

export function describe(index: DatasetIndex, id: string): EntityFacts | undefined {
  const person = index.people.get(id);
  if (person) return personFacts(index, person);
  const org = index.organizations.get(id);
  if (org) {
    const parent = org.parent ? index.organizations.get(org.parent) : undefined;
    const speakers = index.data.people.filter((p) => p.organization === id);
    return {
      id,
      kind: 'organization',
      name: org.name,
      subtitle: [org.acronym, org.type.replace(/-/g, ' '), parent ? `part of ${parent.name}` : undefined]
        .filter(Boolean)
        .join(' · '),
      details: [
        ...(org.acronym ? [{ label: 'Acronym', value: org.acronym }] : []),
        ...(parent ? [{ label: 'Part of', value: parent.name }] : []),
        ...speakers.map((p) => ({ label: 'Spoke for it', value: `${readingName(p)}, ${p.title}` })),
      ],
      points: [],
      figures: index.data.figures.filter((f) => f.subject === id).map((f) => figureFacts(index, f)),
      sources: unique([org.source, ...speakers.map((p) => p.source)]),
    };
  }
  const place = index.places.get(id);
  if (place) {
    const figures = index.data.figures.filter((f) => f.subject === id).map((f) => figureFacts(index, f));
    const partOf = place.partOf.map((pid) => index.places.get(pid)?.name ?? pid);
    const said = index.data.statements
      .filter((s) => s.source.includes(place.name) || place.aliases.some((a) => s.source.includes(a)))
      .map((s) => ({ text: `${readingName(index.people.get(s.speaker)!)}: ${s.text}`, source: s.source }));
    return {
      id,
      kind: 'place',
      name: place.name,
      subtitle: [place.type, partOf.length ? `part of ${partOf.join(', ')}` : undefined].filter(Boolean).join(' · '),
      details: partOf.map((name) => ({ label: 'Part of', value: name })),
      points: said.slice(0, 6),
      figures,
      sources: unique([place.source, ...figures.flatMap((f) => f.sources)]),
    };
  }
  const figure = index.figures.get(id);
  if (figure) {
    const facts = figureFacts(index, figure);
    const subject = index.places.get(figure.subject)?.name ?? index.organizations.get(figure.subject)?.name;
    return {
      id,
      kind: 'figure',
      name: facts.value,
      subtitle: figure.measures,
      details: [
        { label: 'Roundtable value', value: facts.value },
        ...(figure.year !== undefined ? [{ label: 'Year', value: String(figure.year) }] : []),
        ...(subject ? [{ label: 'About', value: subject }] : []),
        { label: 'Cited by', value: facts.citedBy.join('; ') },
        ...(figure.items ? figure.items.map((item, i) => ({ label: `Trend ${i + 1}`, value: item })) : []),
      ],
      points: [],
      figures: [facts],
      sources: facts.sources,
    };
  }
  if (id === index.data.event.id) {
    const e = index.data.event;
    return {
      id,
      kind: 'event',
      name: e.name,
      subtitle: `${index.organizations.get(e.organizer)?.name ?? e.organizer} · ${index.places.get(e.city)?.name ?? e.city} · ${formatDate(e.date)}`,
      details: e.sessions.map((s) => ({ label: `Session ${s.order}`, value: s.title })),
      points: [],
      figures: [],
      sources: [e.source],
    };
  }
  return undefined;
}

export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  const months = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ];
  return `${d} ${months[(m ?? 1) - 1]} ${y}`;
}

/** A Markdown citation of one fact: the fact, its source sentence, and the roundtable it comes from. */
export function citation(index: DatasetIndex, facts: EntityFacts, source = facts.sources[0] ?? ''): string {
  const e = index.data.event;
  const organizer = index.organizations.get(e.organizer)?.name ?? e.organizer;
  const city = index.places.get(e.city)?.name ?? e.city;
  const fact = facts.kind === 'figure' ? `${facts.subtitle}: ${facts.name}` : `${facts.name} — ${facts.subtitle}`;
  return `**${fact}**\n\n> ${source}\n\n— ${e.name}, ${organizer}, ${city}, ${formatDate(e.date)}\n`;
}
