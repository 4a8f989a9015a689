// @vitest-environment happy-dom
// The popup as a reader uses it: the look-up finds what they type and opens it in the side panel, the page status
// says what the extension made of the page, and the switches change the stored settings.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Popup } from '../../entrypoints/popup/Popup';
import type { PageSummary } from '../../src/extension/messages';
import { DEFAULT_SETTINGS } from '../../src/extension/settings';
import { loadSettings, saveSettings } from '../../src/extension/settings-store';
import { panelFocusItem, saveTabSummary } from '../../src/extension/tab-state';
import { fakeTabs, type FakeTabs } from '../support/fake-tabs';
import { mountInto, waitFor } from '../support/preact-render';

const TAB_ID = 7;
const URL_ = 'https://news.example.com/gii-2025';

const SUMMARY: PageSummary = {
  url: URL_,
  title: 'China enters the GII top 10',
  verdict: 'gii-2025',
  score: 9,
  reasons: ['The title names the Global Innovation Index 2025'],
  status: 'highlighted',
  counts: { person: 3, organization: 2, place: 1, figure: 2, event: 0 },
  entities: [
    { id: 'liu-hua', kind: 'person', count: 3 },
    { id: 'cnipa', kind: 'organization', count: 2 },
    { id: 'xian', kind: 'place', count: 1 },
    { id: 'rd-intensity-2024', kind: 'figure', count: 2, values: [] },
  ],
};

const UNRELATED: PageSummary = {
  ...SUMMARY,
  verdict: 'unrelated',
  status: 'unrelated',
  reasons: ['Nothing on the page names the GII'],
  counts: { person: 0, organization: 0, place: 0, figure: 0, event: 0 },
  entities: [],
};

// ---- small helpers: render, wait, find by label or text, type, press -------------------------------------------

let root: HTMLElement;

function mount(node: preact.ComponentChild): HTMLElement {
  root = mountInto(node);
  return root;
}

function control(label: string): HTMLInputElement | undefined {
  const found = [...root.querySelectorAll('label')].find((l) => l.textContent?.trim() === label);
  const id = found?.htmlFor;
  return id ? ((document.getElementById(id) as HTMLInputElement | null) ?? undefined) : undefined;
}

function button(text: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
}

