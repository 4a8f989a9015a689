// The sites where GII Lens stays off: add (checked as a host name) and remove.
import { useId, useRef, useState } from 'preact/hooks';
import { siteDisabled, type Settings } from '../../src/extension/settings';
import { parseHostInput } from '../../src/ui/host-input';

export interface SiteListProps {
  settings: Settings;
  onAdd: (host: string) => void;
  onRemove: (host: string) => void;
}

export function SiteList({ settings, onAdd, onRemove }: SiteListProps) {
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string>();
  const input = useRef<HTMLInputElement>(null);

  const add = (e: Event) => {
    e.preventDefault();
    // The field itself is the truth: a paste followed at once by Enter may beat the re-render.
    const parsed = parseHostInput(input.current?.value ?? text);
    if (!parsed.ok) return setError(parsed.reason);
    if (siteDisabled(settings, parsed.host)) return setError(`${parsed.host} is already switched off.`);
    setError(undefined);
    setText('');
    onAdd(parsed.host);
  };

  return (
    <fieldset class="sites">
      <legend>Sites where GII Lens stays off</legend>
      {settings.disabledSites.length === 0 ? (
        <p class="hint">None: GII Lens may highlight on every site.</p>
      ) : (
        <ul>
          {settings.disabledSites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" aria-label={`Remove ${site}`} onClick={() => onRemove(site)}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="add-site" onSubmit={add} noValidate>
        <label for={id}>Add a site (its subdomains are included)</label>
        <div class="row">
          <input
            ref={input}
            id={id}
            type="text"
            inputMode="url"
            placeholder="news.example.com"
            autoComplete="off"
            spellcheck={false}
            value={text}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${id}-error` : undefined}
            onInput={(e) => setText(e.currentTarget.value)}
          />
          <button type="submit">Add</button>
        </div>
        {error ? (
          <p id={`${id}-error`} class="error" role="alert">
            {error}
          </p>
        ) : null}
      </form>
    </fieldset>
  );
}
