import { describe, expect, it } from 'vitest';
import { severityOf } from '../../src/data/severity';
import { parseDataset } from '../../src/data/parse-dataset';
import { eventProperties } from '../../src/data/record-schema';
import { loadRealFiles } from '../data/load-files';

describe('severityOf', () => {
  it('ranks deaths above injuries, and unknown or zero counts as no harm', () => {
    expect(severityOf({ usKilled: 3, usWounded: 25 })).toBe('killed');
    expect(severityOf({ usKilled: 1, usWounded: 0 })).toBe('killed');
    expect(severityOf({ usKilled: 0, usWounded: 1 })).toBe('wounded');
    expect(severityOf({ usKilled: null, usWounded: 4 })).toBe('wounded');
    expect(severityOf({ usKilled: 0, usWounded: 0 })).toBeNull();
    expect(severityOf({ usKilled: null, usWounded: null })).toBeNull();
  });

  it('reads files without the counts as unknown, not as an error', () => {
    const parsed = eventProperties.safeParse({
      id: 'a',
      date: '2023-10-20',
      dateEnd: null,
      timeUtc: null,
      datePrecision: 'exact',
      siteId: 's',
      country: 'IQ',
      type: 'drone_attack',
      direction: 'attack_on_us',
      claimedBy: null,
      weapons: null,
      casualties: null,
      status: 'claimed_only',
      summary: 'A drone attack on a base that nobody confirmed.',
      sources: ['https://example.org/a'],
      notes: null,
    });
    expect(parsed.success && parsed.data.usKilled === null && parsed.data.usWounded === null).toBe(true);
  });

  it('marks Tower 22, where three US soldiers were killed, as the dataset’s deadliest kind', () => {
    const { events } = parseDataset(loadRealFiles());
    const tower = events.find((e) => e.id === '2024-01-28-tower-22');
    expect(tower && severityOf(tower)).toBe('killed');
    expect(events.filter((e) => severityOf(e) === 'killed').map((e) => e.id)).toEqual([
      '2024-01-28-tower-22',
    ]);
    expect(events.filter((e) => severityOf(e) === 'wounded').length).toBeGreaterThanOrEqual(7);
  });
});
