// @vitest-environment happy-dom
// The script that runs on every page: it judges the page before anything else, and on an unrelated one it reports
// that and stops there, without reading the settings (the storage API is not touched at all). On a GII page it reads
// them and acts on them: waits for the reader in on-demand mode, stays off on a site switched off. Reading them, and
// checking a message the tab receives, is the protocol script's, which the background injects when first needed: here
// the fake background's answer to 'load-protocol' runs it.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import contentScript from '../../entrypoints/content';
import { DEFAULT_SETTINGS } from '../../src/extension/settings';
import { saveSettings } from '../../src/extension/settings-store';
import { installProtocol } from '../../src/extension/protocol';

let ctx: ContentScriptContext | undefined;

beforeEach(() => {
  fakeBrowser.reset();
  globalThis.__giiLensProtocol = undefined;
});
afterEach(() => {
  ctx?.abort();
  ctx = undefined;
  vi.restoreAllMocks();
});

/** Delivers a message to the content script as a popup would; resolves with its answer. */
async function ask(message: unknown): Promise<unknown> {
  const answers: unknown[] = await Promise.all(await fakeBrowser.runtime.onMessage.trigger(message, {}));
  return answers[0];
}

/**
 * Runs the content script on a page of `title` and `body`; resolves with what it told the tab (waiting for that
 * when `tells`), then what it answers when asked.
 */
async function run(title: string, body: string, tells = true) {
  document.title = title;
  document.body.innerHTML = body;
  const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((message: unknown) => {
    if ((message as { type: string }).type === 'load-protocol') installProtocol();
    return Promise.resolve(undefined);
  });
  const reads = vi.spyOn(fakeBrowser.storage.local, 'get');
  ctx = new ContentScriptContext('content', contentScript);
  await contentScript.main(ctx);
  const toldTab = () => sentOfType(sent.mock.calls, 'page-summary') as { summary: { status: string } }[];
  if (tells) await vi.waitFor(() => expect(toldTab().length).toBeGreaterThan(0));
  else await new Promise((done) => setTimeout(done, 50));
  const before = { reads: reads.mock.calls.length, protocolLoads: sentOfType(sent.mock.calls, 'load-protocol').length };
  const answer = (await ask({ type: 'get-summary' })) as { status: string; verdict: string };
  return {
    status: answer.status,
    verdict: answer.verdict,
    told: toldTab().map((m) => m.summary.status),
    ...before,
  };
}

function sentOfType(calls: unknown[][], type: string): unknown[] {
  return calls.map(([message]) => message).filter((m) => (m as { type: string }).type === type);
}

const GII_PAGE =
  '<article><h1>Global Innovation Index 2025</h1><p>WIPO released the GII 2025 in Beijing, where ' +
  'Ms. LIU Hua spoke at the High-level Roundtable on the Global Innovation Index 2025.</p></article>';

describe('the content script', () => {
  test('on an unrelated page keeps its verdict until asked: no message, no storage read, no protocol', async () => {
    const r = await run('Weekend recipes', '<article><p>Slow-cooked beans with garlic and thyme.</p></article>', false);
    expect(r).toEqual({ status: 'unrelated', verdict: 'unrelated', told: [], reads: 0, protocolLoads: 0 });
  });

  test('a message to an unrelated page loads the protocol once, then each message is checked and answered', async () => {
    const r = await run('Weekend recipes', '<article><p>Slow-cooked beans with garlic and thyme.</p></article>', false);
    expect(r.status).toBe('unrelated');
    expect(await ask({ type: 'get-summary' })).toMatchObject({ status: 'unrelated', title: 'Weekend recipes' });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await ask({ type: 'step', direction: 2 })).toEqual({ error: expect.stringMatching(/direction/) });
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/rejected a message/));
    expect(sentOfType(vi.mocked(fakeBrowser.runtime.sendMessage).mock.calls, 'load-protocol')).toHaveLength(1);
  });

  test('on a GII page reads the settings and waits for the reader in on-demand mode', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, mode: 'on-demand' });
    const r = await run('GII 2025 roundtable', GII_PAGE);
    expect(r.status).toBe('on-demand');
    expect(r.verdict).not.toBe('unrelated');
    expect(r.reads).toBeGreaterThan(0);
    expect(r.protocolLoads).toBe(1);
    expect(r.told).toEqual(['on-demand']);
  });

  test('a settings change after the first read applies: the site switched off while the page is open', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, mode: 'on-demand' });
    expect((await run('GII 2025 roundtable', GII_PAGE)).status).toBe('on-demand');
    const sent = vi.mocked(fakeBrowser.runtime.sendMessage);
    sent.mockClear();
    await saveSettings({ ...DEFAULT_SETTINGS, mode: 'automatic', disabledSites: [location.hostname] });
    await vi.waitFor(() => expect(sentOfType(sent.mock.calls, 'page-summary').length).toBeGreaterThan(0));
    const [message] = sentOfType(sent.mock.calls, 'page-summary').slice(-1) as [{ summary: { status: string } }];
    expect(message.summary.status).toBe('site-off');
  });

  test('on a GII page of a site switched off stays off', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, disabledSites: [location.hostname] });
    expect((await run('GII 2025 roundtable', GII_PAGE)).status).toBe('site-off');
  });
});
