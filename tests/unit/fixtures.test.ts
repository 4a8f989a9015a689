// The fixture corpus (tests/fixtures/, written by the team in its own words): each page with its expected verdict
// and mentions. Precision and recall are computed over the whole corpus and must meet the bars the product promises.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { htmlToText } from '../../src/cli/html-text';
import { annotate, classify } from '../../src/core';
import type { Mention } from '../../src/core/types';
import { loadDataset } from '../../src/dataset';

const DIR = 'tests/fixtures';

interface Expected {
  title: string;
  url: string;
  verdict: 'gii-2025' | 'gii-related' | 'unrelated';
  mentions: { text: string; id: string; agreement?: 'same' | 'approximate' | 'differs' }[];
}

interface Located {
  start: number;
  end: number;
  id: string;
  agreement?: string;
}

const pages = readdirSync(DIR)
  .filter((f) => /\.(html|txt)$/.test(f))
  .sort()
  .map((file) => {
    const raw = readFileSync(join(DIR, file), 'utf8');
    const expected = JSON.parse(
      readFileSync(join(DIR, file.replace(/\.(html|txt)$/, '.expected.json')), 'utf8'),
    ) as Expected;
    const text = file.endsWith('.html') ? htmlToText(raw).text : raw;
    return { file, text, expected };
  });

/** Finds each expected mention by searching forward from the previous one, as the corpus README says. */
function locate(text: string, mentions: Expected['mentions'], file: string): Located[] {
  let from = 0;
  return mentions.map((m) => {
    const at = text.indexOf(m.text, from);
    if (at < 0) throw new Error(`${file}: expected mention ${JSON.stringify(m.text)} not found after offset ${from}`);
    from = at + m.text.length;
    return { start: at, end: at + m.text.length, id: m.id, ...(m.agreement ? { agreement: m.agreement } : {}) };
  });
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

interface Score {
  tp: number;
  fp: number;
  fn: number;
  figureTotal: number;
  figureRight: number;
  errors: string[];
}

function score(): { verdicts: { tp: number; fp: number; fn: number; wrong: string[] }; mentions: Score } {
  const verdicts = { tp: 0, fp: 0, fn: 0, wrong: [] as string[] };
  const s: Score = { tp: 0, fp: 0, fn: 0, figureTotal: 0, figureRight: 0, errors: [] };
  for (const { file, text, expected } of pages) {
    const got = classify(text, { title: expected.title, url: expected.url });
    // Verdict precision/recall over "is a GII page" and its edition: a page counts as right only with the exact verdict.
    const gotGii = got.verdict !== 'unrelated';
    const wantGii = expected.verdict !== 'unrelated';
    if (got.verdict !== expected.verdict)
      verdicts.wrong.push(`${file}: expected ${expected.verdict}, got ${got.verdict} (${got.reasons.join(' ')})`);
    if (gotGii && wantGii && got.verdict === expected.verdict) verdicts.tp++;
    else {
      if (gotGii) verdicts.fp++;
      if (wantGii) verdicts.fn++;
    }
    // Mentions: what the extension would highlight on this page.
    const predicted: Mention[] = got.verdict === 'unrelated' ? [] : annotate(text, { verdict: got.verdict });
    const want = locate(text, expected.mentions, file);
    const used = new Set<number>();
    for (const p of predicted) {
      const match = want.findIndex((w, i) => !used.has(i) && w.id === p.id && overlaps(w, p));
      if (match < 0) {
        s.fp++;
        s.errors.push(`${file}: unexpected ${p.kind} ${p.id} ${JSON.stringify(p.text)} at ${p.start}`);
        continue;
      }
      used.add(match);
      s.tp++;
      const w = want[match]!;
      if (w.agreement) {
        s.figureTotal++;
        if (w.agreement === p.agreement) s.figureRight++;
        else
          s.errors.push(`${file}: ${p.id} ${JSON.stringify(p.text)} agreement ${p.agreement}, expected ${w.agreement}`);
      }
    }
    want.forEach((w, i) => {
      if (!used.has(i)) {
        s.fn++;
        s.errors.push(`${file}: missed ${w.id} ${JSON.stringify(text.slice(w.start, w.end))} at ${w.start}`);
      }
    });
  }
  return { verdicts, mentions: s };
}

describe('the fixture corpus', () => {
  test('is large and varied enough to mean something', () => {
    expect(pages.length).toBeGreaterThanOrEqual(40);
    const by = (v: string) => pages.filter((p) => p.expected.verdict === v).length;
    expect(by('gii-2025')).toBeGreaterThanOrEqual(10);
    expect(by('gii-related')).toBeGreaterThanOrEqual(5);
    expect(by('unrelated')).toBeGreaterThanOrEqual(10);
    expect(pages.filter((p) => p.file.endsWith('.html')).length).toBeGreaterThanOrEqual(10);
    expect(pages.filter((p) => p.file.endsWith('.txt')).length).toBeGreaterThanOrEqual(10);
  });

  test('every expected id exists in the dataset', () => {
    const index = loadDataset();
    for (const { file, expected } of pages) {
      for (const m of expected.mentions) expect(index.kindOf(m.id), `${file}: ${m.id}`).toBeDefined();
    }
  });

  const { verdicts, mentions } = score();
  const precision = (t: { tp: number; fp: number }) => (t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp));
  const recall = (t: { tp: number; fn: number }) => (t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn));

  test('verdicts: precision 1.00, recall ≥ 0.95', () => {
    console.log(`verdict precision ${precision(verdicts).toFixed(3)}, recall ${recall(verdicts).toFixed(3)}`);
    expect(
      verdicts.wrong.filter((w) => w.includes('expected unrelated')),
      verdicts.wrong.join('\n'),
    ).toEqual([]);
    expect(precision(verdicts), verdicts.wrong.join('\n')).toBe(1);
    expect(recall(verdicts), verdicts.wrong.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  test('mentions: precision ≥ 0.98, recall ≥ 0.95', () => {
    console.log(
      `mention precision ${precision(mentions).toFixed(3)}, recall ${recall(mentions).toFixed(3)} (${mentions.tp} right, ${mentions.fp} extra, ${mentions.fn} missed)`,
    );
    expect(precision(mentions), mentions.errors.join('\n')).toBeGreaterThanOrEqual(0.98);
    expect(recall(mentions), mentions.errors.join('\n')).toBeGreaterThanOrEqual(0.95);
  });

  test('figure agreement right ≥ 0.95', () => {
    const right = mentions.figureTotal === 0 ? 0 : mentions.figureRight / mentions.figureTotal;
    console.log(`figure agreement ${right.toFixed(3)} (${mentions.figureRight}/${mentions.figureTotal})`);
    expect(mentions.figureTotal).toBeGreaterThanOrEqual(20);
    expect(right, mentions.errors.filter((e) => e.includes('agreement')).join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});
