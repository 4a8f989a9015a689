// The sentences a card's facts come from, verbatim, marked as quotations from the source article.
export function SourceQuotes({ sources, shown = 2 }: { sources: string[]; shown?: number }) {
  if (sources.length === 0) return null;
  const quote = (s: string, i: number) => (
    <blockquote key={i} class="source">
      <span class="source-label">From the source article</span>
      {s}
    </blockquote>
  );
  const rest = sources.slice(shown);
  return (
    <div class="sources">
      {sources.slice(0, shown).map(quote)}
      {rest.length > 0 ? (
        <details>
          <summary>
            {rest.length} more source {rest.length === 1 ? 'sentence' : 'sentences'}
          </summary>
          {rest.map(quote)}
        </details>
      ) : null}
    </div>
  );
}
