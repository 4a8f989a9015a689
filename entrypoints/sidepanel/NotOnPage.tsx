// The roundtable's speakers this page does not mention, collapsed by default: what is missing is news too.
import type { DatasetIndex } from '../../src/dataset';
import type { FoundEntity } from '../../src/extension/messages';
import { readingName } from '../../src/ui/facts';

export interface NotOnPageProps {
  index: DatasetIndex;
  found: FoundEntity[];
  onShow: (id: string) => void;
}

export function NotOnPage({ index, found, onShow }: NotOnPageProps) {
  const present = new Set(found.map((e) => e.id));
  const missing = index.data.people.filter((p) => !present.has(p.id));
  if (missing.length === 0) return null;
  return (
    <details class="not-on-page">
      <summary>
        Not on this page: {missing.length} of {index.data.people.length} speakers
      </summary>
      <ul>
        {missing.map((p) => (
          <li key={p.id}>
            <button type="button" class="link" onClick={() => onShow(p.id)}>
              {readingName(p)}
            </button>
            <span class="hint">{p.title}</span>
          </li>
        ))}
      </ul>
    </details>
  );
}
