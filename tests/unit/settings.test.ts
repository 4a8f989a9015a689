// Settings read from storage: whatever is stored, the extension gets valid settings — the reader's own when they
// are readable (migrated from any past version), the defaults with a named problem when they are not.
import fc from 'fast-check';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  COLOR_PRESETS,
  CURRENT_VERSION,
  DEFAULT_SETTINGS,
  MAX_SETTINGS_BYTES,
  MIGRATIONS,
  readSettings,
  settingsSchema,
  type Settings,
} from '../../src/extension/settings';
import {
  loadSettings,
  saveSettings,
  settingsItem,
  settingsProblemItem,
  updateSettings,
  watchSettings,
} from '../../src/extension/settings-store';

const CUSTOM: Settings = {
  ...DEFAULT_SETTINGS,
  enabled: false,
  disabledSites: ['news.example.com', 'example.org'],
  categories: { person: true, organization: false, place: true, figure: false },
  mode: 'on-demand',
  preset: 'custom',
  colors: { ...COLOR_PRESETS.default, person: '#123abc' },
};

describe('readSettings', () => {
  test.each([undefined, null])('nothing stored (%s) gives the defaults, with no problem', (raw) => {
    expect(readSettings(raw)).toEqual({ settings: DEFAULT_SETTINGS });
  });

  test('valid current settings are used as they are', () => {
    expect(readSettings(structuredClone(CUSTOM))).toEqual({ settings: CUSTOM });
  });

  // Each corruption names where it went wrong, so the options page can tell the reader.
  test.each<[string, unknown, string]>([
    ['a string', 'settings', 'version'],
    ['a number', 42, 'version'],
    ['an array', [DEFAULT_SETTINGS], 'version'],
    ['a boolean', true, 'version'],
    ['a version that is not a number', { ...DEFAULT_SETTINGS, version: '2' }, 'version'],
    ['a wrong type', { ...DEFAULT_SETTINGS, enabled: 'yes' }, 'enabled'],
    [
      'a wrong nested type',
      { ...DEFAULT_SETTINGS, categories: { ...DEFAULT_SETTINGS.categories, place: 1 } },
      'categories.place',
    ],
    ['a missing field', { ...DEFAULT_SETTINGS, mode: undefined }, 'mode'],
    ['an unknown mode', { ...DEFAULT_SETTINGS, mode: 'sometimes' }, 'mode'],
    ['an unknown key', { ...DEFAULT_SETTINGS, theme: 'dark' }, 'invalid'],
    ['a bad colour', { ...DEFAULT_SETTINGS, colors: { ...DEFAULT_SETTINGS.colors, figure: 'pink' } }, 'colors.figure'],
    [
      'a short colour',
      { ...DEFAULT_SETTINGS, colors: { ...DEFAULT_SETTINGS.colors, differs: '#f00' } },
      'colors.differs',
    ],
    ['a bad host', { ...DEFAULT_SETTINGS, disabledSites: ['ok.example', 'not a host!'] }, 'disabledSites.1'],
    ['an empty host', { ...DEFAULT_SETTINGS, disabledSites: [''] }, 'disabledSites.0'],
  ])('%s gives the defaults and a problem naming %s', (_what, raw, field) => {
    const read = readSettings(raw);
    expect(read.settings).toEqual(DEFAULT_SETTINGS);
    expect(read.problem).toContain(field);
  });

  test('an unknown key is named in the problem', () => {
    expect(readSettings({ ...DEFAULT_SETTINGS, theme: 'dark' }).problem).toContain('theme');
  });

  test('oversized settings are refused unread', () => {
    const sites = Array.from({ length: 5000 }, (_, i) => `site-number-${i}-with-a-long-name-to-fill-space.example.com`);
    const raw = { ...DEFAULT_SETTINGS, disabledSites: sites };
    expect(JSON.stringify(raw).length).toBeGreaterThan(MAX_SETTINGS_BYTES);
    const read = readSettings(raw);
    expect(read.settings).toEqual(DEFAULT_SETTINGS);
    expect(read.problem).toMatch(/too large/);
  });

  test('settings that cannot be serialised are refused', () => {
    const raw: Record<string, unknown> = { ...DEFAULT_SETTINGS };
    raw.self = raw;
    const read = readSettings(raw);
    expect(read.settings).toEqual(DEFAULT_SETTINGS);
    expect(read.problem).toMatch(/JSON/);
  });

  test('settings from a newer version are not guessed at', () => {
    const read = readSettings({ ...CUSTOM, version: CURRENT_VERSION + 1 });
    expect(read.settings).toEqual(DEFAULT_SETTINGS);
    expect(read.problem).toContain(`newer version (${CURRENT_VERSION + 1})`);
  });
});

