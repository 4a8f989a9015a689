import { execFileSync } from 'node:child_process';
import { expect, test } from 'vitest';
import { main } from '../../src/cli/main';

function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } };
  return main(argv, io).then((code) => ({ code, stdout, stderr }));
}

test('entities --json prints one JSON object per line for every entity', async () => {
  const { code, stdout } = await run(['entities', '--json']);
  expect(code).toBe(0);
  const rows = stdout
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
  const count = (kind: string) => rows.filter((r) => r.kind === kind).length;
  expect(count('person')).toBe(19);
  expect(count('organization')).toBeGreaterThanOrEqual(20);
  expect(count('place')).toBeGreaterThanOrEqual(15);
  expect(count('figure')).toBeGreaterThanOrEqual(20);
  expect(count('event')).toBe(1);
  for (const r of rows) expect(Object.keys(r)).toEqual(['id', 'kind', 'name', 'aliases']);
  expect(rows).toContainEqual(expect.objectContaining({ id: 'cnipa', aliases: expect.arrayContaining(['CNIPA']) }));
  expect(rows).toContainEqual(
    expect.objectContaining({ id: 'marco-aleman', kind: 'person', aliases: expect.arrayContaining(['Marco ALEMÁN']) }),
  );
});

test('an unknown command or argument exits non-zero with usage on stderr', async () => {
  expect(await run(['frobnicate'])).toMatchObject({ code: 2, stderr: expect.stringContaining('usage:') });
  expect(await run(['entities', '--yaml'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--yaml') });
});

test('the installed bin runs through npx', () => {
  const out = execFileSync('npx', ['--no-install', 'gii-lens', 'entities', '--json'], { encoding: 'utf8' });
  expect(out.split('\n').filter((l) => l.includes('"kind":"person"'))).toHaveLength(19);
}, 30_000);
