// The background: stores each tab's page summary, keeps the badge, injects the protocol script, the engine (and the
// word reader it may ask for) on request, opens the side panel. Listeners are registered synchronously at start-up
// so an MV3 service worker that wakes for an event finds them; state lives in storage.session, never in globals.
import { browser, type Browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { toBackgroundSchema, validatingListener, type ToBackground } from '../src/extension/messages';
import { badgeText, panelFocusItem, removeTabSummary, saveTabSummary } from '../src/extension/tab-state';

type Sender = Browser.runtime.MessageSender;

async function handle(message: ToBackground, sender: Sender): Promise<unknown> {
  const tabId = sender.tab?.id;
  if (tabId === undefined) return { error: 'only a tab can send this' };
  switch (message.type) {
    case 'page-summary': {
      if (sender.frameId !== 0) return { ok: true }; // frames report to their page, not to the tab's badge
      await saveTabSummary(tabId, message.summary);
      await browser.action.setBadgeText({ tabId, text: badgeText(message.summary) });
      await browser.action.setBadgeBackgroundColor({ tabId, color: '#1a5fb4' });
      return { ok: true };
    }
    case 'load-protocol':
      await injectInto(tabId, sender.frameId, '/protocol.js');
      return { ok: true };
    case 'load-engine':
      await injectInto(tabId, sender.frameId, '/engine.js');
      return { ok: true };
    case 'load-word-reader':
      await injectInto(tabId, sender.frameId, '/word-reader.js');
      return { ok: true };
    case 'open-panel': {
      if (message.focus) await panelFocusItem.setValue({ tabId, id: message.focus, at: Date.now() });
      await openPanel(tabId);
      return { ok: true };
    }
  }
}

/** Runs one of our unlisted scripts in the frame that asked, beside its content script (same isolated world). */
async function injectInto(
  tabId: number,
  frameId: number | undefined,
  file: '/protocol.js' | '/engine.js' | '/word-reader.js',
): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId ?? 0] }, files: [file] });
}

/** Chrome's side panel, or Firefox's sidebar. Must run in response to a user gesture. */
export async function openPanel(tabId: number): Promise<void> {
  if (import.meta.env.FIREFOX) {
    await (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open();
  } else {
    await browser.sidePanel.open({ tabId });
  }
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener(validatingListener(toBackgroundSchema, 'background', handle));
  browser.tabs.onRemoved.addListener((tabId) => void removeTabSummary(tabId));
  browser.commands.onCommand.addListener((command, tab) => {
    if (tab?.id === undefined) return;
    const direction = command === 'previous-mention' ? -1 : command === 'next-mention' ? 1 : 0;
    if (direction !== 0) void browser.tabs.sendMessage(tab.id, { type: 'step', direction }).catch(() => undefined);
  });
});
