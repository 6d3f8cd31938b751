/** What could not be used from the link or the data files, said plainly and dismissible. */
import type { DataIssue } from '../data/model';

interface Props {
  notices: readonly string[];
  issues: readonly DataIssue[];
  onDismiss: () => void;
}

function describe(issue: DataIssue): string {
  const which = issue.featureId ?? (issue.featureIndex === null ? '' : `feature #${issue.featureIndex}`);
  return `${issue.file} ${which} — ${issue.field}: ${issue.message}`;
}

export function Notices({ notices, issues, onDismiss }: Props) {
  if (notices.length === 0 && issues.length === 0) return null;
  const records = new Set(issues.map((i) => `${i.file}#${i.featureIndex}`)).size;
  return (
    <section className="notices" aria-label="Notices">
      {notices.length > 0 && (
        <div role="status" className="notice">
          {notices.map((n) => (
            <p key={n}>{n}</p>
          ))}
          <button type="button" onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      )}
      {issues.length > 0 && (
        <details className="notice notice-data" role="status">
          <summary>
            {records} {records === 1 ? 'record was' : 'records were'} left out because the data file is
            malformed
          </summary>
          <ul>
            {issues.map((issue) => (
              <li key={describe(issue)}>{describe(issue)}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
