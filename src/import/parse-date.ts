/**
 * Reads the dates people and tools write into civil day numbers, and says exactly why when it
 * cannot: an impossible day, a month 13, an Excel serial number. Never through `new Date(text)`,
 * whose reading of "03/04/2024" depends on the browser.
 */
import { parseCivilDate } from '../shared/civil-date';

/** The order of day, month and year in numeric dates such as 03/04/2024. */
export type DateOrder = 'dmy' | 'mdy';

export type DateResult = { day: number } | { error: string };

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Years a conflict dataset can hold; anything else is a typo or a number read as a date. */
export const YEAR_RANGE = [1800, 2200] as const;

function monthByName(name: string): number | null {
  const n = name.toLowerCase().replace(/\.$/, '');
  if (n.length < 3) return null;
  const i = MONTHS.findIndex((m) => m.startsWith(n) && (n.length === 3 || m === n || n === 'sept'));
  return i < 0 ? null : i + 1;
}

function fromParts(year: number, month: number, day: number, text: string): DateResult {
  if (year < YEAR_RANGE[0] || year > YEAR_RANGE[1]) {
    return { error: `year ${year} is outside ${YEAR_RANGE[0]}–${YEAR_RANGE[1]}` };
  }
  if (month < 1 || month > 12) return { error: `month ${month} does not exist (“${text}”)` };
  const pad = (n: number) => String(n).padStart(2, '0');
  const parsed = parseCivilDate(`${year}-${pad(month)}-${pad(day)}`);
  if (parsed === null) return { error: `“${text}” is not a real calendar date` };
  return { day: parsed };
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const YMD_SLASH = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/;
const NUMERIC = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const DAY_MONTH_NAME = /^(\d{1,2})[\s-]+([A-Za-z]+\.?)[\s-,]+(\d{4})$/;
const MONTH_NAME_DAY = /^([A-Za-z]+\.?)\s+(\d{1,2}),?\s+(\d{4})$/;
const SERIAL = /^\d{1,6}(\.\d+)?$/;

/**
 * Accepts `2024-01-28` (with an optional time, which is ignored: the date is the civil day as
 * written), `2024/01/28`, `28/01/2024` or `01/28/2024` by `order`, `28 January 2024`,
 * `28-Jan-2024` and `January 28, 2024`.
 */
export function parseDate(raw: string, order: DateOrder = 'dmy'): DateResult {
  const text = raw.trim();
  if (text === '') return { error: 'is empty' };
  let m = ISO.exec(text) ?? YMD_SLASH.exec(text);
  if (m) return fromParts(Number(m[1]), Number(m[2]), Number(m[3]), text);
  m = NUMERIC.exec(text);
  if (m) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    const [day, month] = order === 'dmy' ? [a, b] : [b, a];
    return fromParts(Number(m[3]), month, day, text);
  }
  m = DAY_MONTH_NAME.exec(text);
  if (m) {
    const month = monthByName(m[2] as string);
    if (month === null) return { error: `“${m[2]}” is not a month name` };
    return fromParts(Number(m[3]), month, Number(m[1]), text);
  }
  m = MONTH_NAME_DAY.exec(text);
  if (m) {
    const month = monthByName(m[1] as string);
    if (month === null) return { error: `“${m[1]}” is not a month name` };
    return fromParts(Number(m[3]), month, Number(m[2]), text);
  }
  if (SERIAL.test(text)) {
    return {
      error: `“${text}” is a number, not a date (an Excel serial date?): format the column as dates such as 2024-01-28`,
    };
  }
  return { error: `“${text.slice(0, 40)}” is not a date this importer reads (use YYYY-MM-DD)` };
}

/**
 * Which order numeric dates in a sample use: a first part above 12 means day first, a second
 * part above 12 means month first. `ambiguous` when the sample cannot tell (every part ≤ 12).
 */
export function detectDateOrder(samples: readonly string[]): { order: DateOrder; ambiguous: boolean } {
  let dmy = false;
  let mdy = false;
  let numeric = false;
  for (const s of samples) {
    const m = NUMERIC.exec(s.trim());
    if (!m) continue;
    numeric = true;
    if (Number(m[1]) > 12) dmy = true;
    if (Number(m[2]) > 12) mdy = true;
  }
  if (mdy && !dmy) return { order: 'mdy', ambiguous: false };
  return { order: 'dmy', ambiguous: numeric && !dmy };
}

/** `HH:MM` (24-hour); seconds are dropped. Null for an empty cell. */
export function parseTime(raw: string): { time: string | null } | { error: string } {
  const text = raw.trim();
  if (text === '') return { time: null };
  const m = /^([01]?\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?$/.exec(text);
  if (!m) return { error: `“${text.slice(0, 20)}” is not a time HH:MM` };
  return { time: `${(m[1] as string).padStart(2, '0')}:${m[2]}` };
}
