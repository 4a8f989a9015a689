// The per-site switch: which pages highlighting covers. Kept apart from settings.ts (zod) because the content script,
// which runs on every page, asks it and must not carry zod.
import type { Settings } from './settings';

/** The host a URL belongs to, for the per-site switch ("" for pages without one). */
export function siteOf(url: string | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

/** True when the reader switched highlighting off for this host or a parent domain of it. */
export function siteDisabled(settings: Settings, host: string): boolean {
  return settings.disabledSites.some((s) => host === s || host.endsWith(`.${s}`));
}

export function highlightingOn(settings: Settings, url: string | undefined): boolean {
  return settings.enabled && !siteDisabled(settings, siteOf(url));
}
