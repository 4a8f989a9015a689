// One fact card in the side panel: everything the dataset says about an entity, its mentions on the page, the
// values the page gives (figures), the source sentences, and a citation to copy. Text only, never HTML.
import type { Ref } from 'preact';
import type { DatasetIndex } from '../dataset';
import type { FoundEntity, StepResult } from '../extension/messages';
import { CopyCitation } from './CopyCitation';
import { citation, type EntityFacts } from './facts';
import { DetailList, FigureItems } from './FactLists';
import { FigureValues } from './FigureValues';
import { MentionStepper } from './MentionStepper';
import { SourceQuotes } from './SourceQuotes';
import { KIND_LABELS } from './words';

export interface FactCardProps {
  index: DatasetIndex;
  facts: EntityFacts;
  /** What the page holds of it; absent for a card shown only because the reader looked it up. */
  found?: FoundEntity;
  onStep?: (id: string) => Promise<StepResult | undefined>;
  /** Briefly marked when the reader arrived here from a look-up or a hover card. */
  flash?: boolean;
  cardRef?: Ref<HTMLElement>;
}

export function FactCard({ index, facts, found, onStep, flash = false, cardRef }: FactCardProps) {
  const differs = found?.values?.some((v) => v.agreement === 'differs') ?? false;
  const headingId = `card-${facts.id}-name`;
  return (
    <article
      ref={cardRef}
      id={`card-${facts.id}`}
      tabIndex={-1}
      class={`fact-card kind-${facts.kind}${differs ? ' differs' : ''}${flash ? ' flash' : ''}`}
      aria-labelledby={headingId}
      data-entity={facts.id}
    >
      <header>
        <span class="kind">{KIND_LABELS[facts.kind]}</span>
        {differs ? (
          <span class="differs-badge">
            <span aria-hidden="true">≠ </span>the page differs
          </span>
        ) : null}
        {found && onStep ? (
          <MentionStepper count={found.count} name={facts.name} onStep={() => onStep(facts.id)} />
        ) : null}
      </header>
      <h3 id={headingId} class="name">
        {facts.name}
      </h3>
      {facts.printedName ? <p class="printed">Printed as {facts.printedName}</p> : null}
      <p class="subtitle">{facts.subtitle}</p>
      <CardBody index={index} facts={facts} found={found} />
      <SourceQuotes sources={facts.sources} />
      <footer>
        <CopyCitation label={`Copy citation for ${facts.name}`} text={() => citation(index, facts)} />
      </footer>
    </article>
  );
}

function CardBody({
  index,
  facts,
  found,
}: {
  index: DatasetIndex;
  facts: EntityFacts;
  found: FoundEntity | undefined;
}) {
  const figure = facts.kind === 'figure' ? index.figures.get(facts.id) : undefined;
  // A figure card shows its roundtable value beside the page's; the other details stay in the list.
  const details = figure ? facts.details.filter((d) => d.label !== 'Roundtable value') : facts.details;
  return (
    <>
      {figure ? (
        <FigureValues figure={figure} roundtable={facts.figures[0]?.value ?? facts.name} values={found?.values ?? []} />
      ) : null}
      {details.length > 0 ? <DetailList details={details} /> : null}
      {facts.points.length > 0 ? (
        <section class="points">
          <h4>{facts.kind === 'person' ? 'Points made' : 'Said at the roundtable'}</h4>
          <ul>
            {facts.points.map((p, i) => (
              <li key={i}>{p.text}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {facts.kind !== 'figure' && facts.figures.length > 0 ? (
        <section class="figures">
          <h4>{facts.kind === 'person' ? 'Figures cited' : 'Figures about it'}</h4>
          <ul>
            <FigureItems figures={facts.figures} />
          </ul>
        </section>
      ) : null}
    </>
  );
}
