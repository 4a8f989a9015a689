// Highlight colours: a preset, or custom colours per kind and for figures that differ from the roundtable.
// Picking any colour switches the preset to "custom", so the preset shown always tells the truth.
import { COLOR_PRESETS, type ColorPreset, type Colors } from '../../src/extension/settings';

const PRESETS: { value: ColorPreset; label: string }[] = [
  { value: 'default', label: 'Default' },
  { value: 'high-contrast', label: 'High contrast' },
  { value: 'custom', label: 'Custom' },
];

const COLOR_LABELS: Record<keyof Colors, { label: string; sample: string }> = {
  person: { label: 'People colour', sample: 'Liu Hua' },
  organization: { label: 'Organizations colour', sample: 'CNIPA' },
  place: { label: 'Places colour', sample: 'Shenzhen' },
  figure: { label: 'Figures colour', sample: '2.68%' },
  differs: { label: 'Colour of figures that differ', sample: '2.86%' },
};

export interface ColorOptionsProps {
  preset: ColorPreset;
  colors: Colors;
  onPreset: (preset: ColorPreset) => void;
  onColor: (kind: keyof Colors, color: string) => void;
}

export function ColorOptions({ preset, colors, onPreset, onColor }: ColorOptionsProps) {
  return (
    <fieldset class="colors">
      <legend>Colours</legend>
      <div class="presets" role="radiogroup" aria-label="Colour preset">
        {PRESETS.map((p) => (
          <label key={p.value} class="check">
            <input
              type="radio"
              name="preset"
              value={p.value}
              checked={preset === p.value}
              onChange={() => onPreset(p.value)}
            />
            {p.label}
          </label>
        ))}
      </div>
      <div class="color-rows">
        {(Object.keys(COLOR_LABELS) as (keyof Colors)[]).map((kind) => (
          <label key={kind} class="color-row">
            <input
              type="color"
              value={colors[kind]}
              onChange={(e) => onColor(kind, e.currentTarget.value.toLowerCase())}
            />
            <span class="color-label">{COLOR_LABELS[kind].label}</span>
            <span
              class={`sample${kind === 'differs' ? ' sample-differs' : ''}`}
              style={{ backgroundColor: colors[kind] }}
              aria-hidden="true"
            >
              {COLOR_LABELS[kind].sample}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/** The colours a preset stands for; "custom" keeps the current ones. */
export function presetColors(preset: ColorPreset, current: Colors): Colors {
  return preset === 'custom' ? current : { ...COLOR_PRESETS[preset] };
}
