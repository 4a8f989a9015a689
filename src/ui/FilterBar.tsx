// The side panel's filter: a chip per kind (pressed chips narrow the cards to those kinds) and a text box.
import { useId } from 'preact/hooks';
import type { MentionKind } from '../core/types';
import { toggleKind, type CardFilter } from './card-filter';
import { KIND_HEADINGS } from './words';

export interface FilterBarProps {
  filter: CardFilter;
  /** The kinds that have cards, each with how many. */
  available: { kind: MentionKind; count: number }[];
  onChange: (filter: CardFilter) => void;
}

export function FilterBar({ filter, available, onChange }: FilterBarProps) {
  const id = useId();
  return (
    <div class="filter-bar" role="search" aria-label="Filter the cards">
      <div class="chips" role="group" aria-label="Show only these kinds">
        {available.map(({ kind, count }) => (
          <button
            key={kind}
            type="button"
            class={`chip kind-${kind}`}
            aria-pressed={filter.kinds.has(kind)}
            onClick={() => onChange(toggleKind(filter, kind))}
          >
            {KIND_HEADINGS[kind]} <span class="chip-count">{count}</span>
          </button>
        ))}
      </div>
      <label for={id} class="visually-hidden">
        Filter cards by name
      </label>
      <input
        id={id}
        type="search"
        placeholder="Filter by name"
        autoComplete="off"
        value={filter.text}
        onInput={(e) => onChange({ ...filter, text: e.currentTarget.value })}
      />
    </div>
  );
}
