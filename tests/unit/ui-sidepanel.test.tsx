// @vitest-environment happy-dom
// The side panel as a reader uses it: a card per entity on the page, grouped by kind, with counts that step
// through the page, figures compared in words, filters, citations to copy, and a clear word when there is nothing.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SidePanel } from '../../entrypoints/sidepanel/SidePanel';
import type { PageSummary } from '../../src/extension/messages';
import { loadSettings, saveSettings } from '../../src/extension/settings-store';
import { DEFAULT_SETTINGS } from '../../src/extension/settings';
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
  counts: { person: 4, organization: 2, place: 1, figure: 4, event: 0 },
  entities: [
    { id: 'liu-hua', kind: 'person', count: 3 },
    { id: 'marco-aleman', kind: 'person', count: 1 },
    { id: 'cnipa', kind: 'organization', count: 2 },
    { id: 'xian', kind: 'place', count: 1 },
    {
      id: 'rd-intensity-2024',
      kind: 'figure',
      count: 3,
      values: [
        { text: '2.68%', value: 2.68, agreement: 'same', count: 2 },
        { text: '2.7 per cent', value: 2.7, agreement: 'approximate', count: 1 },
      ],
    },
    {
      id: 'rd-expenditure-2024',
      kind: 'figure',
      count: 1,
      values: [{ text: '3.2 trillion yuan', value: 3.2e12, agreement: 'differs', count: 1 }],
    },
  ],
};

const EMPTY_COUNTS = { person: 0, organization: 0, place: 0, figure: 0, event: 0 };
const UNRELATED: PageSummary = {
  ...SUMMARY,
  verdict: 'unrelated',
  status: 'unrelated',
  counts: EMPTY_COUNTS,
  entities: [],
};

// ---- small helpers ---------------------------------------------------------------------------------------------

let root: HTMLElement;

function mount(node: preact.ComponentChild): HTMLElement {
  root = mountInto(node);
  return root;
}

const cards = () => [...root.querySelectorAll<HTMLElement>('.fact-card')];
const card = (id: string) => root.querySelector<HTMLElement>(`.fact-card[data-entity="${id}"]`) ?? undefined;
const cardIds = () => cards().map((c) => c.dataset.entity);
const headings = () => [...root.querySelectorAll('h2')].map((h) => h.textContent?.replace(/\s+/g, ' ').trim());

function button(text: string, within: ParentNode = root): HTMLButtonElement | undefined {
  return [...within.querySelectorAll('button')].find((b) => b.textContent?.replace(/\s+/g, ' ').trim() === text);
}

