/**
 * What could not be used from the link or the data files, said plainly and dismissible.
 * Bounded (layout.css): a long link or 64,000 bad records give a one-line summary with a
 * count and a "Show all" that scrolls inside the notice; the map and list keep their room.
 */
import { type ReactNode, useState } from 'react';
import type { DataIssue } from '../data/model';

interface Props {
  notices: readonly string[];
  issues: readonly DataIssue[];
  onDismiss: () => void;
}

/** More lines than anyone reads; past it the notice says how many it did not list. */
export const MAX_LISTED = 500;
/** Link notices shown at once (the latest); the rest are under "Show all". */
const SHOWN_NOTICES = 3;
/** A link notice longer than this shows its start, and the whole text under "Show all". */
const SHORT_NOTICE = 240;

/** "events.geojson feature #3 (bad-id) — date: …"; counts entries are entries, not features. */
export function describeIssue(issue: DataIssue): string {
  const noun = issue.file.endsWith('.geojson') ? 'feature' : 'entry';
  const at = issue.featureIndex === null ? '' : ` ${noun} #${issue.featureIndex}`;
  const id = issue.featureId === null ? '' : ` (${issue.featureId})`;
  return `${issue.file}${at}${id} — ${issue.field}: ${issue.message}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** One line for the data problems: how many records were left out, how many load with warnings. */
export function issueSummary(issues: readonly DataIssue[]): string {
  const records = (effect: 'left-out' | 'kept') =>
    new Set(
      issues.filter((i) => (i.effect ?? 'left-out') === effect).map((i) => `${i.file}#${i.featureIndex}`),
    ).size;
  const parts: string[] = [];
  const leftOut = records('left-out');
  const kept = records('kept');
  if (leftOut > 0) parts.push(`${plural(leftOut, 'record was', 'records were')} left out as malformed`);
  if (kept > 0)
    parts.push(
      `${plural(kept, 'record loaded', 'records loaded')} but break${kept === 1 ? 's' : ''} a data rule`,
    );
  return `${parts.join('; ')}.`;
}

function ScrollList({ lines, label }: { lines: readonly string[]; label: string }) {
  const listed = lines.slice(0, MAX_LISTED);
  return (
    // Focusable so a keyboard can scroll it.
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard
    <ul className="notice-list" tabIndex={0} aria-label={label}>
      {listed.map((line, i) => (
        // Lines can repeat (two identical messages): the position keeps keys unique.
        // biome-ignore lint/suspicious/noArrayIndexKey: a static list, never reordered
        <li key={i}>{line}</li>
      ))}
      {lines.length > listed.length && (
        <li className="notice-more">…and {lines.length - listed.length} more, not listed here.</li>
      )}
    </ul>
  );
}

/** A "show all" that renders its list only while open: 64,000 lines cost nothing until asked for. */
function ShowAll(props: { summary: ReactNode; lines: readonly string[]; label: string; className?: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details className={props.className} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{props.summary}</summary>
      {open && <ScrollList lines={props.lines} label={props.label} />}
    </details>
  );
}

export function Notices({ notices, issues, onDismiss }: Props) {
  const fileIssues = issues.filter((i) => i.effect === 'file');
  const recordIssues = issues.filter((i) => i.effect !== 'file');
  if (notices.length === 0 && issues.length === 0) return null;
  const shown = notices.slice(-SHOWN_NOTICES);
  const cut = shown.some((n) => n.length > SHORT_NOTICE);
  return (
    <section className="notices" aria-label="Notices">
      {notices.length > 0 && (
        <div role="status" className="notice notice-link">
          <div className="notice-text">
            {shown.map((n) => (
              <p key={n}>{n.length > SHORT_NOTICE ? `${n.slice(0, SHORT_NOTICE)}…` : n}</p>
            ))}
            {(notices.length > shown.length || cut) && (
              <ShowAll
                summary={notices.length > 1 ? `Show all ${notices.length} notices` : 'Show the whole notice'}
                lines={notices}
                label="All notices"
              />
            )}
          </div>
          <button type="button" onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      )}
      {fileIssues.map((issue) => (
        <p key={describeIssue(issue)} role="status" className="notice notice-file">
          {issue.file}: {issue.message}
        </p>
      ))}
      {recordIssues.length > 0 && (
        <div role="status">
          <ShowAll
            className="notice notice-data"
            summary={`${issueSummary(recordIssues)} Show all ${recordIssues.length}`}
            lines={recordIssues.map(describeIssue)}
            label="Problems in the data files"
          />
        </div>
      )}
    </section>
  );
}
