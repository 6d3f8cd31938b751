/**
 * Date rules: every date inside the coverage the dataset declares, and no UTC time that
 * silently belongs to another day than the local `date` beside it.
 */
import { formatCivilDate, parseCivilDate } from '../shared/civil-date';
import { COUNTS_FILE, EVENTS_FILE, issue, type Positions } from './check-issue';
import type { AtlasEvent, DataIssue, Dataset } from './model';

/** Hours ahead of UTC at the place. Iraq, Syria and Jordan all kept UTC+3 throughout the wave. */
export const UTC_OFFSET_HOURS: Readonly<Record<string, number>> = { IQ: 3, SY: 3, JO: 3 };
const DEFAULT_OFFSET = 3;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The UTC day of an event's time when it differs from the local `date`, else null. */
export function utcDayIfDifferent(e: Pick<AtlasEvent, 'day' | 'timeUtc' | 'country'>): number | null {
  if (!e.timeUtc) return null;
  const hours = Number(e.timeUtc.slice(0, 2));
  const offset = UTC_OFFSET_HOURS[e.country] ?? DEFAULT_OFFSET;
  // Local time = UTC + offset; past midnight locally, the UTC time is still the day before.
  return hours + offset >= 24 ? e.day - 1 : null;
}

/** "21 Nov" for a day number: the short form a note uses to name the UTC day. */
export function shortDay(day: number): string {
  const [, month, date] = formatCivilDate(day).split('-').map(Number);
  return `${date} ${MONTHS[(month ?? 1) - 1]}`;
}

export function utcDayIssues(events: readonly AtlasEvent[], positions: Positions): DataIssue[] {
  const out: DataIssue[] = [];
  for (const e of events) {
    const utcDay = utcDayIfDifferent(e);
    if (utcDay === null) continue;
    const notes = e.notes ?? '';
    if (notes.includes(`UTC on ${shortDay(utcDay)}`) || notes.includes(formatCivilDate(utcDay))) continue;
    out.push(
      issue(
        EVENTS_FILE,
        positions.get(e.id) ?? e.index,
        e.id,
        'timeUtc',
        `${e.timeUtc} UTC falls on ${formatCivilDate(utcDay)}, the day before the local date; ` +
          `notes must say so (e.g. "${e.timeUtc} UTC on ${shortDay(utcDay)}")`,
      ),
    );
  }
  return out;
}

/** Every event day and every official count inside the declared coverage window. */
export function coverageIssues(dataset: Dataset, positions: Positions, rawCounts: unknown): DataIssue[] {
  const window = dataset.coverage;
  if (!window) {
    return [
      issue(EVENTS_FILE, null, null, 'coverage', 'must declare the days it covers: { "start", "end" }'),
    ];
  }
  const start = parseCivilDate(window.start) as number;
  const end = parseCivilDate(window.end) as number;
  const outside = `must fall inside the declared coverage (${window.start} to ${window.end})`;
  const out: DataIssue[] = [];
  for (const e of dataset.events) {
    const at = positions.get(e.id) ?? e.index;
    if (e.day < start || e.day > end) out.push(issue(EVENTS_FILE, at, e.id, 'date', outside));
    else if (e.dayEnd > end) out.push(issue(EVENTS_FILE, at, e.id, 'dateEnd', outside));
  }
  const counts = (rawCounts as { counts?: unknown } | null)?.counts;
  if (Array.isArray(counts)) {
    counts.forEach((c, i) => {
      const date = (c as { date?: unknown } | null)?.date;
      const day = typeof date === 'string' ? parseCivilDate(date) : null;
      if (day !== null && (day < start || day > end)) out.push(issue(COUNTS_FILE, i, null, 'date', outside));
    });
  }
  return out;
}
