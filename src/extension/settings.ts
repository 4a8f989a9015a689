// The reader's settings: validated by zod every time they are read, versioned, migrated from every past version.
// A corrupted, oversized or unknown value never crashes the extension: it falls back to the defaults and the
// problem is reported (logged, and kept for the options page to show).
// zod/mini keeps the content script, which reads the settings on every page, small.
import * as z from 'zod/mini';
import { describeIssue } from './zod-issue';
import { $ZodError } from 'zod/v4/core';

export const HIGHLIGHT_KINDS = ['person', 'organization', 'place', 'figure'] as const;
export type HighlightKind = (typeof HIGHLIGHT_KINDS)[number];

export const COLOR_PRESETS = {
  default: { person: '#f6c945', organization: '#7cc4f2', place: '#8fd694', figure: '#f2a6d6', differs: '#e5484d' },
  'high-contrast': {
    person: '#ffe600',
    organization: '#00e5ff',
    place: '#00ff66',
    figure: '#ff66ff',
    differs: '#ff0000',
  },
} as const satisfies Record<string, Colors>;
export type ColorPreset = keyof typeof COLOR_PRESETS | 'custom';

export const CURRENT_VERSION = 2;

/**
 * The schemas, built on their first use: the content script evaluates this module on every page, and reads stored
 * settings (parsing them) only where the reader changed something; building them up front cost each page
 * milliseconds for nothing.
 */
function buildSchemas() {
  const hex = z.string().check(z.regex(/^#[0-9a-f]{6}$/i, 'a colour is #rrggbb'));
  /** A site is a host name ("news.example.com"); the switch covers its subdomains. */
  const site = z.string().check(z.minLength(1), z.maxLength(253), z.regex(/^[a-z0-9.-]+$/i, 'a site is a host name'));
  return {
    settings: z.strictObject({
      version: z.literal(CURRENT_VERSION),
      /** Highlighting everywhere; a site in disabledSites stays off even when this is on. */
      enabled: z.boolean(),
      disabledSites: z.array(site).check(z.maxLength(5000)),
      categories: z.strictObject({
        person: z.boolean(),
        organization: z.boolean(),
        place: z.boolean(),
        figure: z.boolean(),
      }),
      /** automatic: highlight GII pages as they load; on-demand: only when the reader asks from the popup. */
      mode: z.enum(['automatic', 'on-demand']),
      preset: z.enum(['default', 'high-contrast', 'custom']),
      colors: z.strictObject({ person: hex, organization: hex, place: hex, figure: hex, differs: hex }),
    }),
    /** Version 1, as the first content script stored it: one switch, the sites off, the kinds on. */
    settingsV1: z.object({
      version: z.literal(1),
      on: z.boolean(),
      sitesOff: z.array(z.string()),
      kinds: z.array(z.enum(HIGHLIGHT_KINDS)),
    }),
  };
}

let built: ReturnType<typeof buildSchemas> | undefined;
const schemas = () => (built ??= buildSchemas());

/** A function, not a z.lazy() wrapper, so that evaluating this module builds no zod object at all. */
export const settingsSchema = () => schemas().settings;
export type Settings = z.infer<ReturnType<typeof settingsSchema>>;
export type Colors = Settings['colors'];

export const DEFAULT_SETTINGS: Settings = {
  version: CURRENT_VERSION,
  enabled: true,
  disabledSites: [],
  categories: { person: true, organization: true, place: true, figure: true },
  mode: 'automatic',
  preset: 'default',
  colors: { ...COLOR_PRESETS.default },
};

/** Each migration takes a value of version N-1 and returns version N. */
export const MIGRATIONS: Record<number, (old: unknown) => unknown> = {
  2: (old) => {
    const v1 = schemas().settingsV1.parse(old);
    return {
      version: 2,
      enabled: v1.on,
      disabledSites: v1.sitesOff.map((s) => s.toLowerCase()).filter((s) => /^[a-z0-9.-]+$/.test(s)),
      categories: Object.fromEntries(HIGHLIGHT_KINDS.map((k) => [k, v1.kinds.includes(k)])),
      mode: 'automatic',
      preset: 'default',
      colors: { ...COLOR_PRESETS.default },
    };
  },
};

/** Settings larger than this are refused unread: no real settings come near it. */
export const MAX_SETTINGS_BYTES = 256 * 1024;

export interface SettingsRead {
  settings: Settings;
  /** Why the stored value was not used, when it was not. */
  problem?: string;
}

/** Turns whatever storage holds into valid settings: migrates old versions, falls back on anything broken. */
export function readSettings(raw: unknown): SettingsRead {
  if (raw === undefined || raw === null) return { settings: DEFAULT_SETTINGS };
  let size: number;
  try {
    size = JSON.stringify(raw).length;
  } catch {
    return { settings: DEFAULT_SETTINGS, problem: 'stored settings could not be read as JSON' };
  }
  if (size > MAX_SETTINGS_BYTES) {
    return { settings: DEFAULT_SETTINGS, problem: `stored settings are too large (${size} bytes)` };
  }
  let value: unknown = raw;
  const version = typeof raw === 'object' && 'version' in raw ? (raw as { version: unknown }).version : undefined;
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return { settings: DEFAULT_SETTINGS, problem: 'stored settings have no version' };
  }
  if (version > CURRENT_VERSION) {
    return { settings: DEFAULT_SETTINGS, problem: `stored settings are from a newer version (${version})` };
  }
  try {
    for (let v = version + 1; v <= CURRENT_VERSION; v++) value = MIGRATIONS[v]!(value);
  } catch (e) {
    return {
      settings: DEFAULT_SETTINGS,
      problem: `stored settings of version ${version} could not be migrated: ${message(e)}`,
    };
  }
  const parsed = settingsSchema().safeParse(value);
  if (!parsed.success) {
    return {
      settings: DEFAULT_SETTINGS,
      problem: `stored settings are invalid at ${describeIssue(parsed.error.issues[0]!)}`,
    };
  }
  return { settings: parsed.data };
}

function message(e: unknown): string {
  if (e instanceof $ZodError) return e.issues.map(describeIssue).join('; ');
  return e instanceof Error ? e.message : String(e);
}

// The per-site switch lives in a module without zod, so the content script can ask it before it loads any.
export { highlightingOn, siteDisabled, siteOf } from './site-switch';
