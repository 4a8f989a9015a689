// "Copy citation": puts a Markdown citation of the card on the clipboard and says whether that worked.
import { useEffect, useState } from 'preact/hooks';

export interface CopyCitationProps {
  /** Built on click, not on render: most cards are never copied. */
  text: () => string;
  /** What the button copies, for screen readers ("Copy citation for Liu Hua"). */
  label: string;
}

type CopyState = { state: 'idle' } | { state: 'copied' } | { state: 'failed'; reason: string };

export function CopyCitation({ text, label }: CopyCitationProps) {
  const [copy, setCopy] = useState<CopyState>({ state: 'idle' });

  useEffect(() => {
    if (copy.state !== 'copied') return;
    // "Copied" fades after a moment so the next copy says it again; a failure stays until the next try.
    const timer = setTimeout(() => setCopy({ state: 'idle' }), 2500);
    return () => clearTimeout(timer);
  }, [copy]);

  const onClick = async () => {
    try {
      await navigator.clipboard.writeText(text());
      setCopy({ state: 'copied' });
    } catch (e) {
      setCopy({ state: 'failed', reason: e instanceof Error && e.message ? e.message : 'the clipboard refused' });
    }
  };

  return (
    <span class="copy-citation">
      <button type="button" aria-label={label} onClick={() => void onClick()}>
        Copy citation
      </button>
      <span class={`copy-feedback ${copy.state}`} role="status">
        {copy.state === 'copied' ? 'Copied' : copy.state === 'failed' ? `Could not copy: ${copy.reason}` : ''}
      </span>
    </span>
  );
}
