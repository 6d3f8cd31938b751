import { describe, expect, it } from 'vitest';
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

  it('counts whole days across a daylight-saving change', () => {
    // Europe and the US change clocks on these weekends; civil days must stay 1 apart.
    const a = parseCivilDate('2023-10-28') as number;
    expect(parseCivilDate('2023-10-29')).toBe(a + 1);
    expect(parseCivilDate('2023-11-05')).toBe(a + 8);
  });

  it('labels days the same way whatever the time zone', () => {
    const day = parseCivilDate('2023-10-18') as number;
    expect(formatDayLabel(day)).toBe('18 Oct 2023');
    expect(formatDayLong(day)).toBe('Wednesday 18 October 2023');
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
