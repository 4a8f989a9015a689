// @ts-check
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'demo-output/**', 'test-output/**', 'scratch/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      // Page- or dataset-derived strings never reach HTML parsers: Preact escapes text, nothing else writes markup.
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Build DOM nodes or use Preact; never parse strings as HTML.' },
        { property: 'outerHTML', message: 'Build DOM nodes or use Preact; never parse strings as HTML.' },
        { property: 'insertAdjacentHTML', message: 'Build DOM nodes or use Preact; never parse strings as HTML.' },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render strings as HTML.' },
      ],
    },
  },
  {
    // Tests may build hostile fixtures with the properties the extension itself must not touch; raw JSON is still
    // walked as `unknown`, so `any` stays an error here too.
    files: ['tests/**', 'bench/**', 'scripts/**'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
