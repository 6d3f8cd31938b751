/** Every official running total beside the attacks the dataset lists up to that day. */
import type { Dataset } from '../data/model';
import { formatDayLabel, parseCivilDate } from '../shared/civil-date';
import { coverageRows } from './about-stats';

const QUALIFIER = { exact: '', at_least: 'at least ', approx: 'about ' } as const;

export function CoverageTable({ dataset }: { dataset: Dataset }) {
  const rows = coverageRows(dataset);
  if (rows.length === 0) return <p>The dataset has no official running totals.</p>;
  return (
    <div className="table-scroll">
      <table className="coverage-table" data-testid="coverage-table">
        <caption>
          Official running totals of attacks on US forces since 17 October 2023, and the attacks this dataset
          lists up to the same day
        </caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Official total</th>
            <th scope="col">Listed here</th>
            <th scope="col">Of which confirmed by US officials</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ count, listed, confirmed }) => (
            <tr key={`${count.date}-${count.total}`}>
              <th scope="row">{formatDayLabel(parseCivilDate(count.date) as number)}</th>
              <td>
                {QUALIFIER[count.qualifier]}
                {count.total}
                {count.scope && <span className="scope"> ({count.scope})</span>}
              </td>
              <td>{listed}</td>
              <td>{confirmed}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
