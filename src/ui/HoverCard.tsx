// The hover card: who or what a mention is, from the dataset. Rendered by Preact inside a shadow root, so the
// page's CSS cannot reach it. Text only — every string is rendered as text, never parsed as HTML.
import type { Agreement, MentionKind } from '../core/types';
import { AGREEMENT_WORDS, type EntityFacts } from './facts';
import { DetailList, FigureItems } from './FactLists';

export interface HoverCardProps {
  facts: EntityFacts;
  /** The mention as it reads on the page. */
  pageText: string;
  kind: MentionKind;
  agreement?: Agreement;
  /** The page's value in words, for figures. */
  pageValue?: string;
  onOpenPanel: () => void;
  onClose: () => void;
}

const KIND_LABEL: Record<MentionKind, string> = {
  person: 'Roundtable speaker',
  organization: 'Organization',
  place: 'Place',
  figure: 'Figure',
  event: 'Event',
};

export function HoverCard(props: HoverCardProps) {
  const { facts, kind } = props;
  const source = facts.sources[0];
  return (
    <div
      class={`card card-${kind}${props.agreement === 'differs' ? ' card-differs' : ''}`}
      role="dialog"
      aria-label={`${KIND_LABEL[kind]}: ${facts.name}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape') props.onClose();
      }}
    >
      <header>
        <span class="kind">{KIND_LABEL[kind]}</span>
        <button type="button" class="close" aria-label="Close" onClick={props.onClose}>
          ×
        </button>
      </header>
      <h2 class="name">{facts.name}</h2>
      {facts.printedName ? <p class="printed">Printed as {facts.printedName}</p> : null}
      <p class="subtitle">{facts.subtitle}</p>
      {kind === 'figure' ? <FigureComparison {...props} /> : null}
      {kind !== 'figure' && facts.details.length > 0 ? <DetailList details={facts.details.slice(0, 6)} /> : null}
      {facts.points.length > 0 ? (
        <ul class="points" aria-label="Points made">
          {facts.points.slice(0, 3).map((p, i) => (
            <li key={i}>{p.text}</li>
          ))}
        </ul>
      ) : null}
      {kind !== 'figure' && facts.figures.length > 0 ? (
        <ul class="figures" aria-label="Figures cited">
          <FigureItems figures={facts.figures.slice(0, 4)} />
        </ul>
      ) : null}
      {source ? (
        <blockquote class="source" cite="data/source-article.txt">
          <span class="source-label">Source sentence</span>
          {source}
        </blockquote>
      ) : null}
      <footer>
        <button type="button" class="panel" onClick={props.onOpenPanel}>
          Fact cards
        </button>
      </footer>
    </div>
  );
}

function FigureComparison({ facts, pageText, pageValue, agreement }: HoverCardProps) {
  const roundtable = facts.details.find((d) => d.label === 'Roundtable value')?.value ?? facts.name;
  const citedBy = facts.details.find((d) => d.label === 'Cited by')?.value;
  return (
    <dl class="details comparison">
      <div>
        <dt>Roundtable</dt>
        <dd>{roundtable}</dd>
      </div>
      <div>
        <dt>This page</dt>
        <dd>
          {pageText}
          {pageValue && pageValue !== pageText ? ` (${pageValue})` : ''}
        </dd>
      </div>
      {agreement ? (
        <div class={`agreement agreement-${agreement}`}>
          <dt>Agreement</dt>
          <dd>
            {agreement === 'differs' ? '≠ ' : agreement === 'approximate' ? '≈ ' : '= '}
            {AGREEMENT_WORDS[agreement]}
          </dd>
        </div>
      ) : null}
      {citedBy ? (
        <div>
          <dt>Cited by</dt>
          <dd>{citedBy}</dd>
        </div>
      ) : null}
    </dl>
  );
}
