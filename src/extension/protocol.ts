// What the protocol script leaves for the content script (see protocol-api.ts).
import { toContentSchema, validatingListener } from './messages';
import type { ProtocolApi } from './protocol-api';
import { loadSettings, watchSettings } from './settings-store';

export const protocol: ProtocolApi = {
  loadSettings,
  watchSettings,
  toContent: (raw, handle) =>
    validatingListener(toContentSchema, 'content script', handle)(raw, undefined) ?? Promise.resolve(undefined),
};

/** Leaves the protocol for the content script of this world; a second injection keeps the first. */
export function installProtocol(): void {
  globalThis.__giiLensProtocol ??= protocol;
}
