// The engine: dataset, matcher, painter and hover cards. Injected by the background into pages the content script
// found GII-related (or where the reader asked), so unrelated pages never pay for it.
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startEngine } from '../src/page/engine';

export default defineUnlistedScript(() => {
  globalThis.__giiLensEngine ??= { start: startEngine };
});
