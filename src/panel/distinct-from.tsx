/** Nearby events at the same place that the dataset keeps apart on purpose, one step away. */
import type { AtlasEvent } from '../data/model';
import { TYPE_LABELS } from '../domain/labels';
import { formatDayLabel } from '../shared/civil-date';

interface Props {
  related: readonly AtlasEvent[];
  onGo: (id: string) => void;
}

export function DistinctFrom({ related, onGo }: Props) {
  if (related.length === 0) return null;
  return (
    <div className="distinct-from">
      <h3>Separate incidents at this place within two days</h3>
      <ul>
        {related.map((e) => (
          <li key={e.id}>
            <button type="button" className="link-button" onClick={() => onGo(e.id)}>
              {formatDayLabel(e.day)}: {TYPE_LABELS[e.type]}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
