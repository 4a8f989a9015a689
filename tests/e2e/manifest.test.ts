// The built manifests ask for exactly the permissions README explains, load no remote code, and inject the
// content script where README says.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { loadDataset } from '../../src/dataset';

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  content_scripts?: { matches: string[]; js: string[]; all_frames?: boolean }[];
  side_panel?: unknown;
  sidebar_action?: unknown;
  icons?: Record<string, string>;
  browser_specific_settings?: { gecko?: { id?: string; data_collection_permissions?: { required?: string[] } } };
}

const read = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;
const chrome = read('.output/chrome-mv3');
const firefox = read('.output/firefox-mv2');

/** The permissions README explains, from the table under "## Permissions": `| \`name\` | browsers | why |`. */
function documented(): Map<string, string> {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.split(/^## Permissions$/m)[1]?.split(/^## /m)[0] ?? '';
  const rows = [...section.matchAll(/^\|\s*`([^`]+)`\s*\|\s*([^|]+)\|/gm)];
  return new Map(rows.map((r) => [r[1]!, r[2]!.trim()]));
}

describe('the built manifests', () => {
  const doc = documented();

  test('README explains every permission, and the manifests ask for nothing else', () => {
    const inBrowser = (name: string, browser: 'Chrome' | 'Firefox') => doc.get(name)?.includes(browser) ?? false;
    const asked = (m: Manifest) => [...(m.permissions ?? []), ...(m.host_permissions ?? [])].sort();
    expect(asked(chrome)).toEqual([...doc.keys()].filter((p) => inBrowser(p, 'Chrome')).sort());
    expect(asked(firefox)).toEqual([...doc.keys()].filter((p) => inBrowser(p, 'Firefox')).sort());
  });

  test('Chrome-only permissions stay out of Firefox; each browser has its own panel', () => {
    expect(chrome.permissions).toContain('sidePanel');
    expect(firefox.permissions).not.toContain('sidePanel');
    expect(chrome.side_panel).toBeDefined();
    expect(firefox.sidebar_action).toBeDefined();
  });

  test('the content script runs where README says: every page, every frame', () => {
    for (const m of [chrome, firefox]) {
      expect(m.content_scripts).toEqual([expect.objectContaining({ matches: ['<all_urls>'], all_frames: true })]);
    }
    expect(readFileSync('README.md', 'utf8')).toMatch(/content script[^\n]*every page/i);
  });

  test('the script injected into every page stays small (≤ 25 KB gzip); the engine is not part of it', () => {
    for (const m of [chrome, firefox]) {
      const dir = m === chrome ? '.output/chrome-mv3' : '.output/firefox-mv2';
      const [script] = m.content_scripts![0]!.js;
      const code = readFileSync(join(dir, script!));
      expect(gzipSync(code).length, `${dir}/${script}`).toBeLessThanOrEqual(25_000);
      // The heavy parts load only on GII pages: none of the dataset's source sentences is in what every page runs.
      const text = code.toString('utf8');
      const shipped = loadDataset().data.people.filter((p) => text.includes(p.source.slice(0, 60)));
      expect(shipped.map((p) => p.id)).toEqual([]);
      // Nor zod: the settings and message checks come with the protocol script, on the pages that need them.
      expect(text.includes('_zod'), `${dir}/${script} carries zod`).toBe(false);
      expect(readFileSync(join(dir, 'protocol.js'), 'utf8')).toContain('_zod');
    }
  });

  test('no script of the extension carries the dataset schema: the build validated the dataset it bundles', () => {
    // The schema's own messages: a script that holds them builds the whole schema with full zod when it loads
    // (about 20 ms on each page that loads the engine, and in every popup) and never uses it.
    const schema = readFileSync('src/dataset/schema.ts', 'utf8');
    const messages = [...schema.matchAll(/, '([^']{12,})'\)/g)].map((m) => m[1]!);
    expect(messages.length).toBeGreaterThanOrEqual(2);
    for (const dir of ['.output/chrome-mv3', '.output/firefox-mv2']) {
      const scripts = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
      expect(scripts).toContain('engine.js');
      const carrying = scripts.filter((f) => messages.some((m) => readFileSync(join(dir, f), 'utf8').includes(m)));
      expect(carrying, dir).toEqual([]);
    }
  });

  test('Firefox declares that no data is collected', () => {
    expect(firefox.browser_specific_settings?.gecko?.data_collection_permissions).toEqual({ required: ['none'] });
    expect(firefox.browser_specific_settings?.gecko?.id).toBeTruthy();
  });

  test('icons at the sizes the stores ask for', () => {
    for (const m of [chrome, firefox])
      expect(Object.keys(m.icons ?? {})).toEqual(expect.arrayContaining(['16', '32', '48', '128']));
  });

  test('no remote code: no script from the network, no eval, no importScripts', () => {
    for (const dir of ['.output/chrome-mv3', '.output/firefox-mv2']) {
      const files = readdirSync(dir, { recursive: true, encoding: 'utf8' });
      for (const file of files.filter((f) => f.endsWith('.html'))) {
        expect(readFileSync(join(dir, file), 'utf8'), file).not.toMatch(/<script[^>]+src=["']?(?:https?:)?\/\//i);
      }
      for (const file of files.filter((f) => f.endsWith('.js'))) {
        const js = readFileSync(join(dir, file), 'utf8');
        expect(js, file).not.toMatch(/importScripts\s*\(/);
        expect(js, file).not.toMatch(/\bimport\s*\(\s*["'`]https?:/);
        expect(js, file).not.toMatch(/\beval\s*\(/);
      }
    }
  });
});
