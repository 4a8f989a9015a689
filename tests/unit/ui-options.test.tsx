// @vitest-environment happy-dom
// The options page as a reader uses it: every change is saved at once as valid settings, colours follow presets,
// sites are checked before they are added, and a problem with the stored settings is shown until dismissed.
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { Options } from '../../entrypoints/options/Options';
import { COLOR_PRESETS, DEFAULT_SETTINGS, readSettings, type Settings } from '../../src/extension/settings';
import { saveSettings, settingsItem, settingsProblemItem } from '../../src/extension/settings-store';
import { mountInto, waitFor } from '../support/preact-render';

// ---- small helpers ---------------------------------------------------------------------------------------------

let root: HTMLElement;

function mount(node: preact.ComponentChild): HTMLElement {
  root = mountInto(node);
  return root;
}

/** The control a label names: by its for attribute, or the control inside it. */
function control(label: string): HTMLInputElement | undefined {
  const found = [...root.querySelectorAll('label')].find((l) =>
    l.textContent?.replace(/\s+/g, ' ').trim().startsWith(label),
  );
  if (!found) return undefined;
  if (found.htmlFor) return (document.getElementById(found.htmlFor) as HTMLInputElement | null) ?? undefined;
  return found.querySelector('input') ?? undefined;
}

function button(text: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === text);
}

function type(input: HTMLInputElement, text: string): void {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

function pick(input: HTMLInputElement, value: string): void {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

/** What storage holds, read the way every part of the extension reads it: it must be valid, with no problem. */
async function stored(): Promise<Settings> {
  const { settings, problem } = readSettings(await settingsItem.getValue());
  expect(problem).toBeUndefined();
  return settings;
}

const saved = () => waitFor(() => root.querySelector('.save-status')?.textContent === 'Saved', '"Saved"');
const ready = () => waitFor(() => control('People'), 'the form');

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  render(null, root);
  root.remove();
  vi.restoreAllMocks();
});

// ---- categories, mode, switch ----------------------------------------------------------------------------------

describe('saving', () => {
  test('turning a category off saves valid settings with that category off, and says "Saved"', async () => {
    mount(<Options />);
    const people = await ready();
    expect(people.checked).toBe(true);
    people.click();
    await saved();
    const settings = await stored();
    expect(settings.categories).toEqual({ person: false, organization: true, place: true, figure: true });
    expect(control('People')!.checked).toBe(false);
  });

  test('quick changes in a row are all kept', async () => {
    mount(<Options />);
    await ready();
    control('People')!.click();
    control('Places')!.click();
    control('Figures')!.click();
    await waitFor(async () => (await stored()).categories.figure === false, 'the last change');
    expect((await stored()).categories).toEqual({ person: false, organization: true, place: false, figure: false });
  });

  test('the mode switches to on demand', async () => {
    mount(<Options />);
    await ready();
    control('On demand')!.click();
    await saved();
    expect((await stored()).mode).toBe('on-demand');
  });

  test('"Highlight everywhere" switches highlighting off', async () => {
    mount(<Options />);
    await ready();
    control('Highlight everywhere')!.click();
    await saved();
    expect((await stored()).enabled).toBe(false);
  });

  test('shows the settings already stored', async () => {
    await saveSettings({
      ...DEFAULT_SETTINGS,
      mode: 'on-demand',
      categories: { ...DEFAULT_SETTINGS.categories, place: false },
    });
    mount(<Options />);
    await waitFor(() => control('On demand')?.checked, 'on demand checked');
    expect(control('Places')!.checked).toBe(false);
    expect(control('People')!.checked).toBe(true);
  });
});

// ---- colours ---------------------------------------------------------------------------------------------------

