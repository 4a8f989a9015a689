// The two lists a hover card and a fact card both show: an entity's details (label and value) and the figures
// cited about it. One rendering for both, so the two never disagree on how a fact reads.
import type { EntityFacts, FigureFacts } from './facts';

export function DetailList({ details }: { details: EntityFacts['details'] }) {
  return (
    <dl class="details">
      {details.map((d, i) => (
        <div key={i}>
          <dt>{d.label}</dt>
          <dd>{d.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Items for a list of figures (the caller gives the list its label or heading). */
export function FigureItems({ figures }: { figures: readonly FigureFacts[] }) {
  return (
    <>
      {figures.map((f) => (
        <li key={f.id}>
          <strong>{f.value}</strong> — {f.measures}
        </li>
      ))}
    </>
  );
}
