/** Which mark a pointer means, and which part of the map a panel leaves free. */
import { describe, expect, it } from 'vitest';
import { coveredInsets } from '../../src/map/covered-insets';
import { marksAt } from '../../src/map/hit-test';

const mark = (group: number, x: number, y: number, r: number) => ({ group, x, y, r });

describe('marksAt', () => {
  it('takes the mark under the pointer, nearest first', () => {
    const marks = [mark(0, 100, 100, 20), mark(1, 131, 100, 9)];
    expect(marksAt(marks, { x: 118, y: 100 }).map((m) => m.group)).toEqual([0]);
    expect(marksAt(marks, { x: 124, y: 100 }, 6).map((m) => m.group)).toEqual([1, 0]);
    expect(marksAt(marks, { x: 160, y: 160 }, 6)).toEqual([]);
  });

  it('lets a pointer inside a disc win over a near miss of a bigger one', () => {
    const marks = [mark(0, 0, 0, 30), mark(1, 40, 0, 8)];
    expect(marksAt(marks, { x: 35, y: 0 }, 6)[0]?.group).toBe(1);
  });

  it('reaches exactly the slop beyond the edge, no further', () => {
    const marks = [mark(0, 0, 0, 10)];
    expect(marksAt(marks, { x: 16, y: 0 }, 6)).toHaveLength(1);
    expect(marksAt(marks, { x: 0, y: -16 }, 6)).toHaveLength(1);
    expect(marksAt(marks, { x: 16.01, y: 0 }, 6)).toEqual([]);
  });

  it('between two discs the pointer is inside, takes the one whose centre is nearer', () => {
    // Inside both (a hit is a hit, however deep): the big disc's centre is 12 px away, the
    // small one's 3 px, so the small one is meant, in whichever order they are listed.
    for (const marks of [
      [mark(0, 0, 40, 20), mark(1, 15, 40, 5)],
      [mark(1, 15, 40, 5), mark(0, 0, 40, 20)],
      [mark(0, 40, 0, 20), mark(1, 40, 15, 5)],
      [mark(1, 40, 15, 5), mark(0, 40, 0, 20)],
    ]) {
      const along = marks.some((m) => m.y === 40);
      const point = along ? { x: 12, y: 40 } : { x: 40, y: 12 };
      expect(marksAt(marks, point).map((m) => m.group)).toEqual([1, 0]);
    }
  });
});

describe('coveredInsets', () => {
  const map = { left: 0, top: 60, right: 900, bottom: 600 };

  it('takes the right side for the desktop card', () => {
    const card = { left: 476, top: 72, right: 876, bottom: 590 };
    expect(coveredInsets(map, card)).toEqual({ top: 0, right: 424, bottom: 0, left: 0 });
  });

  it('takes the bottom for the phone sheet', () => {
    const phone = { left: 0, top: 180, right: 390, bottom: 800 };
    expect(coveredInsets(phone, { left: 0, top: 422, right: 390, bottom: 844 })).toEqual({
      top: 0,
      right: 0,
      bottom: 378,
      left: 0,
    });
  });

  it('takes the left side, or the top, for a panel there, measured inside the map', () => {
    // A drawer hanging off the map's left edge covers only the part over the map.
    expect(coveredInsets(map, { left: -50, top: 0, right: 300, bottom: 700 })).toEqual({
      top: 0,
      right: 0,
      bottom: 0,
      left: 300,
    });
    // A banner across the top, from above the map to 100 px into it.
    expect(coveredInsets(map, { left: -10, top: 0, right: 950, bottom: 160 })).toEqual({
      top: 100,
      right: 0,
      bottom: 0,
      left: 0,
    });
  });

  it('gives the free part the larger side when a panel sits in a corner', () => {
    // 100 px wide and 240 px tall in the top right corner: keeping the 800 px on its left
    // beats keeping the 300 px below it (800 x 540 against 900 x 300).
    expect(coveredInsets(map, { left: 800, top: 60, right: 900, bottom: 300 })).toEqual({
      top: 0,
      right: 100,
      bottom: 0,
      left: 0,
    });
    // 500 px wide and 50 px tall: keeping the 490 px below it wins.
    expect(coveredInsets(map, { left: 400, top: 60, right: 900, bottom: 110 })).toEqual({
      top: 50,
      right: 0,
      bottom: 0,
      left: 0,
    });
  });

  it('is nothing when the panel misses the map', () => {
    expect(coveredInsets(map, { left: 0, top: 650, right: 900, bottom: 800 })).toEqual({
      top: 0,
      right: 0,
      bottom: 0,
      left: 0,
    });
    expect(coveredInsets(map, { left: 900, top: 60, right: 1280, bottom: 600 })).toEqual({
      top: 0,
      right: 0,
      bottom: 0,
      left: 0,
    });
    expect(coveredInsets(map, null).right).toBe(0);
  });
});
