// The per-site switch. Switching a site off adds its host; switching it on removes every entry that covers it
// (the host itself and any parent domain), because a parent entry would keep it off otherwise.
import { siteDisabled, siteOf, type Settings } from '../extension/settings';

export function covers(entry: string, host: string): boolean {
  return host === entry || host.endsWith(`.${entry}`);
}

export function withSite(settings: Settings, host: string, on: boolean): Settings {
  if (!host) return settings;
  if (on) return { ...settings, disabledSites: settings.disabledSites.filter((entry) => !covers(entry, host)) };
  if (siteDisabled(settings, host)) return settings;
  return { ...settings, disabledSites: [...settings.disabledSites, host] };
}

/** The host the per-site switch applies to: web pages only ("chrome://extensions" has a "host" too, but no site). */
export function switchableHost(url: string | undefined): string {
  return url && /^https?:/i.test(url) ? siteOf(url) : '';
}
