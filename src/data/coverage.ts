/** How much of the officially counted wave the event list covers. */
import { parseCivilDate } from '../shared/civil-date';
import type { Dataset } from './model';
import type { OfficialCount } from './schema';

export interface Coverage {
  /** The latest official running total. */
  official: OfficialCount;
  /** Attacks on US forces in the dataset dated on or before that total's date. */
  listed: number;
}

export function coverage(dataset: Dataset): Coverage | null {
  const official = dataset.counts.reduce<OfficialCount | null>(
    (latest, c) =>
      !latest || c.date > latest.date || (c.date === latest.date && c.total > latest.total) ? c : latest,
    null,
  );
  if (!official) return null;
  const cutoff = parseCivilDate(official.date) as number;
  const listed = dataset.events.filter((e) => e.direction === 'attack_on_us' && e.day <= cutoff).length;
  return { official, listed };
}
