// An on/off switch: a real checkbox (keyboard, forms and screen readers know it) announced as a switch.
import { useId } from 'preact/hooks';

export interface SwitchProps {
  label: string;
  checked: boolean;
  disabled?: boolean;
  /** One line under the label: what the switch covers ("news.example.com"). */
  hint?: string;
  onChange: (checked: boolean) => void;
}

export function Switch({ label, checked, disabled = false, hint, onChange }: SwitchProps) {
  const id = useId();
  return (
    <div class="switch">
      <input
        id={id}
        type="checkbox"
        role="switch"
        checked={checked}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.currentTarget.checked)}
      />
      <label for={id}>{label}</label>
      {hint ? (
        <span id={`${id}-hint`} class="hint">
          {hint}
        </span>
      ) : null}
    </div>
  );
}
