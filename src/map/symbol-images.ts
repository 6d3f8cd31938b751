/**
 * The event icons, rasterised in plain code (no canvas, so it runs in tests and workers):
 * one RGBA image per type × status, coloured by type and shaped by status. Each shape is a
 * signed distance function; bands of colour run inward from its edge, and the edge is
 * anti-aliased by coverage.
 */
import { EVENT_TYPES, type EventType, STATUSES, type Status } from '../data/schema';
import { OUTLINE_COLOUR, STATUS_SHAPES, type StatusShape, TYPE_COLOURS } from '../domain/symbols';
import { symbolImageName } from './symbols';

/** Icons are drawn at twice their CSS size so they stay crisp on dense screens. */
export const ICON_PIXEL_RATIO = 2;
export const ICON_SIZE = 22 * ICON_PIXEL_RATIO;

export interface IconImage {
  width: number;
  height: number;
  data: Uint8Array;
}

type Rgb = [number, number, number];

function rgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Signed distance in pixels from (x, y) to the shape's edge: negative inside. */
export function shapeDistance(shape: StatusShape, x: number, y: number, size = ICON_SIZE): number {
  const c = size / 2;
  const dx = x - c;
  const dy = y - c;
  switch (shape) {
    case 'disc':
    case 'ring':
      return Math.hypot(dx, dy) - size * 0.4;
    case 'diamond':
      return (Math.abs(dx) + Math.abs(dy) - size * 0.46) / Math.SQRT2;
    case 'triangle': {
      // Equilateral, pointing up: the largest signed distance to its three sides.
      const r = size * 0.25;
      const cy = dy - size * 0.08;
      const s = Math.sqrt(3) / 2;
      return Math.max(cy - r, -0.5 * cy + s * dx - r, -0.5 * cy - s * dx - r);
    }
  }
}

/** Colour bands from the edge inward (width in pixels), then the fill. */
function bands(type: EventType, status: Status): { bands: [number, Rgb][]; fill: Rgb } {
  const dark = rgb(OUTLINE_COLOUR);
  const white: Rgb = [255, 255, 255];
  const colour = rgb(TYPE_COLOURS[type]);
  const k = ICON_PIXEL_RATIO;
  switch (STATUS_SHAPES[status]) {
    case 'disc':
      return { bands: [[2 * k, dark]], fill: colour };
    case 'ring':
      return {
        bands: [
          [1 * k, dark],
          [3.5 * k, colour],
          [0.75 * k, dark],
        ],
        fill: white,
      };
    default:
      return {
        bands: [
          [1 * k, dark],
          [1 * k, white],
        ],
        fill: colour,
      };
  }
}

export function drawIcon(type: EventType, status: Status, size = ICON_SIZE): IconImage {
  const data = new Uint8Array(size * size * 4);
  const shape = STATUS_SHAPES[status];
  const paint = bands(type, status);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const d = shapeDistance(shape, x + 0.5, y + 0.5, size);
      const alpha = Math.min(1, Math.max(0, 0.5 - d));
      if (alpha === 0) continue;
      let depth = -d;
      let colour = paint.fill;
      for (const [width, c] of paint.bands) {
        if (depth < width) {
          colour = c;
          break;
        }
        depth -= width;
      }
      const o = (y * size + x) * 4;
      data.set([colour[0], colour[1], colour[2], Math.round(alpha * 255)], o);
    }
  }
  return { width: size, height: size, data };
}

/** Every icon the events layer can ask for, by name. */
export function eventIcons(): [string, IconImage][] {
  return EVENT_TYPES.flatMap((t) =>
    STATUSES.map((s): [string, IconImage] => [symbolImageName(t, s), drawIcon(t, s)]),
  );
}
