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

  it('takes the higher of two totals published for the same day, in whichever order the file lists them', () => {
    for (const order of [
      [count('2023-11-01', 28), count('2023-11-01', 25)],
      [count('2023-11-01', 25), count('2023-11-01', 28)],
    ]) {
      const counts = { description: '', counts: [count('2023-10-24', 13), ...order] };
      expect(coverage(parseDataset(rawFiles({ counts })))?.official.total).toBe(28);
    }
  });

  it('takes a later day over a higher total on an earlier day', () => {
    const counts = { description: '', counts: [count('2023-10-24', 40), count('2023-11-01', 28)] };
    const result = coverage(parseDataset(rawFiles({ counts })));
    expect(result?.official).toMatchObject({ date: '2023-11-01', total: 28 });
  });
});
