/**
 * The phone sheet's handle: "Show on map" folds the sheet down to this bar, so the map and
 * the picked place are in full view; "Show details" opens it again. Hidden on wide screens,
 * where the panel is a card beside the map.
 */
import type { Dataset } from '../data/model';
import type { Selection } from '../data/view-types';

interface Props {
  selection: Selection;
  dataset: Dataset;
  folded: boolean;
  onFold(folded: boolean): void;
}

export function SheetBar({ selection, dataset, folded, onFold }: Props) {
  const name =
    selection.kind === 'site'
      ? dataset.siteById.get(selection.id)?.name
      : dataset.eventById.get(selection.id)?.site?.name;
  return (
    <div className="sheet-bar">
      {folded && <span className="sheet-bar-name">{name ?? ''}</span>}
      <button
        type="button"
        className="sheet-bar-button"
        aria-expanded={!folded}
        onClick={() => onFold(!folded)}
      >
        {folded ? 'Show details' : 'Show on map'}
      </button>
    </div>
  );
}
