// The handshake between the content script and the protocol script: the part of the extension that reads the
// settings and checks the messages a tab receives, both with zod. zod is most of what the content script would
// otherwise weigh, and most pages never need it (an unrelated page reads no settings and receives no message), so
// the background injects the protocol script, beside the content script in the same isolated world, only when a
// page first needs it.
import type { ToContent } from './messages';
import type { Settings } from './settings';

export interface ProtocolApi {
  /** The stored settings, validated (the defaults when they are broken; the problem is kept for the options page). */
  loadSettings(): Promise<Settings>;
  /** Calls back with valid settings whenever they change; returns the function that stops watching. */
  watchSettings(callback: (settings: Settings) => void): () => void;
  /** Checks a message a tab received and hands it to `handle`; a malformed one is answered with its reason. */
  toContent(raw: unknown, handle: (message: ToContent) => Promise<unknown>): Promise<unknown>;
}

declare global {
  var __giiLensProtocol: ProtocolApi | undefined;
}