function type(input: HTMLInputElement, text: string): void {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

async function mountWithCards(): Promise<void> {
  mount(<SidePanel />);
  await waitFor(() => card('liu-hua'), 'the cards');
}

// ---- set-up ----------------------------------------------------------------------------------------------------

let answers: FakeTabs['answers'];

beforeEach(() => {
  fakeBrowser.reset();
  answers = fakeTabs({ id: TAB_ID, url: URL_ }).answers;
  answers.set(TAB_ID, (m) => (m.type === 'step' ? { index: 0, total: 3 } : SUMMARY));
});

afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

// ---- the cards -------------------------------------------------------------------------------------------------

describe('fact cards', () => {
  test('a card per entity on the page, grouped under kind headings with how many', async () => {
    await mountWithCards();
    expect(cardIds()).toEqual(['liu-hua', 'marco-aleman', 'cnipa', 'xian', 'rd-intensity-2024', 'rd-expenditure-2024']);
    expect(headings()).toEqual(['People (2)', 'Organizations (1)', 'Places (1)', 'Figures (2)']);
    expect(card('liu-hua')!.closest('section')!.querySelector('h2')!.textContent).toContain('People');
    expect(card('rd-intensity-2024')!.closest('section')!.querySelector('h2')!.textContent).toContain('Figures');
    expect(button('3 on this page', card('liu-hua'))).toBeDefined();
    expect(button('2 on this page', card('cnipa'))).toBeDefined();
  });

  test('a person card gives the printed name, role, organization, session, points and source', async () => {
    await mountWithCards();
    const liu = card('liu-hua')!;
    expect(liu.querySelector('h3')!.textContent).toBe('Liu Hua');
    expect(liu.textContent).toContain('Printed as LIU Hua');
    expect(liu.textContent).toContain('Read the message of Marco Alemán');
    expect(liu.textContent).toContain('Concluding remarks');
    expect(liu.textContent).toContain('WIPO Office in China (WOC)');
    expect(liu.textContent).toContain('Opening messages and statements');
    const quote = liu.querySelector('blockquote')!;
    expect(quote.textContent).toContain('From the source article');
    expect(quote.textContent).toContain('Ms. LIU Hua, Director of WOC, read a congratulatory message');
  });

  test('a figure card shows the roundtable value beside each page value with its agreement in words', async () => {
    await mountWithCards();
    const figure = card('rd-intensity-2024')!;
    expect(figure.querySelector('.roundtable-value')!.textContent).toContain('2.68% of GDP');
    const values = [...figure.querySelectorAll('.page-value')].map((v) => v.textContent);
    expect(values).toHaveLength(2);
    expect(values[0]).toContain('2.68%');
    expect(values[0]).toContain('agrees with the roundtable');
    expect(values[0]).toContain('2 times');
    expect(values[1]).toContain('2.7 per cent');
    expect(values[1]).toContain('agrees, rounded');
    expect(figure.classList.contains('differs')).toBe(false);
  });

  test('a value that differs is said in words and marked with a sign, not by colour alone', async () => {
    await mountWithCards();
    const figure = card('rd-expenditure-2024')!;
    const value = figure.querySelector('.page-value')!;
    expect(value.classList.contains('agreement-differs')).toBe(true);
    expect(value.textContent).toContain('≠');
    expect(value.textContent).toContain('differs from the roundtable');
    expect(figure.querySelector('.roundtable-value')!.textContent).toContain('over 3.6 trillion yuan');
    expect(figure.textContent).toContain('the page differs');
  });

  test('"N on this page" steps the page to the next mention and says which', async () => {
    await mountWithCards();
    button('3 on this page', card('liu-hua'))!.click();
    await waitFor(() => card('liu-hua')!.textContent!.includes('1 of 3'), '"1 of 3"');
    expect(browser.tabs.sendMessage).toHaveBeenCalledWith(TAB_ID, { type: 'step', direction: 1, id: 'liu-hua' });
  });

  test('a step the page cannot take says so', async () => {
    answers.set(TAB_ID, (m) => (m.type === 'step' ? { index: -1, total: 0 } : SUMMARY));
    await mountWithCards();
    button('1 on this page', card('xian'))!.click();
    await waitFor(() => card('xian')!.textContent!.includes('could not show it'), 'the failure');
  });
});

// ---- filters ---------------------------------------------------------------------------------------------------

describe('filter', () => {
  test('kind chips narrow the cards to the kinds pressed', async () => {
    await mountWithCards();
    const people = button('People 2')!;
    people.click();
    await waitFor(() => cards().length === 2, 'two cards');
    expect(cardIds()).toEqual(['liu-hua', 'marco-aleman']);
    expect(people.getAttribute('aria-pressed')).toBe('true');
    button('Figures 2')!.click();
    await waitFor(() => cards().length === 4, 'four cards');
    people.click();
    await waitFor(() => cards().length === 2, 'figures only');
    expect(cardIds()).toEqual(['rd-intensity-2024', 'rd-expenditure-2024']);
  });

  test('the text filter ignores case, diacritics and apostrophes', async () => {
    await mountWithCards();
    const box = root.querySelector<HTMLInputElement>('.filter-bar input')!;
    expect(root.querySelector(`label[for="${box.id}"]`)!.textContent).toBe('Filter cards by name');
    type(box, 'ALEMAN');
    await waitFor(() => cards().length === 1, 'one card');
    expect(cardIds()).toEqual(['marco-aleman']);
    type(box, 'xian');
    await waitFor(() => cardIds().join() === 'xian', 'Xi’an');
    type(box, 'cnipa'); // the acronym is in the subtitle
    await waitFor(() => cardIds().join() === 'cnipa', 'CNIPA');
    type(box, 'nobody at all');
    await waitFor(() => cards().length === 0, 'no card');
    button('Clear the filter')!.click();
    await waitFor(() => cards().length === 6, 'every card back');
  });
});

// ---- citations -------------------------------------------------------------------------------------------------

describe('copy citation', () => {
  test('writes Markdown with the source sentence and the date, and says "Copied"', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    await mountWithCards();
    button('Copy citation', card('liu-hua'))!.click();
    await waitFor(() => card('liu-hua')!.querySelector('.copy-feedback')!.textContent === 'Copied', '"Copied"');
    const text = writeText.mock.calls[0]![0];
    expect(text).toContain('**Liu Hua');
    expect(text).toContain('> Ms. LIU Hua, Director of WOC, read a congratulatory message');
    expect(text).toContain('19 September 2025');
  });

  test('says so when the clipboard refuses', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('Document is not focused.'));
    await mountWithCards();
    button('Copy citation', card('cnipa'))!.click();
    await waitFor(
      () => card('cnipa')!.textContent!.includes('Could not copy: Document is not focused.'),
      'the failure',
    );
  });
});

