// The one stored value the settings live in: what is stored comes back, nothing stored gives the fallback, a null
// removes the key, and a watcher hears about its own key in local storage only, until it stops.
import { beforeEach, expect, test, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storedValue } from '../../src/extension/stored-value';

beforeEach(() => fakeBrowser.reset());

test('gives the fallback until a value is stored, and the value after', async () => {
  const item = storedValue<{ on: boolean } | null>('prefs', null);
  expect(await item.getValue()).toBeNull();
  await item.setValue({ on: true });
  expect(await item.getValue()).toEqual({ on: true });
  expect(await browser.storage.local.get('prefs')).toEqual({ prefs: { on: true } });
});

test('storing null removes the key', async () => {
  const item = storedValue<string | null>('problem', null);
  await item.setValue('broken');
  await item.setValue(null);
  expect(await browser.storage.local.get(null)).toEqual({});
  expect(await item.getValue()).toBeNull();
});

test('a watcher hears its own key in local storage, the fallback on removal, and nothing once stopped', async () => {
  const item = storedValue<string>('mode', 'automatic');
  const heard = vi.fn();
  const stop = item.watch(heard);
  await item.setValue('on-demand');
  await browser.storage.local.set({ other: 'x' });
  await browser.storage.session.set({ mode: 'session value' });
  await browser.storage.local.remove('mode');
  expect(heard.mock.calls).toEqual([['on-demand'], ['automatic']]);
  stop();
  await item.setValue('on-demand');
  expect(heard).toHaveBeenCalledTimes(2);
});
