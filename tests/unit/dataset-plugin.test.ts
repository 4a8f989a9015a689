// The build's gate on the dataset: a malformed file stops the build with the path of the bad field, and the file the
// extension bundles is the dataset as validated (defaults filled in), since the extension does not validate it again.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { validateDataset } from '../../src/dataset/validate';
import { validateDatasetPlugin } from '../../src/dataset/vite-plugin';

const source = resolve('data/source-article.txt');
const dataset = resolve('data/roundtable.json');
const raw = JSON.parse(readFileSync(dataset, 'utf8')) as {
  people: { title?: unknown; aliases?: unknown }[];
  places: { partOf?: unknown }[];
};

/** The plugin run on a copy of the dataset changed by `change`, as a build would run it. */
function pluginOn(change: (copy: typeof raw) => void) {
  const copy = structuredClone(raw);
  change(copy);
  const file = join(mkdtempSync(join(tmpdir(), 'gii-dataset-')), 'roundtable.json');
  writeFileSync(file, JSON.stringify(copy));
  return { plugin: validateDatasetPlugin({ dataset: file, source }), file };
}

describe('the dataset plugin of the build', () => {
  test('bundles the dataset as validated and leaves every other module alone', () => {
    const plugin = validateDatasetPlugin({ dataset, source });
    plugin.buildStart();
    expect(JSON.parse(plugin.load(dataset)!)).toEqual(validateDataset(raw, readFileSync(source, 'utf8')));
    expect(plugin.load(resolve('src/dataset/index.ts'))).toBeUndefined();
  });

  test('fills in what the schema defaults, as the extension reads the bundle without the schema', () => {
    const { plugin, file } = pluginOn((d) => {
      delete d.people[0]!.aliases;
      delete d.places[0]!.partOf;
    });
    plugin.buildStart();
    const bundled = JSON.parse(plugin.load(file)!) as typeof raw;
    expect(bundled.people[0]!.aliases).toEqual([]);
    expect(bundled.places[0]!.partOf).toEqual([]);
  });

  test('stops the build on a malformed dataset, naming the bad field', () => {
    const { plugin } = pluginOn((d) => delete d.people[0]!.title);
    expect(() => plugin.buildStart()).toThrow(/people\[0\]\.title/);
  });
});