function type(input: HTMLInputElement, text: string): void {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function press(target: Element, key: string): void {
  target.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
}

const options = () => [...root.querySelectorAll<HTMLElement>('[role="option"]')];
const searchBox = () => control('Look up a speaker, organization, place or figure');

// ---- set-up ----------------------------------------------------------------------------------------------------

let sidePanelOpen: ReturnType<typeof vi.fn>;
let tabs: FakeTabs;

beforeEach(() => {
  fakeBrowser.reset();
  tabs = fakeTabs({ id: TAB_ID, url: URL_ });
  tabs.answers.set(TAB_ID, () => SUMMARY);
  sidePanelOpen = vi.fn().mockResolvedValue(undefined);
  Object.assign(fakeBrowser, { sidePanel: { open: sidePanelOpen } });
});

afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

// ---- the look-up -----------------------------------------------------------------------------------------------

describe('look-up', () => {
  test.each([
    ['aleman', 'marco-aleman', 'Marco Alemán'],
    ['hua liu', 'liu-hua', 'Liu Hua'],
    ['cnipa', 'cnipa', 'China National Intellectual Property Administration'],
    ['2.68', 'rd-intensity-2024', '2.68% of GDP'],
    ['xian', 'xian', 'Xi’an'],
  ])('"%s" finds %s first', async (query, id, name) => {
    mount(<Popup />);
    const box = await waitFor(searchBox, 'the search box');
    type(box, query);
    const first = await waitFor(() => options()[0], 'a result');
    expect(first.dataset.entity).toBe(id);
    expect(first.textContent).toContain(name);
    expect(first.getAttribute('aria-selected')).toBe('true');
  });

  test('the search box has focus when the popup opens', async () => {
    mount(<Popup />);
    const box = await waitFor(searchBox, 'the search box');
    await waitFor(() => document.activeElement === box, 'focus on the search box');
  });

  test('Enter opens the best result in the side panel, within the key press', async () => {
    mount(<Popup />);
    const box = await waitFor(searchBox, 'the search box');
    await waitFor(() => root.querySelector('.page-status h2'), 'the page status');
    type(box, 'aleman');
    await waitFor(() => options()[0], 'a result');
    press(box, 'Enter');
    // Called synchronously from the key handler: Chrome opens the panel only within the user's gesture.
    expect(sidePanelOpen).toHaveBeenCalledWith({ tabId: TAB_ID });
    const focus = await waitFor(() => panelFocusItem.getValue(), 'the focus item');
    expect(focus).toMatchObject({ tabId: TAB_ID, id: 'marco-aleman' });
    expect(Math.abs(Date.now() - focus.at)).toBeLessThan(5000);
  });

  test('arrow keys move the selection and Enter opens the selected result', async () => {
    mount(<Popup />);
    const box = await waitFor(searchBox, 'the search box');
    await waitFor(() => root.querySelector('.page-status h2'), 'the page status');
    type(box, 'xian');
    await waitFor(() => options().length >= 2 && options(), 'two results');
    press(box, 'ArrowDown');
    await waitFor(() => options()[1]?.getAttribute('aria-selected') === 'true', 'the second result selected');
    expect(box.getAttribute('aria-activedescendant')).toBe(options()[1]!.id);
    press(box, 'Enter');
    await waitFor(async () => (await panelFocusItem.getValue())?.id === options()[1]!.dataset.entity, 'focus');
    const focus = await panelFocusItem.getValue();
    expect(focus?.id).toBe(options()[1]!.dataset.entity);
    expect(focus?.id).not.toBe('xian');
  });

  test('a click opens that result', async () => {
    mount(<Popup />);
    const box = await waitFor(searchBox, 'the search box');
    await waitFor(() => root.querySelector('.page-status h2'), 'the page status');
    type(box, 'hua liu');
    (await waitFor(() => options()[0], 'a result')).click();
    expect(sidePanelOpen).toHaveBeenCalledWith({ tabId: TAB_ID });
    await waitFor(async () => (await panelFocusItem.getValue())?.id === 'liu-hua', 'focus on Liu Hua');
  });

  test('a query with no match says so', async () => {
    mount(<Popup />);
    type(await waitFor(searchBox, 'the search box'), 'zzzz');
    await waitFor(() => root.textContent?.includes('Nothing in the roundtable matches'), 'the no-match line');
    expect(options()).toHaveLength(0);
  });
});

// ---- the page status -------------------------------------------------------------------------------------------

describe('page status', () => {
  test('shows the verdict, the reasons and the counts from the content script', async () => {
    mount(<Popup />);
    const heading = await waitFor(() => root.querySelector('.page-status h2'), 'the verdict');
    expect(heading.textContent).toBe('About the GII 2025');
    expect(root.textContent).toContain('The title names the Global Innovation Index 2025');
    expect(root.textContent).toContain('Mentions on this page: people 3, organizations 2, places 1, figures 2');
    expect(button('Highlight anyway')).toBeUndefined();
    expect(browser.tabs.sendMessage).toHaveBeenCalledWith(TAB_ID, { type: 'get-summary' });
  });

  test('"Highlight anyway" on an unrelated page sends the request and shows the new summary', async () => {
    tabs.answers.set(TAB_ID, (m) => (m.type === 'highlight-anyway' ? { ...SUMMARY, verdict: 'unrelated' } : UNRELATED));
    mount(<Popup />);
    await waitFor(() => root.querySelector('.page-status h2')?.textContent === 'Not about the GII', 'the verdict');
    button('Highlight anyway')!.click();
    await waitFor(() => root.textContent?.includes('Highlighted on this page'), 'the new summary');
    expect(browser.tabs.sendMessage).toHaveBeenCalledWith(TAB_ID, { type: 'highlight-anyway' });
    expect(button('Highlight anyway')).toBeUndefined();
  });

  test('an unrelated page on a site switched off says so, and offers no "Highlight anyway" the switch would refuse', async () => {
    // The content script leaves an unrelated page unrelated without reading the settings; the popup knows them.
    await saveSettings({ ...DEFAULT_SETTINGS, disabledSites: ['news.example.com'] });
    tabs.answers.set(TAB_ID, () => UNRELATED);
    mount(<Popup />);
    await waitFor(() => root.textContent?.includes('Switched off on this site'), 'the switched-off status');
    expect(button('Highlight anyway')).toBeUndefined();
    // Switched on again here, the page is what the content script said: unrelated, and "Highlight anyway" is back.
    (await waitFor(() => control('Highlight on this site'), 'the switch')).click();
    await waitFor(() => button('Highlight anyway'), 'the button');
    expect(root.textContent).toContain('Nothing is highlighted');
  });

  test('an on-demand page offers "Highlight anyway" too', async () => {
    tabs.answers.set(TAB_ID, () => ({ ...SUMMARY, status: 'on-demand', entities: [] }));
    mount(<Popup />);
    await waitFor(() => button('Highlight anyway'), 'the button');
  });

  test('falls back to the stored summary when the content script does not answer', async () => {
    tabs.answers.delete(TAB_ID);
    await saveTabSummary(TAB_ID, SUMMARY);
    mount(<Popup />);
    const heading = await waitFor(() => root.querySelector('.page-status h2'), 'the verdict');
    expect(heading.textContent).toBe('About the GII 2025');
  });

  test('the stored summary shows at once, and the content script’s later answer replaces it', async () => {
    await saveTabSummary(TAB_ID, SUMMARY);
    let reply: (value: unknown) => void = () => undefined;
    tabs.answers.set(TAB_ID, () => new Promise((resolve) => (reply = resolve)));
    mount(<Popup />);
    await waitFor(
      () => root.querySelector('.page-status h2')?.textContent === 'About the GII 2025',
      'the stored summary',
    );
    reply(UNRELATED);
    await waitFor(() => root.querySelector('.page-status h2')?.textContent === 'Not about the GII', 'the answer');
  });

  test('a malformed answer is not shown; with nothing stored the page is unreadable', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    tabs.answers.set(TAB_ID, () => ({ ...SUMMARY, status: 'painted-purple' }));
    mount(<Popup />);
    const heading = await waitFor(() => root.querySelector('.page-status h2'), 'the status');
    expect(heading.textContent).toBe('This page cannot be read');
    expect(root.textContent).toContain('chrome://');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('status'));
  });

  test('a browser page with no content script says it cannot be read', async () => {
    tabs.setActive({ id: TAB_ID, url: 'chrome://extensions/' });
    tabs.answers.delete(TAB_ID);
    mount(<Popup />);
    await waitFor(
      () => root.querySelector('.page-status h2')?.textContent === 'This page cannot be read',
      'the notice',
    );
    expect(control('Highlight on this site')!.disabled).toBe(true);
  });
});

