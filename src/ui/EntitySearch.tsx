// The look-up: a combobox that searches the dataset as the reader types. Arrow keys move the selection, Enter or a
// click opens the selected result (the best one unless the reader moved). The results are compact cards.
import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import type { DatasetIndex } from '../dataset';
import { search, type SearchResult } from './search';
import { KIND_LABELS } from './words';

export interface EntitySearchProps {
  index: DatasetIndex;
  onOpen: (result: SearchResult) => void;
  /** Focus the box when it appears (the popup's first job is the look-up). */
  autoFocus?: boolean;
  limit?: number;
}

export const SEARCH_LABEL = 'Look up a speaker, organization, place or figure';

export function EntitySearch({ index, onOpen, autoFocus = false, limit = 8 }: EntitySearchProps) {
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const results = useMemo(() => search(index, query, limit), [index, query, limit]);
  const open = query.trim() !== '';

  useEffect(() => {
    // The autofocus attribute alone is unreliable in extension popups, which take focus only once shown.
    if (autoFocus) input.current?.focus();
  }, [autoFocus]);

  const move = (by: number) => {
    if (results.length === 0) return;
    setSelected((i) => (i + by + results.length) % results.length);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') move(1);
    else if (e.key === 'ArrowUp') move(-1);
    else if (e.key === 'Enter') {
      const chosen = results[selected] ?? results[0];
      if (chosen) onOpen(chosen);
    } else if (e.key === 'Escape' && query) {
      // Clear first; a second Escape is left to the browser (it closes the popup).
      setQuery('');
    } else return;
    e.preventDefault();
  };

  const optionId = (i: number) => `${listId}-option-${i}`;
  return (
    <div class="entity-search">
      <label for={`${listId}-input`}>{SEARCH_LABEL}</label>
      <input
        ref={input}
        id={`${listId}-input`}
        type="text"
        autoFocus={autoFocus}
        autoComplete="off"
        spellcheck={false}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open && results.length > 0}
        aria-controls={listId}
        aria-activedescendant={open && results[selected] ? optionId(selected) : undefined}
        value={query}
        onInput={(e) => {
          setQuery(e.currentTarget.value);
          setSelected(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul id={listId} role="listbox" aria-label="Results" class="results" hidden={!open || results.length === 0}>
        {results.map((r, i) => (
          <SearchResultOption
            key={r.id}
            id={optionId(i)}
            result={r}
            selected={i === selected}
            onPick={() => onOpen(r)}
            onHover={() => setSelected(i)}
          />
        ))}
      </ul>
      {open && results.length === 0 ? (
        <p class="no-results" role="status">
          Nothing in the roundtable matches “{query.trim()}”.
        </p>
      ) : null}
    </div>
  );
}

interface SearchResultOptionProps {
  id: string;
  result: SearchResult;
  selected: boolean;
  onPick: () => void;
  onHover: () => void;
}

function SearchResultOption({ id, result, selected, onPick, onHover }: SearchResultOptionProps) {
  return (
    <li
      id={id}
      role="option"
      aria-selected={selected}
      data-entity={result.id}
      class={`result kind-${result.kind}${selected ? ' selected' : ''}`}
      onClick={onPick}
      onMouseMove={selected ? undefined : onHover}
    >
      <span class="result-name">{result.name}</span>
      <span class="result-kind">{KIND_LABELS[result.kind]}</span>
      <span class="result-subtitle">{result.subtitle}</span>
    </li>
  );
}
