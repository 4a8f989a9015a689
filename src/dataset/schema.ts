// The shape of data/roundtable.json. Everything the extension shows comes from a record that passes this schema,
// so the schema is strict: unknown keys are errors (a typo in the JSON must not silently drop a fact).
import { z } from 'zod';

/** Lower-case kebab ids: stable keys used in messages, storage and test expectations. */
export const idSchema = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'ids are lower-case kebab-case');

/** A sentence copied verbatim from data/source-article.txt (tests prove it is found there). */
const sourceSentence = z.string().min(20, 'a source sentence is a whole sentence from the article');

/** Spellings of a name that real news uses beyond those derived automatically (case, diacritics, dashes). */
const aliases = z.array(z.string().min(2)).default([]);

export const sessionSchema = z.strictObject({
  id: idSchema,
  title: z.string().min(3),
  /** true when the article prints this heading; false when the team named an unheaded part of the programme. */
  titlePrinted: z.boolean(),
  order: z.number().int().positive(),
});

export const eventSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(3),
  shortName: z.string().min(3),
  organizer: idSchema,
  city: idSchema,
  date: z.iso.date(),
  sessions: z.array(sessionSchema).min(1),
  aliases,
  source: sourceSentence,
});

/** What a speaker did at the roundtable, as the article reports it. */
export const roleSchema = z.discriminatedUnion('type', [
  /** Read out a message or statement written by someone else (who did not attend in person). */
  z.strictObject({ type: z.literal('read-message'), author: idSchema, source: sourceSentence }),
  /** Wrote a message or statement that someone else read out. */
  z.strictObject({ type: z.literal('message-read-by'), reader: idSchema, source: sourceSentence }),
  z.strictObject({ type: z.literal('keynote'), medium: z.enum(['in-person', 'video']), source: sourceSentence }),
  z.strictObject({ type: z.literal('remarks'), source: sourceSentence }),
  z.strictObject({ type: z.literal('concluding-remarks'), source: sourceSentence }),
]);

export const personSchema = z.strictObject({
  id: idSchema,
  /** The name exactly as the article prints it, e.g. "LIU Hua", "Marco ALEMÁN". */
  printedName: z.string().min(3),
  familyName: z.string().min(2),
  givenName: z.string().min(2),
  /** Chinese names are printed family-first, Western names given-first. */
  nameOrder: z.enum(['family-first', 'given-first']),
  honorific: z.enum(['Mr.', 'Ms.']),
  /** The title as printed (no title is invented). */
  title: z.string().min(3),
  organization: idSchema,
  session: idSchema,
  roles: z.array(roleSchema).min(1),
  aliases,
  source: sourceSentence,
});

export const organizationSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(3),
  acronym: z.string().min(2).optional(),
  type: z.enum([
    'intergovernmental',
    'government',
    'department',
    'commission',
    'bureau',
    'research-institute',
    'university',
    'school',
    'office',
    'company',
    'science-center',
  ]),
  /** The body this one belongs to (a department of a ministry, a school of a university). */
  parent: idSchema.optional(),
  /** Acronyms from common usage only count as a match where the context supports them (see core/matcher). */
  aliases,
  source: sourceSentence,
});

export const placeSchema = z.strictObject({
  id: idSchema,
  name: z.string().min(2),
  type: z.enum(['country', 'region', 'city', 'cluster', 'area']),
  /** A cluster or region this place is part of, as the article groups them. */
  partOf: z.array(idSchema).default([]),
  aliases,
  source: sourceSentence,
});

/** Units a figure can carry. Money is in yuan as a plain number (3.6 trillion = 3.6e12). */
export const unitSchema = z.enum(['count', 'rank', 'yuan', 'percent-of-gdp', 'consecutive-years', 'first-time']);

export const qualifierSchema = z.enum(['exact', 'over', 'more-than', 'nearly', 'exceeding', 'top']);

export const citationSchema = z.strictObject({
  /** The speaker whose words these are (the author of a message, not the one who read it). */
  by: idSchema,
  /** The figure as printed in this sentence, e.g. "3.6 trillion yuan", "10th", "24 innovation clusters". */
  printed: z.string().min(1),
  source: sourceSentence,
});

export const figureSchema = z.strictObject({
  id: idSchema,
  value: z.number().finite(),
  unit: unitSchema,
  qualifier: qualifierSchema,
  /** What the number measures, in a short phrase: "China's overall rank in the GII". */
  measures: z.string().min(5),
  /** The entity the figure is about (a country, city, cluster or organization). */
  subject: idSchema,
  year: z.number().int().min(1990).max(2100).optional(),
  /** Words that must appear near a number on a page for it to speak of this figure (matched on normalised text). */
  context: z.array(z.string().min(2)).min(1),
  /** Named items of a counted list (the five trends). */
  items: z.array(z.string().min(3)).optional(),
  citations: z.array(citationSchema).min(1),
});

export const statementSchema = z.strictObject({
  id: idSchema,
  speaker: idSchema,
  /** A short statement of the point in the team's words; the quotation is `source`. */
  text: z.string().min(10),
  source: sourceSentence,
});

export const datasetSchema = z.strictObject({
  version: z.number().int().positive(),
  event: eventSchema,
  people: z.array(personSchema).min(1),
  organizations: z.array(organizationSchema).min(1),
  places: z.array(placeSchema).min(1),
  figures: z.array(figureSchema).min(1),
  statements: z.array(statementSchema).min(1),
});

export type Dataset = z.infer<typeof datasetSchema>;
export type DatasetInput = z.input<typeof datasetSchema>;
export type EventInfo = z.infer<typeof eventSchema>;
export type Session = z.infer<typeof sessionSchema>;
export type Person = z.infer<typeof personSchema>;
export type Role = z.infer<typeof roleSchema>;
export type Organization = z.infer<typeof organizationSchema>;
export type Place = z.infer<typeof placeSchema>;
export type Figure = z.infer<typeof figureSchema>;
export type Unit = z.infer<typeof unitSchema>;
export type Qualifier = z.infer<typeof qualifierSchema>;
export type Citation = z.infer<typeof citationSchema>;
export type Statement = z.infer<typeof statementSchema>;
export type EntityKind = 'person' | 'organization' | 'place' | 'figure' | 'event';
