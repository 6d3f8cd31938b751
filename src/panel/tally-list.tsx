/** A labelled count per category with a proportional bar: the site's weapon mix and statuses. */
import type { ReactNode } from 'react';

interface Props {
  rows: readonly { key: string; label: string; count: number; symbol?: ReactNode }[];
}

export function TallyList({ rows }: Props) {
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <ul className="tally-list">
      {rows.map((r) => (
        <li key={r.key}>
          <span className="tally-label">
            {r.symbol}
            {r.label}
          </span>
          <span className="tally-count">{r.count}</span>
          <span className="tally-bar" style={{ width: `${(r.count / max) * 100}%` }} aria-hidden="true" />
        </li>
      ))}
    </ul>
  );
}
