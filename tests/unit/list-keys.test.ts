import { describe, expect, it } from 'vitest';
import { PAGE_ROWS, rowForKey } from '../../src/list/list-keys';

describe("the event list's keys", () => {
  it('step one row with the arrows, and stop at either end', () => {
    expect(rowForKey('ArrowDown', 3, 10)).toBe(4);
    expect(rowForKey('ArrowDown', 9, 10)).toBe(9);
    expect(rowForKey('ArrowUp', 3, 10)).toBe(2);
    expect(rowForKey('ArrowUp', 0, 10)).toBe(0);
  });

  it('Home and End go to the first and last rows', () => {
    expect(rowForKey('Home', 7, 10)).toBe(0);
    expect(rowForKey('End', 2, 10)).toBe(9);
  });

  it('Page Up and Page Down jump a screenful, and stop at either end', () => {
    expect(PAGE_ROWS).toBe(8);
    expect(rowForKey('PageDown', 1, 20)).toBe(9);
    expect(rowForKey('PageDown', 15, 20)).toBe(19);
    expect(rowForKey('PageUp', 12, 20)).toBe(4);
    expect(rowForKey('PageUp', 5, 20)).toBe(0);
  });

  it('ignores other keys, inherited names, and an empty list', () => {
    expect(rowForKey('Enter', 3, 10)).toBeNull();
    expect(rowForKey('a', 3, 10)).toBeNull();
    expect(rowForKey('toString', 3, 10)).toBeNull();
    expect(rowForKey('ArrowDown', 0, 0)).toBeNull();
    expect(rowForKey('End', 0, 0)).toBeNull();
  });
});
