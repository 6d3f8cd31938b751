/**
 * The view as one image: a title and the view in words above the map (as drawn, at its
 * current camera), the legend on the map, the timeline's histogram of the filtered events with
 * the window marked, and the attribution, date and link below. Drawn on a 2D canvas from the
 * map's snapshot, so it works wherever the map draws.
 */
import type { AtlasEvent } from '../data/model';
import { EVENT_TYPES, type EventType, STATUSES } from '../data/schema';
import type { DayRange } from '../data/view-types';
import { STATUS_LABELS, TYPE_LABELS } from '../domain/labels';
import { OUTLINE_COLOUR, STATUS_SHAPES, type StatusShape, TYPE_COLOURS } from '../domain/symbols';
import { formatDayLabel } from '../shared/civil-date';
import { drawLines, wrapText } from './canvas-text';

export interface ImageParts {
  /** The map as drawn (a 2D copy of its canvas), or null when the map could not start. */
  map: HTMLCanvasElement | null;
  title: string;
  /** The view in words: window, filters, search, count. */
  view: string;
  /** Events passing filters and search, any time: what the histogram counts. */
  filtered: readonly AtlasEvent[];
  window: DayRange;
  extent: DayRange;
  link: string;
  /** Dataset, basemap and date, in one line. */
  credit: string;
}

const INK = '#1d2733';
const SOFT = '#4a5663';
const PAPER = '#fbfaf7';
const FONT = 'system-ui, "Noto Sans", "DejaVu Sans", sans-serif';

/** Draws a status shape in a colour, centred at (x, y) with radius r. */
export function drawSymbol(
  ctx: CanvasRenderingContext2D,
  shape: StatusShape,
  colour: string,
  x: number,
  y: number,
  r: number,
) {
  ctx.beginPath();
  if (shape === 'diamond') {
    ctx.moveTo(x, y - r);
    ctx.lineTo(x + r, y);
    ctx.lineTo(x, y + r);
    ctx.lineTo(x - r, y);
    ctx.closePath();
  } else if (shape === 'triangle') {
    ctx.moveTo(x, y - r);
    ctx.lineTo(x + r, y + r * 0.8);
    ctx.lineTo(x - r, y + r * 0.8);
    ctx.closePath();
  } else {
    ctx.arc(x, y, shape === 'ring' ? r * 0.75 : r, 0, Math.PI * 2);
  }
  if (shape === 'ring') {
    ctx.lineWidth = r * 0.5;
    ctx.strokeStyle = colour;
    ctx.stroke();
    return;
  }
  ctx.fillStyle = colour;
  ctx.fill();
  ctx.lineWidth = Math.max(1, r / 6);
  ctx.strokeStyle = OUTLINE_COLOUR;
  ctx.stroke();
}

function drawLegend(ctx: CanvasRenderingContext2D, types: EventType[], x: number, bottom: number, s: number) {
  const row = 17 * s;
  const rows = types.length + STATUSES.length + 2;
  const width = 190 * s;
  const height = rows * row + 10 * s;
  const top = bottom - height;
  ctx.fillStyle = 'rgba(255,255,255,0.93)';
  ctx.strokeStyle = '#d9d6cf';
  ctx.lineWidth = s;
  ctx.fillRect(x, top, width, height);
  ctx.strokeRect(x, top, width, height);
  ctx.font = `600 ${11 * s}px ${FONT}`;
  ctx.textBaseline = 'middle';
  let y = top + 5 * s + row / 2;
  const heading = (text: string) => {
    ctx.fillStyle = SOFT;
    ctx.font = `600 ${11 * s}px ${FONT}`;
    ctx.fillText(text, x + 8 * s, y);
    y += row;
    ctx.font = `${12 * s}px ${FONT}`;
  };
  heading('Colour: type');
  for (const t of types) {
    drawSymbol(ctx, 'disc', TYPE_COLOURS[t], x + 16 * s, y, 5.5 * s);
    ctx.fillStyle = INK;
    ctx.fillText(TYPE_LABELS[t], x + 28 * s, y);
    y += row;
  }
  heading('Shape: status');
  for (const st of STATUSES) {
    drawSymbol(ctx, STATUS_SHAPES[st], '#8a8f96', x + 16 * s, y, 5.5 * s);
    ctx.fillStyle = INK;
    ctx.fillText(STATUS_LABELS[st], x + 28 * s, y);
    y += row;
  }
}

