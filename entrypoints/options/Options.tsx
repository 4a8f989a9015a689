// The options page: what is highlighted, how, in which colours, and where not. Every change is saved at once.
import { withSite } from '../../src/ui/site-switch';
import { Switch } from '../../src/ui/Switch';
import { useSettings, type SaveState } from '../../src/ui/use-settings';
import { CategoryOptions } from './CategoryOptions';
import { ColorOptions, presetColors } from './ColorOptions';
import { ModeOptions } from './ModeOptions';
import { ProblemNotice } from './ProblemNotice';
import { SiteList } from './SiteList';
import { useSettingsProblem } from './use-settings-problem';

export function Options() {
  const { settings, save, change } = useSettings();
  const [problem, dismiss] = useSettingsProblem();

  return (
    <main class="options">
      <h1>GII Lens options</h1>
      {problem ? <ProblemNotice problem={problem} onDismiss={dismiss} /> : null}
      {settings ? (
        <>
          <Switch
            label="Highlight everywhere"
            hint="Off: nothing is highlighted on any site until you switch it back on."
            checked={settings.enabled}
            onChange={(on) => void change((s) => ({ ...s, enabled: on }))}
          />
          <CategoryOptions
            categories={settings.categories}
            onChange={(kind, on) => void change((s) => ({ ...s, categories: { ...s.categories, [kind]: on } }))}
          />
          <ModeOptions mode={settings.mode} onChange={(mode) => void change((s) => ({ ...s, mode }))} />
          <ColorOptions
            preset={settings.preset}
            colors={settings.colors}
            onPreset={(preset) => void change((s) => ({ ...s, preset, colors: presetColors(preset, s.colors) }))}
            onColor={(kind, color) =>
              void change((s) => ({ ...s, preset: 'custom', colors: { ...s.colors, [kind]: color } }))
            }
          />
          <SiteList
            settings={settings}
            onAdd={(host) => void change((s) => withSite(s, host, false))}
            onRemove={(host) =>
              void change((s) => ({ ...s, disabledSites: s.disabledSites.filter((d) => d !== host) }))
            }
          />
        </>
      ) : (
        <p aria-busy="true">Reading your settings…</p>
      )}
      <SaveStatus save={save} />
    </main>
  );
}

function SaveStatus({ save }: { save: SaveState }) {
  return (
    <p class={`save-status ${save.state}`} role="status">
      {save.state === 'saving'
        ? 'Saving…'
        : save.state === 'saved'
          ? 'Saved'
          : save.state === 'failed'
            ? `Not saved: ${save.reason}`
            : ''}
    </p>
  );
}
