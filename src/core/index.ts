// The core: pure TypeScript, no browser API, no live DOM. Used by the content script, the CLI and the tests.
export { annotate, compileMatcher, type CompiledMatcher } from './annotate';
export { classify, PREFIX_CHARS } from './classify';
export { fold, foldPhrase, toOriginal } from './fold';
export type * from './types';