/** Events per day of the extent, stacked by type, with the window shaded behind. */
function drawHistogram(
  ctx: CanvasRenderingContext2D,
  parts: ImageParts,
  x: number,
  y: number,
  w: number,
  h: number,
  s: number,
) {
  const [min, max] = parts.extent;
  const days = Math.max(1, max - min + 1);
  const counts = new Map<number, Map<EventType, number>>();
  let top = 1;
  for (const e of parts.filtered) {
    if (e.day < min || e.day > max) continue;
    const day = counts.get(e.day) ?? new Map<EventType, number>();
    day.set(e.type, (day.get(e.type) ?? 0) + 1);
    counts.set(e.day, day);
  }
  for (const day of counts.values())
    top = Math.max(
      top,
      [...day.values()].reduce((a, b) => a + b, 0),
    );
  const dx = w / days;
  ctx.fillStyle = 'rgba(11,92,173,0.12)';
  const [from, to] = parts.window;
  ctx.fillRect(x + (from - min) * dx, y, (to - from + 1) * dx, h);
  for (const [day, byType] of counts) {
    let base = y + h;
    for (const t of EVENT_TYPES) {
      const n = byType.get(t) ?? 0;
      if (n === 0) continue;
      const bar = (n / top) * h;
      ctx.fillStyle = TYPE_COLOURS[t];
      ctx.fillRect(x + (day - min) * dx, base - bar, Math.max(dx * 0.8, 1), bar);
      base -= bar;
    }
  }
  ctx.strokeStyle = '#8a8f96';
  ctx.lineWidth = s;
  ctx.beginPath();
  ctx.moveTo(x, y + h + 0.5 * s);
  ctx.lineTo(x + w, y + h + 0.5 * s);
  ctx.stroke();
  ctx.fillStyle = SOFT;
  ctx.font = `${11 * s}px ${FONT}`;
  ctx.textBaseline = 'top';
  ctx.fillText(formatDayLabel(min), x, y + h + 3 * s);
  const end = formatDayLabel(max);
  ctx.fillText(end, x + w - ctx.measureText(end).width, y + h + 3 * s);
  const label = `Events per day; the shaded days are the window (${formatDayLabel(from)} to ${formatDayLabel(to)})`;
  ctx.fillText(label, x + (w - ctx.measureText(label).width) / 2, y + h + 3 * s);
}

export function composeImage(parts: ImageParts, doc: Document = document): HTMLCanvasElement {
  const width = parts.map?.width ?? 1200;
  const mapHeight = parts.map?.height ?? 600;
  const s = Math.min(3, Math.max(1, width / 1200));
  const pad = 16 * s;
  const measure = doc.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
  measure.font = `600 ${20 * s}px ${FONT}`;
  const titleLines = wrapText(measure, parts.title, width - 2 * pad);
  measure.font = `${13 * s}px ${FONT}`;
  const viewLines = wrapText(measure, parts.view, width - 2 * pad);
  measure.font = `${12 * s}px ${FONT}`;
  const footLines = [
    ...wrapText(measure, `Link: ${parts.link}`, width - 2 * pad),
    ...wrapText(measure, parts.credit, width - 2 * pad),
  ];
  const head = pad + titleLines.length * 26 * s + viewLines.length * 18 * s + pad / 2;
  const histogram = 90 * s;
  const foot = pad + footLines.length * 16 * s + pad;
  const canvas = doc.createElement('canvas');
  canvas.width = width;
  canvas.height = Math.round(head + mapHeight + pad + histogram + 18 * s + foot);
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
  ctx.fillStyle = PAPER;
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.textBaseline = 'top';
  ctx.fillStyle = INK;
  ctx.font = `600 ${20 * s}px ${FONT}`;
  let y = drawLines(ctx, titleLines, pad, pad, 26 * s);
  ctx.fillStyle = SOFT;
  ctx.font = `${13 * s}px ${FONT}`;
  drawLines(ctx, viewLines, pad, y, 18 * s);
  y = head;
  if (parts.map) ctx.drawImage(parts.map, 0, y);
  else {
    ctx.fillStyle = '#dde5ea';
    ctx.fillRect(0, y, width, mapHeight);
    ctx.fillStyle = INK;
    ctx.fillText('The map could not be drawn.', pad, y + pad);
  }
  const types = EVENT_TYPES.filter((t) => parts.filtered.some((e) => e.type === t));
  drawLegend(ctx, types, pad / 2, y + mapHeight - pad / 2, s);
  y += mapHeight + pad;
  drawHistogram(ctx, parts, pad, y, width - 2 * pad, histogram, s);
  y += histogram + 18 * s + pad / 2;
  ctx.textBaseline = 'top';
  ctx.fillStyle = INK;
  ctx.font = `${12 * s}px ${FONT}`;
  drawLines(ctx, footLines, pad, y, 16 * s);
  return canvas;
}

export function canvasToPng(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded.'))),
      'image/png',
    ),
  );
}
