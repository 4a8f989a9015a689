// A figure's roundtable value beside every value the page gives for it, each with its agreement in words and a
// sign, so "differs" never rests on colour alone.
import type { Figure } from '../dataset/schema';
import type { FoundEntity } from '../extension/messages';
import { AGREEMENT_WORDS, formatValue } from './facts';
import { AGREEMENT_MARKS } from './words';

export interface FigureValuesProps {
  figure: Figure;
  /** The roundtable's value in words, as describe() gives it. */
  roundtable: string;
  values: NonNullable<FoundEntity['values']>;
}

export function FigureValues({ figure, roundtable, values }: FigureValuesProps) {
  return (
    <div class="figure-values">
      <p class="roundtable-value">
        <span class="label">Roundtable</span> <strong>{roundtable}</strong>
      </p>
      {values.length > 0 ? (
        <ul class="page-values" aria-label="What this page says">
          {values.map((v, i) => {
            const inWords = formatValue(v.value, figure.unit);
            return (
              <li key={i} class={`page-value agreement-${v.agreement}`}>
                <span class="label">This page</span> <q>{v.text}</q>
                {inWords.toLowerCase() !== v.text.toLowerCase() ? <span class="in-words"> ({inWords})</span> : null}
                {v.count > 1 ? <span class="times"> · {v.count} times</span> : null}
                <span class="agreement">
                  <span aria-hidden="true">{AGREEMENT_MARKS[v.agreement]} </span>
                  {AGREEMENT_WORDS[v.agreement]}
                </span>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}
