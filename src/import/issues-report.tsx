/** The rows an import left out: how many, and for each its number, column and reason. */
import type { ImportReport } from './finish';

export function IssuesReport({ report }: { report: ImportReport }) {
  const unit = report.kind === 'geojson' ? 'feature' : 'row';
  const { rejected, issues } = report;
  return (
    <section className="import-report" aria-label="Import report">
      <p role="status">
        Loaded {report.loaded.toLocaleString('en')} of {report.rowsRead.toLocaleString('en')} {unit}s.
        {rejected > 0 &&
          ` ${rejected.toLocaleString('en')} ${rejected === 1 ? `${unit} was` : `${unit}s were`} left out:`}
      </p>
      {report.stopped && <p className="import-warning">{report.stopped}</p>}
      {rejected > 0 && (
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard to scroll it
        <section className="import-issues" tabIndex={0} aria-label={`${unit}s left out`}>
          <table>
            <thead>
              <tr>
                <th scope="col">{unit === 'row' ? 'Row' : 'Feature'}</th>
                <th scope="col">Column</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {issues.map((issue, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a row can have two problems; the list never reorders
                <tr key={i}>
                  <td>{issue.row}</td>
                  <td>{issue.column}</td>
                  <td>{issue.message}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {rejected > issues.length && (
        <p className="import-hint">
          The first {issues.length.toLocaleString('en')} are listed; fix them and the rest are likely the
          same.
        </p>
      )}
    </section>
  );
}
