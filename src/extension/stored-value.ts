// One value in the extension's local storage: read, written and watched as is. The settings are read through this
// on every page the content script runs in, so it is what they need and no more. WXT's storage item, used before,
// reads its value from storage once as it is defined (an extra round trip to the browser per item, per page, even
// when nothing asks for the value) and brings a lock library along; the settings carry and migrate their own version.
import { browser } from 'wxt/browser';

export interface StoredValue<T> {
  /** The stored value, or the fallback when nothing is stored. */
  getValue(): Promise<T>;
  /** Stores `value`; null or undefined removes the key. */
  setValue(value: T): Promise<void>;
  /** Calls back with each new value (the fallback once removed); returns how to stop. */
  watch(callback: (value: T) => void): () => void;
}

export function storedValue<T>(key: string, fallback: T): StoredValue<T> {
  const area = () => browser.storage.local;
  return {
    async getValue() {
      const stored: Record<string, unknown> = await area().get(key);
      return key in stored && stored[key] != null ? (stored[key] as T) : fallback;
    },
    async setValue(value) {
      if (value == null) await area().remove(key);
      else await area().set({ [key]: value });
    },
    watch(callback) {
      const listener = (changes: Record<string, { newValue?: unknown }>, areaName: string) => {
        const change = changes[key];
        if (areaName !== 'local' || !change) return;
        callback(change.newValue != null ? (change.newValue as T) : fallback);
      };
      browser.storage.onChanged.addListener(listener);
      return () => browser.storage.onChanged.removeListener(listener);
    },
  };
}
