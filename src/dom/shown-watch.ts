// What the reader can see changes without any text changing: a menu opens when a class goes, a "read more" when
// `hidden` or an inline `display: none` does, a <details> when it gets `open`, a wrapper turns dark. Painted text
// the page hides is already painted; what follows such a change is only what the popup, the badge and the side
// panel count, and the tint's strength. Only the attributes that show, hide and restyle are watched, and the answer
// comes batched, so a page that animates its styles costs one look every few seconds, never one per change.
import { isOurs, type Schedule } from './watch';

/** What shows and hides, and the theme attributes sites set on a wrapper (DaisyUI's, Bootstrap's). */
export const SHOW_HIDE_ATTRIBUTES = ['class', 'style', 'hidden', 'open', 'data-theme', 'data-bs-theme'];

export interface ShownWatch {
  stop(): void;
}

/**
 * Calls `onChange`, batched by `schedule`, after the page changed what shows and hides; `onDirty`, if given, at once
 * (in the observer's own callback), for answers kept about what is shown to be dropped before anyone asks again.
 */
export function watchShownChanges(
  root: Node,
  onChange: () => void,
  schedule: Schedule,
  onDirty?: () => void,
): ShownWatch {
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (!isOurs(record.target)) {
        onDirty?.();
        schedule(onChange);
        return;
      }
    }
  });
  observer.observe(root, { attributes: true, subtree: true, attributeFilter: SHOW_HIDE_ATTRIBUTES });
  return { stop: () => observer.disconnect() };
}
