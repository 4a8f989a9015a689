import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/dataset';
import { DatasetError, formatPath, validateDataset } from '../../src/dataset/validate';

const source = readFileSync('data/source-article.txt', 'utf8');
const raw = JSON.parse(readFileSync('data/roundtable.json', 'utf8')) as Record<string, unknown>;
const { data, people, organizations, places } = loadDataset();

/** Every source sentence anywhere in the dataset, with its path. */
function sourceSentences(value: unknown, path = ''): [string, string][] {
  if (Array.isArray(value)) return value.flatMap((v, i) => sourceSentences(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      k === 'source' && typeof v === 'string' ? [[`${path}.${k}`, v]] : sourceSentences(v, path ? `${path}.${k}` : k),
    );
  }
  return [];
}

type Key = string | number;
type Mutation = (d: Record<string, unknown>) => void;

/** The object or array at `path` in the JSON, so a mutation can poke at it without casting; throws on a wrong path
 * so a test written against a field the dataset no longer has fails loudly instead of mutating nothing. A step
 * through a non-object gives undefined, so the one check at the end covers every step. */
function at(root: unknown, path: Key[]): Record<Key, unknown> {
  const node = path.reduce<unknown>((n, key) => {
    if (!n || typeof n !== 'object') return undefined;
    return Array.isArray(n) && typeof key === 'number' ? n.at(key) : (n as Record<Key, unknown>)[key];
  }, root);
  if (!node || typeof node !== 'object') throw new Error(`no object at ${formatPath(path)}`);
  return node as Record<Key, unknown>;
}

function problemsOf(mutate: Mutation): string[] {
  const copy = structuredClone(raw);
  mutate(copy);
  try {
    validateDataset(copy, source);
  } catch (e) {
    if (e instanceof DatasetError) return e.problems;
    throw e;
  }
  return [];
}

describe('the bundled dataset', () => {
  test('validates against the schema and the source article', () => {
    expect(() => validateDataset(raw, source)).not.toThrow();
  });

  test('every source sentence is found verbatim in the source article', () => {
    const sentences = sourceSentences(raw);
    expect(sentences.length).toBeGreaterThan(100);
    for (const [path, sentence] of sentences) expect(source, path).toContain(sentence);
  });

  test('every printed figure is found in its own source sentence', () => {
    for (const f of data.figures) for (const c of f.citations) expect(c.source).toContain(c.printed);
  });

  test('has all 19 speakers, each in a session, each printed name in the article', () => {
    expect(data.people).toHaveLength(19);
    const sessions = new Set(data.event.sessions.map((s) => s.id));
    for (const p of data.people) {
      expect(sessions.has(p.session), p.id).toBe(true);
      expect(source, p.id).toContain(p.printedName);
    }
  });

  test('follows the article on who spoke for whom', () => {
    const roles = (id: string) => people.get(id)!.roles;
    expect(roles('liu-hua')).toContainEqual(expect.objectContaining({ type: 'read-message', author: 'marco-aleman' }));
    expect(roles('wang-ying')).toContainEqual(
      expect.objectContaining({ type: 'read-message', author: 'shen-changyu' }),
    );
    expect(roles('carsten-fink')).toContainEqual(expect.objectContaining({ type: 'keynote', medium: 'video' }));
    expect(roles('liu-hua').map((r) => r.type)).toContain('concluding-remarks');
  });

  test('names the organizations with their acronyms', () => {
    const acronyms = Object.fromEntries([...organizations.values()].map((o) => [o.acronym, o.id]));
    expect(acronyms).toMatchObject({ WIPO: 'wipo', WOC: 'woc', CNIPA: 'cnipa', MOST: 'most', CASTED: 'casted' });
  });

  test('names every city and cluster the article names', () => {
    for (const name of ['Beijing', 'Hangzhou', 'Nanjing', 'Ningbo', 'Greater Bay Area', 'Xi’an']) {
      expect([...places.values()].map((p) => p.name)).toContain(name);
    }
    expect(places.get('shanghai-suzhou')!.type).toBe('cluster');
    expect(places.get('shenzhen-hong-kong-guangzhou')!.type).toBe('cluster');
  });

  test("every speaker who spoke in their own words has a statement; a reader of another's message has none", () => {
    const speakers = new Set(data.statements.map((s) => s.speaker));
    for (const p of data.people) {
      const onlyRead = p.roles.every((r) => r.type === 'read-message');
      expect(speakers.has(p.id), p.id).toBe(!onlyRead);
    }
  });
});

