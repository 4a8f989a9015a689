import { resolve } from 'node:path';
import preact from '@preact/preset-vite';
import { defineConfig, type UserManifest } from 'wxt';
import { VALIDATED_DEFINE, validateDatasetPlugin } from './src/dataset/vite-plugin';

const data = (file: string) => resolve(import.meta.dirname, 'data', file);

export default defineConfig({
  imports: false,
  zip: {
    // The Firefox sources archive: what a reviewer needs to rebuild the extension, nothing generated.
    excludeSources: ['demo-output/**', 'test-output/**', 'scratch/**', '.output/**'],
  },
  vite: () => ({
    plugins: [
      preact(),
      validateDatasetPlugin({ dataset: data('roundtable.json'), source: data('source-article.txt') }),
    ],
    // Read by src/dataset/index.ts: the bundled dataset is the one the plugin validated.
    define: VALIDATED_DEFINE,
  }),
  manifest: ({ browser }): UserManifest => {
    const chrome = browser !== 'firefox';
    return {
      name: 'GII Lens',
      description:
        'Highlights and explains the people, organizations, places and figures of the GII 2025 roundtable on news pages.',
      // Each permission is explained in README ("Permissions"); a test compares the built manifests with that list.
      permissions: ['storage', 'scripting', ...(chrome ? ['sidePanel'] : [])],
      // The engine is injected (scripting.executeScript) only into GII pages; injecting needs host access to the
      // pages the content script already runs on, so this adds no new access and no new install warning.
      host_permissions: ['<all_urls>'],
      commands: {
        'next-mention': {
          suggested_key: { default: 'Alt+Shift+N' },
          description: 'Go to the next highlighted mention and open its card',
        },
        'previous-mention': {
          suggested_key: { default: 'Alt+Shift+P' },
          description: 'Go to the previous highlighted mention and open its card',
        },
      },
      ...(chrome
        ? {}
        : {
            // WXT's manifest types predate Firefox's data-collection declaration, hence the cast.
            browser_specific_settings: {
              gecko: {
                id: 'gii-lens@example.org',
                strict_min_version: '115.0',
                // Firefox's data-collection declaration: GII Lens collects and transmits nothing.
                data_collection_permissions: { required: ['none'] },
              },
            } as unknown as UserManifest['browser_specific_settings'],
          }),
    };
  },
});
