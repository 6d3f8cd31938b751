/**
 * Civil dates (`YYYY-MM-DD`, local to the event) as whole day numbers since 1970-01-01.
 *
 * Every calculation goes through `Date.UTC`, never the viewer's time zone, so a shared
 * link shows the same days in Baghdad and in California, and no daylight-saving jump can
 * make a day 23 or 25 hours long.
 */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;
const CIVIL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses `YYYY-MM-DD`; returns null for anything that is not a real calendar date. */
export function parseCivilDate(text: string): DayNumber | null {
  const match = CIVIL_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Date.UTC rolls 2023-02-30 over to March: a round trip catches impossible dates.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    return null;
  }
  return ms / MS_PER_DAY;
}

/** Formats a day number as `YYYY-MM-DD`. */
export function formatCivilDate(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

const MONTHS_LONG = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTHS = MONTHS_LONG.map((m) => m.slice(0, 3));
const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/**
 * The UTC day of an instant given by its local civil day, its UTC time (`HH:MM`) and the
 * place's offset from UTC in hours. 23:30 UTC on a local day in UTC+3 is 02:30 there, so its
 * UTC day is the day before.
 */
export function utcDayOf(localDay: DayNumber, timeUtc: string, offsetHours: number): DayNumber {
  const [hours = 0, minutes = 0] = timeUtc.split(':').map(Number);
  // Local time past midnight (or before it, west of UTC) moves the local day off the UTC one.
  const localMinutes = hours * 60 + minutes + offsetHours * 60;
  return localDay - Math.floor(localMinutes / (24 * 60));
}

/** A short readable label such as `18 Oct 2023`, identical in every time zone. */
export function formatDayLabel(day: DayNumber): string {
  const d = new Date(day * MS_PER_DAY);
  return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}

/**
 * A long label for screen readers such as `Wednesday 18 October 2023`. The month's name comes
 * from a table, not `toLocaleString`: the brush renders two of these with the first view, and
 * the browser's first date formatter cost ~100 ms there on this machine (issue 13).
 */
export function formatDayLong(day: DayNumber): string {
  const d = new Date(day * MS_PER_DAY);
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCDate()} ${MONTHS_LONG[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
}
