// Fact cards grouped by kind under headings ("People", "Figures"…), in the order readers look for them.
import type { Ref } from 'preact';
import type { DatasetIndex } from '../dataset';
import type { FoundEntity, StepResult } from '../extension/messages';
import { FactCard } from './FactCard';
import type { EntityFacts } from './facts';
import { KIND_HEADINGS, KIND_ORDER } from './words';

export interface CardItem {
  facts: EntityFacts;
  found?: FoundEntity;
}

export interface FactCardGroupsProps {
  index: DatasetIndex;
  items: CardItem[];
  onStep: (id: string) => Promise<StepResult | undefined>;
  /** The card the reader asked for: it gets the ref, to be scrolled into view. */
  targetId?: string;
  targetRef?: Ref<HTMLElement>;
  /** The card marked for a moment after the jump. */
  flashId?: string;
}

export function FactCardGroups({ index, items, onStep, targetId, targetRef, flashId }: FactCardGroupsProps) {
  return (
    <>
      {KIND_ORDER.map((kind) => {
        const group = items.filter((item) => item.facts.kind === kind);
        if (group.length === 0) return null;
        return (
          <section key={kind} class={`card-group kind-${kind}`} aria-labelledby={`group-${kind}`}>
            <h2 id={`group-${kind}`}>
              {KIND_HEADINGS[kind]} <span class="group-count">({group.length})</span>
            </h2>
            {group.map((item) => (
              <FactCard
                key={item.facts.id}
                index={index}
                facts={item.facts}
                {...(item.found ? { found: item.found } : {})}
                onStep={onStep}
                flash={item.facts.id === flashId}
                {...(item.facts.id === targetId && targetRef ? { cardRef: targetRef } : {})}
              />
            ))}
          </section>
        );
      })}
    </>
  );
}
