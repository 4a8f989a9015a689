// The scan command on good and bad input: every bad file gets a clear message naming it, the exit status is
// non-zero, and the other files are still scanned.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main';

let dir: string;

function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: { write: (s: string) => (stdout += s) }, stderr: { write: (s: string) => (stderr += s) } };
  return main(argv, io).then((code) => ({ code, stdout, stderr }));
}

const jsonLines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'gii-lens-scan-'));
  writeFileSync(
    join(dir, 'story.txt'),
    'GII 2025: China enters the top 10\nCarsten Fink of WIPO said China ranked 10th in the Global Innovation Index 2025.\n',
  );
  writeFileSync(
    join(dir, 'story.html'),
    `<html><head><title>GII 2025 roundtable</title></head><body><p>Ms. LIU Hua opened the High-level Roundtable on the GII 2025.</p>
     <script>var x = "Carsten Fink";</script><style>p::after{content:"Fink"}</style><template><p>Han Peng</p></template>
     <p hidden>Han Peng</p><p aria-hidden="true">Han Peng</p><p style="display:none">Han Peng</p></body></html>`,
  );
  writeFileSync(
    join(dir, 'broken.html'),
    '<html><body><p>Ms. LIU Hua of <b>WIPO said the <i>GII 2025<p>unclosed <div <<>> Carsten Fink',
  );
  writeFileSync(
    join(dir, 'unrelated.txt'),
    'Harbour news\nHe said the song was about Peking duck; most people agreed.\n',
  );
  writeFileSync(join(dir, 'binary.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
  writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x41, 0x6c, 0x65, 0x6d, 0xe1, 0x6e])); // "Alemán" in Latin-1
  writeFileSync(join(dir, 'plain.html'), 'no markup at all, just words about Carsten Fink');
  mkdirSync(join(dir, 'folder'));
});

describe('gii-lens scan', () => {
  test('--json reports the verdict and every mention, offsets indexing the extracted text', async () => {
    const { code, stdout } = await run(['scan', '--json', join(dir, 'story.txt'), join(dir, 'story.html')]);
    expect(code).toBe(0);
    const [txt, html] = jsonLines(stdout);
    expect(txt).toMatchObject({ verdict: 'gii-2025' });
    expect(txt!.mentions).toContainEqual(
      expect.objectContaining({ id: 'carsten-fink', kind: 'person', text: 'Carsten Fink' }),
    );
    expect(txt!.mentions).toContainEqual(
      expect.objectContaining({ id: 'china-gii-rank', agreement: 'same', text: '10th' }),
    );
    expect(Object.keys(txt!)).toEqual(['file', 'verdict', 'score', 'reasons', 'mentions']);
    // Only visible HTML text: nothing from script, style, template, hidden or aria-hidden content.
    const ids = (html!.mentions as { id: string }[]).map((m) => m.id);
    expect(ids).toContain('liu-hua');
    expect(ids).not.toContain('carsten-fink');
    expect(ids).not.toContain('han-peng');
  });

  test('an unrelated page reports nothing unless --all', async () => {
    const quiet = await run(['scan', '--json', join(dir, 'unrelated.txt')]);
    expect(jsonLines(quiet.stdout)[0]).toMatchObject({ verdict: 'unrelated', mentions: [] });
    const all = await run(['scan', '--json', '--all', join(dir, 'story.txt')]);
    expect((jsonLines(all.stdout)[0]!.mentions as unknown[]).length).toBeGreaterThan(0);
  });

  test('the readable table names the file, the verdict and each mention', async () => {
    const { stdout } = await run(['scan', join(dir, 'story.txt')]);
    expect(stdout).toContain('story.txt');
    expect(stdout).toContain('gii-2025');
    expect(stdout).toMatch(/person\s+carsten-fink\s+"Carsten Fink"/);
  });

  test('HTML with broken markup is still read', async () => {
    const { code, stdout } = await run(['scan', '--json', '--all', join(dir, 'broken.html')]);
    expect(code).toBe(0);
    const ids = (jsonLines(stdout)[0]!.mentions as { id: string }[]).map((m) => m.id);
    expect(ids).toEqual(expect.arrayContaining(['liu-hua', 'wipo', 'carsten-fink']));
  });

  test.each([
    ['missing.txt', 'no such file'],
    ['folder', 'is a directory'],
    ['binary.bin', 'binary file'],
    ['latin1.txt', 'not valid UTF-8'],
    ['plain.html', 'not HTML'],
  ])('%s: a clear message, a non-zero exit, and the other files still scanned', async (name, message) => {
    const { code, stdout, stderr } = await run(['scan', '--json', join(dir, name), join(dir, 'story.txt')]);
    expect(code).toBe(1);
    expect(stderr).toContain(join(dir, name));
    expect(stderr).toContain(message);
    expect(jsonLines(stdout)).toHaveLength(1);
    expect(jsonLines(stdout)[0]).toMatchObject({ verdict: 'gii-2025' });
  });

  test('a 50 MB file is scanned', async () => {
    const paragraph = 'Carsten Fink said China ranked 10th in the GII 2025, ahead of 24 hours of talks.\n';
    const big = join(dir, 'big.txt');
    writeFileSync(big, `GII 2025 report\n${paragraph.repeat(Math.ceil((50 * 2 ** 20) / paragraph.length))}`);
    const { code, stdout } = await run(['scan', '--json', big]);
    expect(code).toBe(0);
    const [result] = jsonLines(stdout);
    expect((result!.mentions as unknown[]).length).toBeGreaterThan(1_000_000);
  }, 120_000);

  test('usage errors', async () => {
    expect(await run(['scan'])).toMatchObject({ code: 2, stderr: expect.stringContaining('no file given') });
    expect(await run(['scan', '--yaml', 'x'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--yaml') });
  });
});
