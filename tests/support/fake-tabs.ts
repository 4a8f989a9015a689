// The tabs API as the popup and the side panel meet it, for their component tests: one active tab, and what the
// content script in each tab answers. wxt's fake browser keeps tabs but delivers no messages to content scripts.
import { vi } from 'vitest';
import { browser } from 'wxt/browser';

/** A message as our pages send it to a content script: every one has a type, some an id or a direction. */
export interface TabMessage {
  type: string;
  id?: string;
}

/** What a tab's content script answers to a message (a value, a promise, or a throw for a failed delivery). */
export type TabAnswer = (message: TabMessage) => unknown;

export interface FakeTabs {
  /**
   * What the content script in each tab answers. A tab not in the map has none, and a message to it fails as the
   * browser's does ("Receiving end does not exist").
   */
  readonly answers: Map<number, TabAnswer>;
  /** Makes `tab` the one `tabs.query({ active: true, currentWindow: true })` returns. */
  setActive(tab: { id: number; url: string }): void;
}

/** Mocks `tabs.query` and `tabs.sendMessage` (restored by `vi.restoreAllMocks`); `active` starts as the active tab. */
export function fakeTabs(active: { id: number; url: string }): FakeTabs {
  let current = active;
  const answers = new Map<number, TabAnswer>();
  vi.spyOn(browser.tabs, 'query').mockImplementation((async () => [
    { id: current.id, url: current.url, windowId: 1, active: true },
  ]) as unknown as typeof browser.tabs.query);
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (tabId: number, message: TabMessage) => {
    const answer = answers.get(tabId);
    if (!answer) throw new Error('Could not establish connection. Receiving end does not exist.');
    return answer(message);
  }) as unknown as typeof browser.tabs.sendMessage);
  return {
    answers,
    setActive: (tab) => {
      current = tab;
    },
  };
}
