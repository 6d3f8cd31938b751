/**
 * Draws a mark picture (mark-picture.ts) into an RGBA image for MapLibre, with a 2D canvas
 * at the screen's pixel ratio, so counts are real text and edges are crisp. Where there is
 * no OffscreenCanvas (unit tests under Node or jsdom) the image is left transparent: what a
 * mark shows is asserted on its picture, and the browser tests check the pixels.
 */
import { OUTLINE_COLOUR, SEVERITY_COLOUR, STATUS_SHAPES, TYPE_COLOURS } from '../domain/symbols';
import type { MarkPicture } from './mark-picture';
import { groupRadius, SOLO_RADIUS } from './mark-size';

export interface MarkImage {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

const INK = '#1d2733';
const WHITE = '#ffffff';
type Ctx = OffscreenCanvasRenderingContext2D;

/** The status symbol, the same shapes as the list's SVG (status-symbol.tsx) on a 24-unit box. */
function statusShape(ctx: Ctx, picture: Extract<MarkPicture, { kind: 'event' }>, unit: number) {
  const colour = TYPE_COLOURS[picture.type];
  const at = (u: number) => (u - 12) * unit;
  ctx.lineWidth = 1.5 * unit;
  ctx.strokeStyle = OUTLINE_COLOUR;
  ctx.fillStyle = colour;
  ctx.beginPath();
  switch (STATUS_SHAPES[picture.status]) {
    case 'disc':
      ctx.arc(0, 0, 9 * unit, 0, 2 * Math.PI);
      ctx.fill();
      ctx.stroke();
      return;
    case 'ring':
      ctx.arc(0, 0, 9.6 * unit, 0, 2 * Math.PI);
      ctx.fillStyle = WHITE;
      ctx.fill();
      ctx.lineWidth = 1 * unit;
      ctx.stroke();
      ctx.beginPath();
      ctx.arc(0, 0, 7.5 * unit, 0, 2 * Math.PI);
      ctx.lineWidth = 4 * unit;
      ctx.strokeStyle = colour;
      ctx.stroke();
      return;
    case 'diamond':
      ctx.moveTo(0, at(1.5));
      ctx.lineTo(at(22.5), 0);
      ctx.lineTo(0, at(22.5));
      ctx.lineTo(at(1.5), 0);
      break;
    case 'triangle':
      ctx.moveTo(0, at(2.5));
      ctx.lineTo(at(22.5), at(20.5));
      ctx.lineTo(at(1.5), at(20.5));
      break;
  }
  ctx.closePath();
  ctx.fill();
  ctx.stroke();
}

function severityRing(ctx: Ctx, severity: 'killed' | 'wounded', radius: number) {
  ctx.beginPath();
  ctx.arc(0, 0, radius, 0, 2 * Math.PI);
  ctx.lineWidth = 2.4;
  ctx.strokeStyle = SEVERITY_COLOUR;
  ctx.setLineDash(severity === 'wounded' ? [3, 2] : []);
  ctx.stroke();
  ctx.setLineDash([]);
}

function donut(ctx: Ctx, picture: Extract<MarkPicture, { kind: 'group' }>) {
  const r = groupRadius(picture.n);
  const inner = r * 0.56;
  for (const s of picture.segments) {
    ctx.beginPath();
    ctx.moveTo(0, 0);
    ctx.arc(0, 0, r, s.from - Math.PI / 2, s.to - Math.PI / 2);
    ctx.closePath();
    ctx.fillStyle = TYPE_COLOURS[s.type];
    ctx.fill();
  }
  // Hairlines between segments so neighbouring warm colours stay apart.
  if (picture.segments.length > 1) {
    ctx.strokeStyle = WHITE;
    ctx.lineWidth = 1;
    for (const s of picture.segments) {
      ctx.beginPath();
      ctx.moveTo(0, 0);
      ctx.lineTo(r * Math.sin(s.from), -r * Math.cos(s.from));
      ctx.stroke();
    }
  }
  ctx.beginPath();
  ctx.arc(0, 0, r - 0.5, 0, 2 * Math.PI);
  ctx.lineWidth = 1.25;
  ctx.strokeStyle = OUTLINE_COLOUR;
  ctx.stroke();
  ctx.beginPath();
  ctx.arc(0, 0, inner, 0, 2 * Math.PI);
  ctx.fillStyle = WHITE;
  ctx.fill();
  ctx.lineWidth = 1;
  ctx.stroke();
  const size = Math.max(10, Math.min(14, inner * 1.05));
  ctx.font = `700 ${size}px "Noto Sans", system-ui, "DejaVu Sans", sans-serif`;
  ctx.fillStyle = INK;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(picture.label, 0, 0.5, inner * 1.9);
  if (picture.severity) {
    // Inside the room kept for it (mark-size.ts BADGE_ROOM): 0.62 r out on the diagonal.
    const bx = r * 0.62;
    const by = -r * 0.62;
    ctx.beginPath();
    ctx.arc(bx, by, 5, 0, 2 * Math.PI);
    ctx.fillStyle = picture.severity === 'killed' ? SEVERITY_COLOUR : WHITE;
    ctx.fill();
    ctx.lineWidth = picture.severity === 'killed' ? 1.5 : 2.2;
    ctx.strokeStyle = picture.severity === 'killed' ? WHITE : SEVERITY_COLOUR;
    ctx.stroke();
  }
}

let canvas: OffscreenCanvas | null = null;

/** A `size`-pixel (CSS) square image with the picture centred; transparent without a canvas. */
export function paintMark(picture: MarkPicture | null, size: number, pixelRatio: number): MarkImage {
  const side = Math.ceil(size * pixelRatio);
  if (typeof OffscreenCanvas === 'undefined' || !picture)
    return { width: side, height: side, data: new Uint8ClampedArray(side * side * 4) };
  canvas ??= new OffscreenCanvas(side, side);
  canvas.width = side;
  canvas.height = side;
  const ctx = canvas.getContext('2d', { willReadFrequently: true }) as Ctx;
  ctx.setTransform(pixelRatio, 0, 0, pixelRatio, (side / 2) | 0, (side / 2) | 0);
  ctx.lineJoin = 'round';
  if (picture.kind === 'group') donut(ctx, picture);
  else if (picture.severity) {
    statusShape(ctx, picture, 1.1);
    severityRing(ctx, picture.severity, 11.6);
  } else statusShape(ctx, picture, SOLO_RADIUS / 9);
  return { width: side, height: side, data: ctx.getImageData(0, 0, side, side).data };
}