// ---- the switches ----------------------------------------------------------------------------------------------

describe('switches', () => {
  test('"Highlight on this site" adds and removes the host from the sites switched off', async () => {
    mount(<Popup />);
    const site = await waitFor(
      () => !control('Highlight on this site')?.disabled && control('Highlight on this site'),
      'the switch',
    );
    expect(site.checked).toBe(true);
    expect(root.textContent).toContain('news.example.com');
    site.click();
    await waitFor(async () => (await loadSettings()).disabledSites.includes('news.example.com'), 'the site off');
    await waitFor(() => !control('Highlight on this site')!.checked, 'the switch off');
    control('Highlight on this site')!.click();
    await waitFor(async () => (await loadSettings()).disabledSites.length === 0, 'the site on again');
  });

  test('switching a site on also lifts a parent domain that kept it off', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, disabledSites: ['example.com', 'other.org'] });
    mount(<Popup />);
    const site = await waitFor(
      () => control('Highlight on this site')?.disabled === false && control('Highlight on this site'),
      'the switch',
    );
    await waitFor(() => !site.checked, 'the switch showing off');
    site.click();
    await waitFor(async () => (await loadSettings()).disabledSites.join() === 'other.org', 'example.com removed');
  });

  test('"Highlight everywhere" switches the extension off and on', async () => {
    mount(<Popup />);
    const everywhere = await waitFor(
      () => control('Highlight everywhere')?.disabled === false && control('Highlight everywhere'),
      'the switch',
    );
    expect(everywhere.checked).toBe(true);
    everywhere.click();
    await waitFor(async () => (await loadSettings()).enabled === false, 'switched off');
    control('Highlight everywhere')!.click();
    await waitFor(async () => (await loadSettings()).enabled === true, 'switched on');
  });

  test('"Open fact cards" opens the side panel for this tab and closes the popup', async () => {
    const done = vi.fn();
    mount(<Popup onDone={done} />);
    const open = await waitFor(
      () => button('Open fact cards')?.disabled === false && button('Open fact cards'),
      'the button',
    );
    open.click();
    expect(sidePanelOpen).toHaveBeenCalledWith({ tabId: TAB_ID });
    await waitFor(() => done.mock.calls.length > 0, 'the popup to close');
  });

  test('when the side panel cannot open, the popup says so and stays open', async () => {
    const done = vi.fn();
    sidePanelOpen.mockRejectedValue(new Error('sidePanel.open() may only be called in response to a user gesture.'));
    mount(<Popup onDone={done} />);
    const open = await waitFor(
      () => button('Open fact cards')?.disabled === false && button('Open fact cards'),
      'the button',
    );
    open.click();
    const alert = await waitFor(() => root.querySelector('[role="alert"]'), 'the alert');
    expect(alert.textContent).toContain('The fact cards could not open: sidePanel.open() may only be called');
    expect(done).not.toHaveBeenCalled();
  });

  test('the options link opens the options page', async () => {
    const openOptionsPage = vi.spyOn(browser.runtime, 'openOptionsPage').mockResolvedValue(undefined);
    mount(<Popup />);
    const link = await waitFor(
      () => [...root.querySelectorAll('a')].find((a) => a.textContent === 'Options'),
      'the link',
    );
    link.click();
    expect(openOptionsPage).toHaveBeenCalled();
  });
});
