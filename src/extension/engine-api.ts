// The handshake between the small content script (on every page) and the engine (injected only on GII pages or
// when the reader asks). Both run in the same isolated world: the engine leaves its entry point on globalThis,
// invisible to the page's own scripts.
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageSummary, StepResult } from './messages';
import type { Settings } from './settings';

export interface EngineStartOptions {
  ctx: ContentScriptContext;
  settings: Settings;
  /** Highlight even when the page is judged unrelated (the popup's "highlight anyway"). */
  force: boolean;
  /** Called with the page summary whenever it changes. */
  report: (summary: PageSummary) => void;
  /** Asks the background to open the side panel on an entity. */
  openPanel: (id: string) => void;
  /** Has the background load the word reader (compromise) into this world; resolves once it has run. */
  loadWordReader: () => Promise<void>;
}

export interface EngineHandle {
  applySettings(settings: Settings): void;
  step(direction: 1 | -1, id?: string): StepResult;
  summary(): PageSummary;
  /** Re-reads the whole page (after SPA navigation). */
  rescan(force: boolean): void;
  /** Clears every highlight and listener: the page is left as it was. */
  stop(): void;
}

export interface EngineApi {
  start(options: EngineStartOptions): EngineHandle;
}

declare global {
  var __giiLensEngine: EngineApi | undefined;
}
