// Turns raw JSON into a Dataset or a list of problems, each naming the path of the bad field
// (`people[3].organization: unknown id "cnipa2"`), so a bad edit to data/ fails the build where it was made.
import type { z } from 'zod';
import { datasetSchema, type Dataset } from './schema';

export class DatasetError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid dataset:\n  ${problems.join('\n  ')}`);
    this.name = 'DatasetError';
  }
}

/** Formats a zod issue path the way a reader writes it: people[3].roles[0].author */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(root)';
}

function schemaProblems(error: z.ZodError): string[] {
  return error.issues.map((issue) => `${formatPath(issue.path)}: ${issue.message}`);
}

type Kind = 'person' | 'organization' | 'place' | 'figure' | 'statement' | 'session' | 'event';

/** Cross-record checks zod cannot express: unique ids, references that resolve, attribution that agrees. */
function referenceProblems(data: Dataset, sourceText?: string): string[] {
  const problems: string[] = [];
  const kinds = new Map<string, Kind>();
  const declare = (id: string, kind: Kind, path: string) => {
    const seen = kinds.get(id);
    if (seen) problems.push(`${path}.id: duplicate id "${id}" (already used by a ${seen})`);
    else kinds.set(id, kind);
  };
  declare(data.event.id, 'event', 'event');
  data.event.sessions.forEach((s, i) => declare(s.id, 'session', `event.sessions[${i}]`));
  data.people.forEach((p, i) => declare(p.id, 'person', `people[${i}]`));
  data.organizations.forEach((o, i) => declare(o.id, 'organization', `organizations[${i}]`));
  data.places.forEach((p, i) => declare(p.id, 'place', `places[${i}]`));
  data.figures.forEach((f, i) => declare(f.id, 'figure', `figures[${i}]`));
  data.statements.forEach((s, i) => declare(s.id, 'statement', `statements[${i}]`));

  const expect = (id: string, wanted: Kind[], path: string) => {
    const kind = kinds.get(id);
    if (!kind) problems.push(`${path}: unknown id "${id}"`);
    else if (!wanted.includes(kind)) problems.push(`${path}: "${id}" is a ${kind}, expected ${wanted.join(' or ')}`);
  };
  const found = (sentence: string, path: string) => {
    if (sourceText !== undefined && !sourceText.includes(sentence)) {
      problems.push(`${path}: sentence not found verbatim in the source article: "${sentence.slice(0, 60)}…"`);
    }
  };

  expect(data.event.organizer, ['organization'], 'event.organizer');
  expect(data.event.city, ['place'], 'event.city');
  found(data.event.source, 'event.source');
  data.event.sessions.forEach((s, i) => {
    if (s.order !== i + 1) problems.push(`event.sessions[${i}].order: expected ${i + 1}, sessions are listed in order`);
  });

  data.people.forEach((p, i) => {
    const at = `people[${i}]`;
    expect(p.organization, ['organization'], `${at}.organization`);
    expect(p.session, ['session'], `${at}.session`);
    found(p.source, `${at}.source`);
    p.roles.forEach((r, j) => {
      found(r.source, `${at}.roles[${j}].source`);
      if (r.type === 'read-message') expect(r.author, ['person'], `${at}.roles[${j}].author`);
      if (r.type === 'message-read-by') expect(r.reader, ['person'], `${at}.roles[${j}].reader`);
    });
  });
  // A message read on someone's behalf is recorded on both sides; the two records must agree.
  data.people.forEach((p, i) => {
    p.roles.forEach((r, j) => {
      if (r.type !== 'read-message') return;
      const author = data.people.find((q) => q.id === r.author);
      if (author && !author.roles.some((ar) => ar.type === 'message-read-by' && ar.reader === p.id)) {
        problems.push(`people[${i}].roles[${j}].author: "${r.author}" has no matching message-read-by "${p.id}" role`);
      }
    });
  });
  data.organizations.forEach((o, i) => {
    if (o.parent !== undefined) expect(o.parent, ['organization'], `organizations[${i}].parent`);
    found(o.source, `organizations[${i}].source`);
  });
  data.places.forEach((p, i) => {
    p.partOf.forEach((id, j) => expect(id, ['place'], `places[${i}].partOf[${j}]`));
    found(p.source, `places[${i}].source`);
  });
  data.figures.forEach((f, i) => {
    expect(f.subject, ['place', 'organization', 'person'], `figures[${i}].subject`);
    f.citations.forEach((c, j) => {
      expect(c.by, ['person'], `figures[${i}].citations[${j}].by`);
      found(c.source, `figures[${i}].citations[${j}].source`);
      if (!c.source.includes(c.printed)) {
        problems.push(`figures[${i}].citations[${j}].printed: "${c.printed}" is not in its source sentence`);
      }
    });
    if (f.items && f.items.length !== f.value) {
      problems.push(`figures[${i}].items: ${f.items.length} items listed for a count of ${f.value}`);
    }
  });
  data.statements.forEach((s, i) => {
    expect(s.speaker, ['person'], `statements[${i}].speaker`);
    found(s.source, `statements[${i}].source`);
  });
  return problems;
}

/**
 * Validates raw JSON. With `sourceText`, every source sentence must also be found verbatim in it
 * (the build and the tests pass it; the extension at run time trusts the validated build).
 */
export function validateDataset(raw: unknown, sourceText?: string): Dataset {
  const parsed = datasetSchema.safeParse(raw);
  if (!parsed.success) throw new DatasetError(schemaProblems(parsed.error));
  const problems = referenceProblems(parsed.data, sourceText);
  if (problems.length > 0) throw new DatasetError(problems);
  return parsed.data;
}