describe('colours', () => {
  test('picking a preset stores its colours', async () => {
    mount(<Options />);
    await ready();
    control('High contrast')!.click();
    await saved();
    const settings = await stored();
    expect(settings.preset).toBe('high-contrast');
    expect(settings.colors).toEqual(COLOR_PRESETS['high-contrast']);
  });

  test('picking a colour switches the preset to custom', async () => {
    mount(<Options />);
    await ready();
    pick(control('People colour')!, '#123abc');
    await saved();
    const settings = await stored();
    expect(settings.preset).toBe('custom');
    expect(settings.colors.person).toBe('#123abc');
    expect(settings.colors.place).toBe(COLOR_PRESETS.default.place);
    await waitFor(() => control('Custom')?.checked, 'custom checked');
  });
});

// ---- sites -----------------------------------------------------------------------------------------------------

describe('sites switched off', () => {
  const siteBox = () => control('Add a site')!;

  test('a host name or an address is added as its host', async () => {
    mount(<Options />);
    await ready();
    type(siteBox(), 'https://News.Example.com/world/gii?x=1');
    button('Add')!.click();
    await waitFor(() => button('Remove'), 'the site listed');
    expect((await stored()).disabledSites).toEqual(['news.example.com']);
    expect(root.textContent).toContain('news.example.com');
  });

  test('something that is not a site is refused with a reason, and nothing is saved', async () => {
    mount(<Options />);
    await ready();
    for (const [bad, reason] of [
      ['not a site', '"not a site" is not a site name.'],
      ['bad_host!.com', '"bad_host!.com" is not a site name.'],
      ['-dash.example.com', '"-dash.example.com" is not a site name.'],
      ['  ', 'Type a site'],
    ] as const) {
      type(siteBox(), bad);
      button('Add')!.click();
      const error = await waitFor(
        () =>
          root.querySelector('.add-site .error')?.textContent?.includes(reason) &&
          root.querySelector('.add-site .error'),
        `the error for "${bad}"`,
      );
      expect(error.getAttribute('role')).toBe('alert');
      expect(siteBox().getAttribute('aria-invalid')).toBe('true');
    }
    expect(await settingsItem.getValue()).toBeNull();
  });

  test('a site already off is not added twice', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, disabledSites: ['example.com'] });
    mount(<Options />);
    await waitFor(() => button('Remove'), 'the list');
    type(siteBox(), 'news.example.com');
    button('Add')!.click();
    await waitFor(() => root.textContent?.includes('news.example.com is already switched off.'), 'the refusal');
    expect((await stored()).disabledSites).toEqual(['example.com']);
  });

  test('Remove takes a site off the list', async () => {
    await saveSettings({ ...DEFAULT_SETTINGS, disabledSites: ['a.example', 'b.example'] });
    mount(<Options />);
    const remove = await waitFor(
      () => root.querySelector<HTMLButtonElement>('button[aria-label="Remove a.example"]'),
      'the button',
    );
    remove.click();
    await waitFor(async () => (await stored()).disabledSites.join() === 'b.example', 'a.example removed');
  });
});

// ---- a problem with the stored settings -------------------------------------------------------------------------

describe('problem notice', () => {
  test('corrupted stored settings are reported in a notice, and Dismiss clears it', async () => {
    await settingsItem.setValue({ version: 2, enabled: 'yes' });
    mount(<Options />);
    const notice = await waitFor(() => root.querySelector('.notice.problem'), 'the notice');
    expect(notice.textContent).toContain('Your stored settings could not be read (');
    expect(notice.textContent).toContain('enabled');
    expect(notice.textContent).toContain('the defaults are in use.');
    // The form shows the defaults meanwhile.
    expect(control('People')!.checked).toBe(true);
    button('Dismiss')!.click();
    await waitFor(() => !root.querySelector('.notice.problem'), 'the notice gone');
    expect(await settingsProblemItem.getValue()).toBeNull();
  });

  test('no notice when the settings are fine', async () => {
    await saveSettings(DEFAULT_SETTINGS);
    mount(<Options />);
    await ready();
    await new Promise((r) => setTimeout(r, 30));
    expect(root.querySelector('.notice.problem')).toBeNull();
  });
});