// One stored value per past version, as that version wrote it, with what the reader must get back today.
// Adding a version without adding its fixture here fails the test below.
const PAST_VERSIONS: Record<number, { stored: unknown; expected: Settings }> = {
  1: {
    stored: {
      version: 1,
      on: false,
      sitesOff: ['News.Example.com', 'example.org', 'not a host!'],
      kinds: ['person', 'figure'],
    },
    expected: {
      version: CURRENT_VERSION,
      enabled: false,
      disabledSites: ['news.example.com', 'example.org'],
      categories: { person: true, organization: false, place: false, figure: true },
      mode: 'automatic',
      preset: 'default',
      colors: { ...COLOR_PRESETS.default },
    },
  },
};

describe('migrations', () => {
  test('every past version has a fixture and a migration', () => {
    for (let v = 1; v < CURRENT_VERSION; v++) {
      expect(PAST_VERSIONS[v], `a fixture for version ${v}`).toBeDefined();
      expect(MIGRATIONS[v + 1], `a migration to version ${v + 1}`).toBeTypeOf('function');
    }
  });

  test.each(Object.keys(PAST_VERSIONS).map(Number))(
    'version %i migrates to the current version, keeping the choices',
    (v) => {
      const { stored, expected } = PAST_VERSIONS[v]!;
      const read = readSettings(structuredClone(stored));
      expect(read.problem).toBeUndefined();
      expect(read.settings).toEqual(expected);
      expect(settingsSchema().safeParse(read.settings).success).toBe(true);
    },
  );

  test('version 1 with everything on migrates to everything on', () => {
    const read = readSettings({
      version: 1,
      on: true,
      sitesOff: [],
      kinds: ['person', 'organization', 'place', 'figure'],
    });
    expect(read).toEqual({ settings: { ...DEFAULT_SETTINGS } });
  });

  test.each<[string, unknown]>([
    ['a wrong type', { version: 1, on: 'yes', sitesOff: [], kinds: [] }],
    ['a missing field', { version: 1, on: true, kinds: [] }],
    ['an unknown kind', { version: 1, on: true, sitesOff: [], kinds: ['planet'] }],
  ])('a broken version 1 (%s) gives the defaults and a problem', (_what, raw) => {
    const read = readSettings(raw);
    expect(read.settings).toEqual(DEFAULT_SETTINGS);
    expect(read.problem).toContain('version 1 could not be migrated');
  });
});

test('whatever is stored, readSettings never throws and always gives valid settings', () => {
  fc.assert(
    fc.property(
      fc.oneof(
        fc.jsonValue(),
        fc.anything(),
        fc.record({ version: fc.integer({ min: -2, max: 5 }), on: fc.anything() }),
      ),
      (raw) => {
        const read = readSettings(raw);
        expect(settingsSchema().safeParse(read.settings).success).toBe(true);
        if (read.problem !== undefined) expect(read.problem.length).toBeGreaterThan(0);
        else if (raw !== undefined && raw !== null) expect((raw as { version?: unknown }).version).toBeTypeOf('number');
      },
    ),
    { seed: 20250919, numRuns: 500 },
  );
});

// ---- the store, with WXT's fake browser -------------------------------------------------------------------------

describe('settings store', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  test('saved settings load back the same', async () => {
    await saveSettings(CUSTOM);
    expect(await loadSettings()).toEqual(CUSTOM);
    expect(await settingsProblemItem.getValue()).toBeNull();
  });

  test('a corrupted stored value loads as the defaults and leaves the problem for the options page', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await settingsItem.setValue({ ...CUSTOM, colors: { ...CUSTOM.colors, place: 'green' } });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    expect(await settingsProblemItem.getValue()).toContain('colors.place');
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });

  test('saving valid settings clears an old problem', async () => {
    await settingsProblemItem.setValue('stored settings have no version');
    await saveSettings(DEFAULT_SETTINGS);
    expect(await settingsProblemItem.getValue()).toBeNull();
  });

  test('invalid settings are refused, and what was stored stays', async () => {
    await saveSettings(CUSTOM);
    await expect(saveSettings({ ...CUSTOM, disabledSites: ['bad host'] })).rejects.toThrow(/disabledSites/);
    expect(await loadSettings()).toEqual(CUSTOM);
  });

  test('updateSettings applies a change to what is stored', async () => {
    await saveSettings(CUSTOM);
    const next = await updateSettings((s) => ({ ...s, enabled: true }));
    expect(next).toEqual({ ...CUSTOM, enabled: true });
    expect(await loadSettings()).toEqual({ ...CUSTOM, enabled: true });
  });

  test('watchSettings calls back with valid settings on every change, the defaults for a broken one', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const seen: Settings[] = [];
    const stop = watchSettings((s) => seen.push(s));
    await saveSettings(CUSTOM);
    await settingsItem.setValue('garbage');
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[0]).toEqual(CUSTOM);
    expect(seen[1]).toEqual(DEFAULT_SETTINGS);
    await vi.waitFor(async () => expect(await settingsProblemItem.getValue()).toContain('version'));
    stop();
    await saveSettings(DEFAULT_SETTINGS);
    expect(seen).toHaveLength(2);
    warn.mockRestore();
  });
});
