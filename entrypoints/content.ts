// The content script that runs on every page. It stays small and silent: it classifies the page from its title,
// address and the first part of its text, and only on a GII page (or when the reader asks) reads the settings and
// has the background inject the engine. On an unrelated page it writes nothing to the DOM, watches nothing and
// does not touch storage. It carries no zod: reading the settings and checking a message it receives are the
// protocol script's (src/extension/protocol-api.ts), loaded the first time the page needs either.
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { classify, PREFIX_CHARS } from '../src/core/classify';
import type { Classification } from '../src/core/types';
import { textPrefix } from '../src/dom/prefix';
import type { EngineHandle } from '../src/extension/engine-api';
import type { PageStatus, PageSummary, ToContent } from '../src/extension/messages';
import type { ProtocolApi } from '../src/extension/protocol-api';
import type { Settings } from '../src/extension/settings';
import { highlightingOn } from '../src/extension/site-switch';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  allFrames: true,
  main(ctx) {
    void start(ctx);
  },
});

const EMPTY_COUNTS = { person: 0, organization: 0, place: 0, figure: 0, event: 0 };
/** After an address change without a page load, when the page is judged again. */
const JUDGE_AFTER_NAVIGATION_MS = [300, 2000];

async function start(ctx: ContentScriptContext): Promise<void> {
  const topFrame = window === window.top;
  /** Read when first needed (see evaluate), then kept up to date by the watch that reading starts. */
  let settings: Settings | undefined;
  let settingsRead: Promise<void> | undefined;
  let engine: EngineHandle | undefined;
  let forced = false;
  /** What the page answers when asked: its last summary, or the verdict it kept to itself (see reportLight). */
  let light: PageSummary | (() => PageSummary) | undefined;
  let reported = false;

  const report = (summary: PageSummary) => {
    light = summary;
    // Frames keep their findings to themselves: the tab's badge and panel speak for the top page.
    if (topFrame && ctx.isValid) {
      reported = true;
      void browser.runtime.sendMessage({ type: 'page-summary', summary }).catch(() => undefined);
    }
  };
  const reportLight = (classification: Classification, status: PageStatus) => {
    const summary = (): PageSummary => ({
      url: location.href.slice(0, 4096),
      title: document.title.slice(0, 1000),
      verdict: classification.verdict,
      score: classification.score,
      reasons: classification.reasons.slice(0, 20),
      status,
      counts: EMPTY_COUNTS,
      entities: [],
    });
    // An unrelated page keeps its verdict until it is asked, unless it told the tab something else before: the
    // browser clears a tab's badge whenever it navigates, and the popup and side panel ask the page itself (a
    // summary stored for another address is not shown). Most pages the reader opens so send no message at all.
    if (status === 'unrelated' && !reported) light = summary;
    else report(summary());
  };
  const lightSummary = (): PageSummary | undefined => (typeof light === 'function' ? light() : light);

  let protocolLoad: Promise<ProtocolApi> | undefined;
  const protocol = (): Promise<ProtocolApi> =>
    (protocolLoad ??= (async () => {
      if (!globalThis.__giiLensProtocol) await browser.runtime.sendMessage({ type: 'load-protocol' });
      const api = globalThis.__giiLensProtocol;
      if (!api) throw new Error('the protocol script did not load');
      return api;
    })().catch((error: unknown) => {
      protocolLoad = undefined; // a later need tries again (the background may have been restarting)
      throw error;
    }));

  const loadEngine = async (current: Settings): Promise<EngineHandle | undefined> => {
    if (!globalThis.__giiLensEngine) await browser.runtime.sendMessage({ type: 'load-engine' });
    const api = globalThis.__giiLensEngine;
    if (!api || !ctx.isValid) return undefined;
    return api.start({
      ctx,
      settings: current,
      force: forced,
      report,
      openPanel: (id) => void browser.runtime.sendMessage({ type: 'open-panel', focus: id }).catch(() => undefined),
      loadWordReader: async () => {
        await browser.runtime.sendMessage({ type: 'load-word-reader' });
      },
    });
  };

  /** The settings as they are now: read once, then watched, so a change applies live. */
  const currentSettings = async (): Promise<Settings> => {
    settingsRead ??= protocol()
      .then((api) => api.loadSettings().then((read) => ({ api, read })))
      .then(({ api, read }) => {
        settings = read;
        ctx.onInvalidated(
          api.watchSettings((next) => {
            const before = settings ?? read;
            settings = next;
            const switched = highlightingOn(before, location.href) !== highlightingOn(next, location.href);
            if (switched || next.mode !== before.mode) void evaluate();
            else engine?.applySettings(next);
          }),
        );
      })
      .catch((error: unknown) => {
        settingsRead = undefined; // not read: the next evaluation tries again
        throw error;
      });
    await settingsRead;
    return settings!;
  };

  const evaluate = async () => {
    if (!ctx.isValid) return;
    const quick = () => classify(textPrefix(document, PREFIX_CHARS), { title: document.title, url: location.href });
    // An unrelated page is judged before the settings are read, so that on most pages the reader opens the script
    // never touches storage: the first use of the storage API sets up its bindings in the page, ~1–2 ms.
    let verdict: Classification | undefined;
    if (!engine && !forced) {
      verdict = quick();
      if (verdict.verdict === 'unrelated') return reportLight(verdict, 'unrelated');
    }
    let current: Settings;
    try {
      current = await currentSettings();
    } catch (error) {
      // The settings could not be read (the extension is updating, the background restarting): stay silent.
      console.warn('GII Lens: could not read the settings:', error);
      return reportLight(verdict ?? quick(), 'unrelated');
    }
    if (!ctx.isValid) return;
    if (!highlightingOn(current, location.href)) {
      engine?.stop();
      engine = undefined;
      reportLight(verdict ?? quick(), current.enabled ? 'site-off' : 'disabled');
      return;
    }
    if (engine) {
      engine.rescan(forced);
      return;
    }
    verdict ??= quick();
    if (current.mode === 'on-demand' && !forced) return reportLight(verdict, 'on-demand');
    try {
      engine = await loadEngine(current);
    } catch (error) {
      // The page could not take the engine (a restricted page, an extension update in progress): stay silent.
      console.warn('GII Lens: could not start on this page:', error);
      reportLight(verdict, 'unrelated');
    }
  };

  const handle = async (message: ToContent): Promise<unknown> => {
    switch (message.type) {
      case 'get-summary':
        return engine?.summary() ?? lightSummary();
      case 'highlight-anyway':
        forced = true;
        await evaluate();
        return engine?.summary() ?? lightSummary();
      case 'step':
        return engine?.step(message.direction, message.id) ?? { index: -1, total: 0 };
    }
  };

  if (topFrame) {
    // Checked by the protocol script before it is handled; loading it for the first message costs the popup a round
    // trip to the background, once per page.
    const listener = (raw: unknown) =>
      protocol().then(
        (api) => api.toContent(raw, handle),
        (error: unknown) => ({ error: `the page could not check the message: ${String(error)}` }),
      );
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(listener));
  }
  // Single-page apps change the address without a page load, and most render the new story a moment after: the
  // event comes before the address itself has changed. Judge the page again once the address has changed and the
  // story has had time to arrive, and once more later for a slow one (an unrelated page has no observer to notice).
  let judgements: number[] = [];
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    forced = false;
    for (const id of judgements) clearTimeout(id);
    judgements = JUDGE_AFTER_NAVIGATION_MS.map((ms) => ctx.setTimeout(() => void evaluate(), ms));
  });
  await evaluate();
}
