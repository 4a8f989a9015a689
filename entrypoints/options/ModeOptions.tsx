// Automatic (GII pages are highlighted as they load) or on demand (only when the reader asks from the popup).
import type { Settings } from '../../src/extension/settings';

const MODES: { value: Settings['mode']; label: string; hint: string }[] = [
  { value: 'automatic', label: 'Automatic', hint: 'Pages about the GII are highlighted as they load.' },
  { value: 'on-demand', label: 'On demand', hint: 'Nothing is highlighted until you ask from the popup.' },
];

export function ModeOptions({
  mode,
  onChange,
}: {
  mode: Settings['mode'];
  onChange: (mode: Settings['mode']) => void;
}) {
  return (
    <fieldset class="mode">
      <legend>When to highlight</legend>
      {MODES.map((m) => (
        <label key={m.value} class="check">
          <input
            type="radio"
            name="mode"
            value={m.value}
            checked={mode === m.value}
            onChange={() => onChange(m.value)}
          />
          <span>
            {m.label}
            <span class="hint">{m.hint}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
