/**
 * The characters a mark's count needs, drawn once with a canvas into a one-channel atlas
 * (equal cells, tabular like a counter), which the marks' shader reads. Without a canvas
 * (unit tests under Node) there is no atlas and counts are not drawn.
 */
const FONT = '"Noto Sans", system-ui, "DejaVu Sans", sans-serif';

export interface GlyphAtlas {
  width: number;
  height: number;
  /** Width of every cell, device px. */
  cell: number;
  /** Coverage, row by row. */
  alpha: Uint8Array;
}

export function glyphAtlas(chars: string, size: number): GlyphAtlas | null {
  if (typeof OffscreenCanvas === 'undefined') return null;
  const probe = new OffscreenCanvas(8, 8).getContext('2d');
  if (!probe) return null;
  probe.font = `700 ${size}px ${FONT}`;
  const cell = Math.ceil(Math.max(...[...chars].map((ch) => probe.measureText(ch).width)));
  const height = Math.ceil(size * 1.3);
  const width = cell * chars.length;
  const canvas = new OffscreenCanvas(width, height);
  const ctx = canvas.getContext('2d', { willReadFrequently: true });
  if (!ctx) return null;
  ctx.font = `700 ${size}px ${FONT}`;
  ctx.textBaseline = 'middle';
  ctx.textAlign = 'center';
  ctx.fillStyle = '#000';
  [...chars].forEach((ch, i) => {
    ctx.fillText(ch, i * cell + cell / 2, height / 2 + 0.5);
  });
  const { data } = ctx.getImageData(0, 0, width, height);
  const alpha = new Uint8Array(width * height);
  for (let i = 0; i < alpha.length; i += 1) alpha[i] = data[i * 4 + 3] ?? 0;
  return { width, height, cell, alpha };
}
