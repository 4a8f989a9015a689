// Reads a site the reader types on the options page: a host name or a whole address ("https://news.example.com/a"
// becomes "news.example.com"). Only what the settings schema accepts gets through, so a save never fails on it.

export type HostInput = { ok: true; host: string } | { ok: false; reason: string };

const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

export function parseHostInput(input: string): HostInput {
  const text = input.trim();
  if (!text) return { ok: false, reason: 'Type a site, for example news.example.com.' };
  let host: string;
  try {
    // URL does the hard parts: ports, paths, user names, and international names (to their xn-- form).
    host = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(text) ? text : `http://${text}`).hostname.toLowerCase();
  } catch {
    return { ok: false, reason: `"${text}" is not a site name.` };
  }
  host = host.replace(/\.$/, '');
  if (!host || host.length > 253 || !host.split('.').every((label) => LABEL.test(label))) {
    return { ok: false, reason: `"${text}" is not a site name.` };
  }
  return { ok: true, host };
}
