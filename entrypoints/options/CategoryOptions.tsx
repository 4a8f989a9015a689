// Which kinds of mention are highlighted.
import { HIGHLIGHT_KINDS, type Settings } from '../../src/extension/settings';
import { KIND_HEADINGS } from '../../src/ui/words';

export interface CategoryOptionsProps {
  categories: Settings['categories'];
  onChange: (kind: (typeof HIGHLIGHT_KINDS)[number], on: boolean) => void;
}

export function CategoryOptions({ categories, onChange }: CategoryOptionsProps) {
  return (
    <fieldset class="categories">
      <legend>Highlight these kinds</legend>
      {HIGHLIGHT_KINDS.map((kind) => (
        <label key={kind} class="check">
          <input type="checkbox" checked={categories[kind]} onChange={(e) => onChange(kind, e.currentTarget.checked)} />
          {KIND_HEADINGS[kind]}
        </label>
      ))}
    </fieldset>
  );
}
