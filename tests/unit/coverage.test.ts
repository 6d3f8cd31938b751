import { describe, expect, it } from 'vitest';
import { coverage } from '../../src/data/coverage';
import { parseDataset } from '../../src/data/parse-dataset';
import { COUNTS, rawFiles } from '../support/fixture';

const count = (date: string, total: number) => ({ ...COUNTS.counts[0], date, total });

describe('coverage', () => {
  it('compares the latest official total with the attacks listed up to its date', () => {
    const counts = { description: '', counts: [count('2023-10-24', 13), count('2023-11-01', 28)] };
    const result = coverage(parseDataset(rawFiles({ counts })));
    expect(result?.official.total).toBe(28);
    // e2, e1, e3, e4 fall on or before 1 Nov; e5 and the US strike e6 do not count.
    expect(result?.listed).toBe(4);
  });

  it('is absent when there is no official count', () => {
    expect(coverage(parseDataset(rawFiles({ counts: { description: '', counts: [] } })))).toBeNull();
  });
});
