// Per-tab page summaries in storage.session: each tab keeps its own, a corrupted one is never trusted, and the
// badge counts mentions only on pages that were actually highlighted.
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { storage } from 'wxt/utils/storage';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageSummary } from '../../src/extension/messages';
import {
  badgeText,
  loadTabSummary,
  panelFocusItem,
  removeTabSummary,
  saveTabSummary,
  watchTabSummary,
} from '../../src/extension/tab-state';

const SUMMARY: PageSummary = {
  url: 'https://news.example.com/gii',
  title: 'China enters the GII top 10',
  verdict: 'gii-2025',
  score: 7,
  reasons: ['The title names the GII 2025'],
  status: 'highlighted',
  counts: { person: 2, organization: 1, place: 3, figure: 1, event: 1 },
  entities: [{ id: 'liu-hua', kind: 'person', count: 2 }],
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('per-tab summaries', () => {
  test('each tab loads the summary saved for it', async () => {
    const other = { ...SUMMARY, url: 'https://other.example/', status: 'unrelated' as const };
    await saveTabSummary(1, SUMMARY);
    await saveTabSummary(2, other);
    expect(await loadTabSummary(1)).toEqual(SUMMARY);
    expect(await loadTabSummary(2)).toEqual(other);
    expect(await loadTabSummary(3)).toBeUndefined();
  });

  test('a removed summary is gone, and only that tab’s', async () => {
    await saveTabSummary(1, SUMMARY);
    await saveTabSummary(2, SUMMARY);
    await removeTabSummary(1);
    expect(await loadTabSummary(1)).toBeUndefined();
    expect(await loadTabSummary(2)).toEqual(SUMMARY);
  });

  test.each<[string, unknown]>([
    ['a string', 'summary'],
    ['a wrong type', { ...SUMMARY, score: 'high' }],
    ['an unknown status', { ...SUMMARY, status: 'painted' }],
    ['a negative count', { ...SUMMARY, counts: { ...SUMMARY.counts, place: -3 } }],
    ['an extra key', { ...SUMMARY, script: 'alert(1)' }],
  ])('a corrupted stored summary (%s) loads as undefined', async (_what, raw) => {
    await storage.setItem('session:tab-summary-4', raw);
    expect(await loadTabSummary(4)).toBeUndefined();
  });

  test('watchTabSummary reports new summaries for its tab only, and undefined for a corrupted one', async () => {
    const seen: (PageSummary | undefined)[] = [];
    const stop = watchTabSummary(5, (s) => seen.push(s));
    await saveTabSummary(6, SUMMARY);
    await saveTabSummary(5, SUMMARY);
    await storage.setItem('session:tab-summary-5', { broken: true });
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen).toEqual([SUMMARY, undefined]);
    stop();
  });

  test('the panel focus is empty until set', async () => {
    expect(await panelFocusItem.getValue()).toBeNull();
    await panelFocusItem.setValue({ tabId: 1, id: 'cnipa', at: 123 });
    expect(await panelFocusItem.getValue()).toEqual({ tabId: 1, id: 'cnipa', at: 123 });
  });
});

describe('badgeText', () => {
  test('counts every mention on a highlighted page', () => {
    expect(badgeText(SUMMARY)).toBe('8');
  });

  test.each(['unrelated', 'site-off', 'disabled', 'on-demand'] as const)('is empty on a page that is %s', (status) => {
    expect(badgeText({ ...SUMMARY, status })).toBe('');
  });

  test('is empty when a highlighted page has no mentions', () => {
    expect(badgeText({ ...SUMMARY, counts: { person: 0, organization: 0, place: 0, figure: 0, event: 0 } })).toBe('');
  });

  test('caps at 999+', () => {
    expect(badgeText({ ...SUMMARY, counts: { ...SUMMARY.counts, person: 999 } })).toBe('999+');
    expect(badgeText({ ...SUMMARY, counts: { person: 999, organization: 0, place: 0, figure: 0, event: 0 } })).toBe(
      '999',
    );
  });
});
