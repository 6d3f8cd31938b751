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

  it('measures from the map, wherever the map sits on the page', () => {
    // A map 900 x 540 whose top left is at (100, 60).
    const offset = { left: 100, top: 60, right: 1000, bottom: 600 };
    expect(coveredInsets(offset, { left: 600, top: 0, right: 1000, bottom: 700 })).toEqual({
      top: 0,
      right: 400,
      bottom: 0,
      left: 0,
    });
    expect(coveredInsets(offset, { left: 0, top: 0, right: 300, bottom: 700 })).toEqual({
      top: 0,
      right: 0,
      bottom: 0,
      left: 200,
    });
    expect(coveredInsets(offset, { left: 0, top: 400, right: 1100, bottom: 700 })).toEqual({
      top: 0,
      right: 0,
      bottom: 200,
      left: 0,
    });
    expect(coveredInsets(offset, { left: 0, top: 0, right: 1100, bottom: 160 })).toEqual({
      top: 100,
      right: 0,
      bottom: 0,
      left: 0,
    });
    // A square 300 x 300 panel in the middle of the left edge: the 600 px beside it beat the
    // 120 px above or below it, measured against the map's own width and height.
    expect(coveredInsets(offset, { left: 100, top: 180, right: 400, bottom: 480 })).toEqual({
      top: 0,
      right: 0,
      bottom: 0,
      left: 300,
    });
    // The same in the middle of the top edge, 500 wide: the 200 px on either side lose to
    // the 240 px below it.
    expect(coveredInsets(offset, { left: 300, top: 60, right: 800, bottom: 360 })).toEqual({
      top: 300,
      right: 0,
      bottom: 0,
      left: 0,
    });
  });

  it('weighs the room beside a corner panel against the room above or below it by area', () => {
    const offset = { left: 100, top: 60, right: 1000, bottom: 600 };
    const free = (panel: { left: number; top: number; right: number; bottom: number }) =>
      Object.entries(coveredInsets(offset, panel)).filter(([, v]) => v !== 0);
    // Top right, 300 wide: 600 x 540 beside it, against 900 x 400 or 900 x 355 below it.
    expect(free({ left: 700, top: 60, right: 1000, bottom: 200 })).toEqual([['top', 140]]);
    expect(free({ left: 700, top: 60, right: 1000, bottom: 245 })).toEqual([['right', 300]]);
    // Bottom right: 900 x 370 above it wins, 900 x 340 does not.
    expect(free({ left: 700, top: 430, right: 1000, bottom: 600 })).toEqual([['bottom', 170]]);
    expect(free({ left: 700, top: 400, right: 1000, bottom: 600 })).toEqual([['right', 300]]);
  });

  it('counts a panel that covers a single pixel of the map, and none that stops short of it', () => {
    expect(coveredInsets(map, { left: 899, top: 60, right: 1280, bottom: 600 }).right).toBe(1);
    expect(coveredInsets(map, { left: 0, top: 599, right: 900, bottom: 800 }).bottom).toBe(1);
    expect(coveredInsets(map, { left: 950, top: 60, right: 1280, bottom: 600 })).toEqual({
      top: 0,
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
