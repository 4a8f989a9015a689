// The build's gate on the dataset. It fails the build, naming the bad field, when the dataset is malformed or cites a
// sentence that is not in the source article; and it bundles the dataset as validated (defaults filled in), so the
// extension need not run the schema again on every page that loads the engine.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateDataset } from './validate';

/**
 * The schema and the validator: modules that only define things. Said so to the bundler, which otherwise keeps a
 * module's top-level calls even where nothing it exports is used: then every page that loads the engine built the
 * whole dataset schema with full zod (about 20 ms cold) and never ran it, as the build had.
 */
const DEFINITIONS_ONLY = new Set(['schema.ts', 'validate.ts'].map((file) => resolve(import.meta.dirname, file)));

export function validateDatasetPlugin(paths: { dataset: string; source: string }) {
  let validated = '';
  return {
    name: 'gii-lens:validate-dataset',
    // Before Vite's JSON plugin, which turns what `load` returns into the module.
    enforce: 'pre' as const,
    buildStart() {
      const json: unknown = JSON.parse(readFileSync(paths.dataset, 'utf8'));
      validated = JSON.stringify(validateDataset(json, readFileSync(paths.source, 'utf8')));
    },
    load(id: string) {
      return id === paths.dataset ? validated : undefined;
    },
    transform(code: string, id: string) {
      return DEFINITIONS_ONLY.has(id) ? { code, map: null, moduleSideEffects: false } : undefined;
    },
  };
}

/** Defined by the build that uses the plugin: src/dataset/index.ts then takes the bundled dataset as validated. */
export const VALIDATED_DEFINE = { __GII_LENS_DATASET_VALIDATED__: 'true' };