// ---- focus from the popup or a hover card ----------------------------------------------------------------------

describe('panel focus', () => {
  test('a card on the page is scrolled to and marked, and the request is used up', async () => {
    const scroll = vi.spyOn(HTMLElement.prototype, 'scrollIntoView').mockImplementation(() => undefined);
    await mountWithCards();
    await panelFocusItem.setValue({ tabId: TAB_ID, id: 'cnipa', at: Date.now() });
    await waitFor(() => card('cnipa')!.classList.contains('flash'), 'the card marked');
    expect(scroll).toHaveBeenCalled();
    expect(document.activeElement).toBe(card('cnipa'));
    await waitFor(async () => (await panelFocusItem.getValue()) === null, 'the request used up');
    expect(root.querySelector('.looked-up')).toBeNull();
  });

  test('a request made before the panel opened is honoured when it opens', async () => {
    await panelFocusItem.setValue({ tabId: TAB_ID, id: 'xian', at: Date.now() });
    mount(<SidePanel />);
    await waitFor(() => card('xian')?.classList.contains('flash'), 'the card marked');
  });

  test('an entity not on the page is shown on top under "Looked up"', async () => {
    await mountWithCards();
    await panelFocusItem.setValue({ tabId: TAB_ID, id: 'carsten-fink', at: Date.now() });
    const section = await waitFor(() => root.querySelector('.looked-up'), 'the looked-up card');
    expect(section.querySelector('h2')!.textContent).toBe('Looked up');
    expect(section.querySelector('.fact-card h3')!.textContent).toBe('Carsten Fink');
    expect(headings()[0]).toBe('Looked up');
  });

  test('a request for another tab is ignored', async () => {
    await mountWithCards();
    await panelFocusItem.setValue({ tabId: 99, id: 'carsten-fink', at: Date.now() });
    await new Promise((r) => setTimeout(r, 50));
    expect(root.querySelector('.looked-up')).toBeNull();
    expect(await panelFocusItem.getValue()).not.toBeNull();
  });
});

// ---- not on this page ------------------------------------------------------------------------------------------

test('"Not on this page" lists the speakers the page leaves out, and shows one on request', async () => {
  await mountWithCards();
  const list = root.querySelector('details.not-on-page')!;
  expect(list.querySelector('summary')!.textContent).toContain('17 of 19 speakers');
  expect(list.textContent).toContain('Carsten Fink');
  expect(list.textContent).not.toContain('Liu Hua');
  button('Carsten Fink', list)!.click();
  await waitFor(() => root.querySelector('.looked-up .fact-card[data-entity="carsten-fink"]'), 'his card');
});

// ---- pages with nothing to show --------------------------------------------------------------------------------