describe('a malformed dataset is rejected with the path of the bad field', () => {
  test.each<[string, Mutation, string]>([
    [
      'unknown organization',
      (d) => (at(d, ['people', 3]).organization = 'cnipa2'),
      'people[3].organization: unknown id "cnipa2"',
    ],
    ['duplicate id', (d) => (at(d, ['places', 1]).id = at(d, ['places', 0]).id), 'places[1].id: duplicate id'],
    ['missing title', (d) => delete at(d, ['people', 0]).title, 'people[0].title:'],
    ['bad honorific', (d) => (at(d, ['people', 2]).honorific = 'Dr.'), 'people[2].honorific:'],
    ['figure value not a number', (d) => (at(d, ['figures', 4]).value = '5 million'), 'figures[4].value:'],
    ['unknown key', (d) => (at(d, ['organizations', 0]).acronymn = 'W'), 'organizations[0]:'],
    [
      'sentence not in article',
      (d) => (at(d, ['statements', 2]).source = 'A sentence the article never printed.'),
      'statements[2].source: sentence not found',
    ],
    [
      'reference to the wrong kind',
      (d) => (at(d, ['figures', 0, 'citations', 0]).by = 'wipo'),
      'figures[0].citations[0].by: "wipo" is a organization',
    ],
    ['unknown session', (d) => (at(d, ['people', 5]).session = 'lunch'), 'people[5].session: unknown id "lunch"'],
    [
      'one-sided reading',
      (d) => (at(d, ['people', 1]).roles = [{ type: 'remarks', source: at(d, ['people', 1]).source }]),
      'people[0].roles[0].author',
    ],
    [
      'items and count disagree',
      (d) => (at(d, ['figures', -1]).items as unknown[]).pop(),
      'items: 4 items listed for a count of 5',
    ],
  ])('%s', (_name, mutate, expected) => {
    const problems = problemsOf(mutate);
    expect(
      problems.some((p) => p.startsWith(expected) || p.includes(expected)),
      problems.join('\n'),
    ).toBe(true);
  });
});

describe('every way a field can be wrong is reported at that field', () => {
  /** Every leaf of the JSON (strings, numbers, booleans), with the path a reader would write. */
  function leaves(value: unknown, path: (string | number)[] = []): (string | number)[][] {
    if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, [...path, i]));
    if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => leaves(v, [...path, k]));
    return [path];
  }
  const format = (path: (string | number)[]) =>
    path.reduce<string>((out, p) => (typeof p === 'number' ? `${out}[${p}]` : out ? `${out}.${p}` : p), '');
  const all = leaves(raw);

  test('the dataset has hundreds of fields to check', () => {
    expect(all.length).toBeGreaterThan(500);
  });

  test('a wrong type anywhere names exactly that field', () => {
    for (const path of all) {
      const problems = problemsOf((d) => {
        at(d, path.slice(0, -1))[path[path.length - 1]!] = { wrong: true };
      });
      expect(
        problems.some((p) => p.startsWith(`${format(path)}:`)),
        `${format(path)} → ${problems.join(' | ')}`,
      ).toBe(true);
    }
  });

  test('a missing required field names it', () => {
    for (const path of all.filter((p) => typeof p[p.length - 1] === 'string')) {
      const key = path[path.length - 1] as string;
      if (['acronym', 'parent', 'year', 'items', 'aliases', 'partOf'].includes(key)) continue; // optional or defaulted
      const problems = problemsOf((d) => {
        delete at(d, path.slice(0, -1))[key];
      });
      expect(
        problems.some((p) => p.startsWith(`${format(path)}:`)),
        `${format(path)} → ${problems.join(' | ')}`,
      ).toBe(true);
    }
  });
});
