import { coverage } from '../data/coverage';
import type { Dataset } from '../data/model';
import { formatDayLabel, parseCivilDate } from '../shared/civil-date';

const QUALIFIER = { exact: '', at_least: 'at least ', approx: 'about ' } as const;

/** Says plainly how much of the official count the dataset lists, so nobody reads it as complete. */
export function CoverageNote({ dataset }: { dataset: Dataset }) {
  const result = coverage(dataset);
  if (!result) return null;
  const { official, listed } = result;
  const date = formatDayLabel(parseCivilDate(official.date) as number);
  return (
    <p className="coverage-note" data-testid="coverage">
      Lists {listed} of the {QUALIFIER[official.qualifier]}
      {official.total} attacks US officials counted by {date}.
    </p>
  );
}
