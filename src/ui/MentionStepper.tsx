// "N on this page": each press scrolls the page to the next mention and flashes it, and says which one it was.
import { useState } from 'preact/hooks';
import type { StepResult } from '../extension/messages';

export interface MentionStepperProps {
  count: number;
  name: string;
  onStep: () => Promise<StepResult | undefined>;
}

type Position = { state: 'idle' } | { state: 'at'; index: number; total: number } | { state: 'lost' };

export function MentionStepper({ count, name, onStep }: MentionStepperProps) {
  const [position, setPosition] = useState<Position>({ state: 'idle' });
  const step = async () => {
    const result = await onStep();
    setPosition(
      result && result.index >= 0 ? { state: 'at', index: result.index, total: result.total } : { state: 'lost' },
    );
  };
  return (
    <span class="stepper">
      <button
        type="button"
        class="step"
        title="Scroll the page to the next mention"
        aria-label={`${count} on this page: show the next mention of ${name}`}
        onClick={() => void step()}
      >
        {count} on this page
      </button>
      <span class="step-position" role="status">
        {position.state === 'at'
          ? `${position.index + 1} of ${position.total}`
          : position.state === 'lost'
            ? 'The page could not show it'
            : ''}
      </span>
    </span>
  );
}
