// Settings in extension storage, as one stored value. Every read goes through readSettings (zod), so no part of the
// extension ever sees an unvalidated value.
import { DEFAULT_SETTINGS, readSettings, type Settings } from './settings';
import { storedValue } from './stored-value';

/** Raw, as stored: unknown until readSettings has checked it (null when nothing is stored). */
export const settingsItem = storedValue<unknown>('settings', null);
/** The last problem found reading the settings, for the options page to show. */
export const settingsProblemItem = storedValue<string | null>('settingsProblem', null);

export async function loadSettings(): Promise<Settings> {
  const { settings, problem } = readSettings(await settingsItem.getValue());
  if (problem) await reportProblem(problem);
  return settings;
}

async function reportProblem(problem: string): Promise<void> {
  console.warn(`GII Lens: ${problem}; using the defaults.`);
  await settingsProblemItem.setValue(problem);
}

export async function saveSettings(settings: Settings): Promise<void> {
  const { problem } = readSettings(settings);
  if (problem) throw new Error(`refusing to save invalid settings: ${problem}`);
  await settingsItem.setValue(settings);
  await settingsProblemItem.setValue(null);
}

export async function updateSettings(change: (s: Settings) => Settings): Promise<Settings> {
  const next = change(await loadSettings());
  await saveSettings(next);
  return next;
}

/** Calls back with valid settings whenever they change (the defaults, when the new value is broken). */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  return settingsItem.watch((raw) => {
    const { settings, problem } = readSettings(raw);
    if (problem) void reportProblem(problem);
    callback(settings ?? DEFAULT_SETTINGS);
  });
}