describe('messages', () => {
  test('an unrelated page says so and offers "Highlight anyway"', async () => {
    answers.set(TAB_ID, (m) => (m.type === 'highlight-anyway' ? SUMMARY : UNRELATED));
    mount(<SidePanel />);
    await waitFor(
      () => root.textContent!.includes('This page is not about the GII; nothing is highlighted'),
      'the notice',
    );
    expect(root.querySelector('details.not-on-page')).toBeNull();
    button('Highlight anyway')!.click();
    await waitFor(() => card('liu-hua'), 'the cards');
    expect(browser.tabs.sendMessage).toHaveBeenCalledWith(TAB_ID, { type: 'highlight-anyway' });
  });

  test('a page that cannot be scripted says why', async () => {
    answers.clear();
    mount(<SidePanel />);
    await waitFor(() => root.textContent!.includes('GII Lens cannot read this page'), 'the notice');
    expect(cards()).toHaveLength(0);
  });

  test('a site switched off says so and can be switched back on', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, disabledSites: ['news.example.com'] });
    answers.set(TAB_ID, () => ({ ...UNRELATED, verdict: 'gii-2025', status: 'site-off' }));
    mount(<SidePanel />);
    await waitFor(() => root.textContent!.includes('GII Lens is switched off on news.example.com.'), 'the notice');
    button('Switch on for this site')!.click();
    await waitFor(async () => (await loadSettings()).disabledSites.length === 0, 'the site on');
  });

  test('an unrelated page with highlighting off everywhere says so, not "Highlight anyway"', async () => {
    // The content script reports an unrelated page without reading the settings; the panel knows them.
    await saveSettings({ ...DEFAULT_SETTINGS, enabled: false });
    answers.set(TAB_ID, () => UNRELATED);
    mount(<SidePanel />);
    await waitFor(() => root.textContent!.includes('GII Lens is switched off everywhere.'), 'the notice');
    expect(button('Highlight anyway')).toBeUndefined();
    button('Switch on everywhere')!.click();
    await waitFor(() => button('Highlight anyway'), 'the unrelated page again');
  });

  test('a GII page with nothing found says so', async () => {
    answers.set(TAB_ID, () => ({ ...SUMMARY, entities: [], counts: EMPTY_COUNTS }));
    mount(<SidePanel />);
    await waitFor(
      () => root.textContent!.includes('Nothing from the roundtable was found on this page.'),
      'the notice',
    );
  });
});

// ---- following the active tab ----------------------------------------------------------------------------------

describe('following the tab', () => {
  test('switching tabs shows the other tab’s cards', async () => {
    await mountWithCards();
    answers.set(8, () => ({
      ...SUMMARY,
      url: 'https://other.example.org/',
      entities: [{ id: 'cnipa', kind: 'organization', count: 5 }],
    }));
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 8, windowId: 1 });
    await waitFor(() => cardIds().join() === 'cnipa', 'the other tab’s cards');
    expect(button('5 on this page', card('cnipa'))).toBeDefined();
  });

  test('a tab activated in another window is not followed', async () => {
    await mountWithCards();
    answers.set(8, () => UNRELATED);
    await fakeBrowser.tabs.onActivated.trigger({ tabId: 8, windowId: 2 });
    await new Promise((r) => setTimeout(r, 50));
    expect(cards()).toHaveLength(6);
  });

  test('a new summary stored for the tab updates the cards live', async () => {
    await mountWithCards();
    await saveTabSummary(TAB_ID, { ...SUMMARY, entities: [{ id: 'xian', kind: 'place', count: 2 }] });
    await waitFor(() => cardIds().join() === 'xian', 'the new cards');
  });

  test('a page that finished loading again is asked again', async () => {
    await mountWithCards();
    answers.set(TAB_ID, () => ({ ...SUMMARY, entities: [{ id: 'marco-aleman', kind: 'person', count: 1 }] }));
    await fakeBrowser.tabs.onUpdated.trigger(TAB_ID, { status: 'complete' }, { id: TAB_ID, url: URL_ } as Parameters<
      typeof fakeBrowser.tabs.onUpdated.trigger
    >[2]);
    await waitFor(() => cardIds().join() === 'marco-aleman', 'the new cards');
  });

  test('a stored summary of the page the tab showed before is not passed off as this one', async () => {
    answers.clear();
    await saveTabSummary(TAB_ID, { ...SUMMARY, url: 'https://news.example.com/an-older-page' });
    mount(<SidePanel />);
    await waitFor(() => root.textContent!.includes('GII Lens cannot read this page'), 'the notice');
    expect(cards()).toHaveLength(0);
  });
});
