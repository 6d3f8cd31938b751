import { afterEach, describe, expect, it } from 'vitest';
import {
  formatCivilDate,
  formatDayLabel,
  formatDayLong,
  parseCivilDate,
  utcDayOf,
} from '../../src/shared/civil-date';

describe('civil dates', () => {
  it('round-trips real dates', () => {
    for (const date of ['2023-10-17', '2024-02-29', '2024-03-31', '2023-10-29']) {
      const day = parseCivilDate(date);
      expect(day).not.toBeNull();
      expect(formatCivilDate(day as number)).toBe(date);
    }
  });

  it('rejects impossible and malformed dates', () => {
    for (const bad of ['2023-02-30', '2023-13-01', '2023-1-01', '23-10-17', '2023-10-17T00:00', '', 'NaN']) {
      expect(parseCivilDate(bad)).toBeNull();
    }
  });

  it('finds the UTC day of a local day and a UTC time', () => {
    const day = parseCivilDate('2023-11-22') as number;
    // 23:30 UTC is 02:30 on the 22nd in UTC+3: the UTC day is the 21st.
    expect(utcDayOf(day, '23:30', 3)).toBe(day - 1);
    expect(utcDayOf(day, '21:00', 3)).toBe(day - 1);
    expect(utcDayOf(day, '20:59', 3)).toBe(day);
    expect(utcDayOf(day, '00:00', 3)).toBe(day);
    // West of UTC the other way: 02:00 UTC is 21:00 the day before in UTC-5.
    expect(utcDayOf(day, '02:00', -5)).toBe(day + 1);
    expect(utcDayOf(day, '05:00', -5)).toBe(day);
  });
});

/**
 * The project runs these in UTC and in Pacific/Kiritimati; here they also switch the process
 * through zones west of UTC (where UTC midnight is the evening before), a half-hour zone, and
 * zones that change clocks on the dates tested (Europe on 29 Oct 2023, the US on 5 Nov 2023).
 */
describe('civil dates in every time zone', () => {
  /** Each zone with its offset on 18 Oct 2023 as getTimezoneOffset gives it (minutes west). */
  const OFFSETS: Record<string, number> = {
    UTC: 0,
    'Pacific/Kiritimati': -840,
    'Pacific/Pago_Pago': 660,
    'America/Los_Angeles': 420,
    'Europe/London': -60,
    'Asia/Kathmandu': -345,
    'Asia/Baghdad': -180,
  };
  const ZONES = Object.keys(OFFSETS);
  const zone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = zone;
  });

  it.each(ZONES)('in %s: the same day numbers, dates and labels', (tz) => {
    process.env.TZ = tz;
    // The switch took: this process now lives in that zone.
    expect(new Date(Date.UTC(2023, 9, 18, 12)).getTimezoneOffset()).toBe(OFFSETS[tz]);
    const day = parseCivilDate('2023-10-18') as number;
    expect(day).toBe(19_648);
    expect(formatCivilDate(day)).toBe('2023-10-18');
    expect(formatDayLabel(day)).toBe('18 Oct 2023');
    expect(formatDayLong(day)).toBe('Wednesday 18 October 2023');
    expect(formatDayLong(parseCivilDate('2023-11-05') as number)).toBe('Sunday 5 November 2023');
  });

  it('names every month in full and in short, first day and last', () => {
    const days = Array.from({ length: 12 }, (_, m) => [
      parseCivilDate(`2024-${String(m + 1).padStart(2, '0')}-01`) as number,
      (parseCivilDate(`2024-${String(m + 2).padStart(2, '0')}-01`) ??
        (parseCivilDate('2025-01-01') as number)) - 1,
    ]);
    expect(days.map(([first]) => formatDayLong(first as number))).toEqual([
      'Monday 1 January 2024',
      'Thursday 1 February 2024',
      'Friday 1 March 2024',
      'Monday 1 April 2024',
      'Wednesday 1 May 2024',
      'Saturday 1 June 2024',
      'Monday 1 July 2024',
      'Thursday 1 August 2024',
      'Sunday 1 September 2024',
      'Tuesday 1 October 2024',
      'Friday 1 November 2024',
      'Sunday 1 December 2024',
    ]);
    expect(days.map(([, last]) => formatDayLabel(last as number))).toEqual([
      '31 Jan 2024',
      '29 Feb 2024',
      '31 Mar 2024',
      '30 Apr 2024',
      '31 May 2024',
      '30 Jun 2024',
      '31 Jul 2024',
      '31 Aug 2024',
      '30 Sep 2024',
      '31 Oct 2024',
      '30 Nov 2024',
      '31 Dec 2024',
    ]);
  });

  it.each(ZONES)('in %s: whole days across the daylight-saving changes', (tz) => {
    process.env.TZ = tz;
    const a = parseCivilDate('2023-10-28') as number;
    expect(parseCivilDate('2023-10-29')).toBe(a + 1);
    expect(parseCivilDate('2023-10-30')).toBe(a + 2);
    expect(parseCivilDate('2023-11-05')).toBe(a + 8);
    expect(parseCivilDate('2023-11-06')).toBe(a + 9);
    for (let i = 0; i <= 10; i += 1) expect(parseCivilDate(formatCivilDate(a + i))).toBe(a + i);
  });
});
