/** On a phone, one pane at a time: this chooses the map or the list (the store's `view`). */
import type { ViewMode } from '../store/view-state';

interface Props {
  view: ViewMode;
  onChange: (view: ViewMode) => void;
}

export function ViewToggle({ view, onChange }: Props) {
  return (
    // biome-ignore lint/a11y/useSemanticElements: a group of two toggle buttons, not a form fieldset
    <div className="view-toggle" role="group" aria-label="Show">
      {(['map', 'list'] as const).map((v) => (
        <button key={v} type="button" aria-pressed={view === v} onClick={() => onChange(v)}>
          {v === 'map' ? 'Map' : 'List'}
        </button>
      ))}
    </div>
  );
}
