// The word reader (compromise), loaded apart from the engine and only when a page asks it something: see
// src/core/word-reader.ts for why.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installCompromiseReader } from '../src/core/compromise-reader';

export default defineUnlistedScript(() => {
  installCompromiseReader();
});
