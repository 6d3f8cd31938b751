#!/usr/bin/env node
// Draws the app's icons (favicon, install icons) from one description of simple shapes: an
// SVG, and PNGs rendered here with 4x4 supersampling and written with node:zlib, so the
// build needs no image library.
//
//   node scripts/build-icons.mjs [outDir]     (default: public)
//
// Writes <out>/icons/icon.svg, icon-192.png, icon-512.png, maskable-512.png, apple-touch-180.png.
// Deterministic, and a file is rewritten only when its bytes change.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const INK = '#1d2733';
const PAPER = '#fbfaf7';
// The drone-attack colour of src/domain/symbols.ts: the mark reads as "an event on the map".
const MARK = '#e69f00';

/** The icon on a 512 grid: a marker ring and its centre. Maskable icons keep it inside r 205. */
const SHAPES = [
  { kind: 'ring', cx: 256, cy: 256, r: 150, width: 36, fill: PAPER },
  { kind: 'disc', cx: 256, cy: 256, r: 64, fill: MARK },
];

function svg(rounded) {
  const rx = rounded ? 104 : 0;
  const parts = SHAPES.map((s) =>
    s.kind === 'ring'
      ? `<circle cx="${s.cx}" cy="${s.cy}" r="${s.r}" fill="none" stroke="${s.fill}" stroke-width="${s.width}"/>`
      : `<circle cx="${s.cx}" cy="${s.cy}" r="${s.r}" fill="${s.fill}"/>`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><title>Incident Atlas</title><rect width="512" height="512" rx="${rx}" fill="${INK}"/>${parts.join('')}</svg>\n`;
}

const rgb = (hex) => [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));

/** The colour at a point of the 512 grid, or null outside the (rounded) background. */
function colourAt(x, y, rounded) {
  if (rounded) {
    const r = 104;
    const dx = Math.max(r - x, 0, x - (512 - r));
    const dy = Math.max(r - y, 0, y - (512 - r));
    if (dx * dx + dy * dy > r * r) return null;
  }
  let colour = INK;
  for (const s of SHAPES) {
    const d = Math.hypot(x - s.cx, y - s.cy);
    if (s.kind === 'ring' ? Math.abs(d - s.r) <= s.width / 2 : d <= s.r) colour = s.fill;
  }
  return colour;
}

function render(size, rounded) {
  const pixels = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy += 1) {
        for (let sx = 0; sx < n; sx += 1) {
          const colour = colourAt(
            ((px + (sx + 0.5) / n) * 512) / size,
            ((py + (sy + 0.5) / n) * 512) / size,
            rounded,
          );
          if (colour === null) continue;
          const [r, g, b] = rgb(colour);
          sum[0] += r;
          sum[1] += g;
          sum[2] += b;
          sum[3] += 1;
        }
      }
      const at = (py * size + px) * 4;
      // Colour averaged over covered samples; alpha is the coverage.
      for (let c = 0; c < 3; c += 1) pixels[at + c] = sum[3] ? Math.round(sum[c] / sum[3]) : 0;
      pixels[at + 3] = Math.round((sum[3] / (n * n)) * 255);
    }
  }
  return png(size, pixels);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'ascii');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** An 8-bit RGBA PNG, each row with filter 0. */
function png(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y += 1)
    pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function write(path, bytes) {
  if (existsSync(path) && readFileSync(path).equals(Buffer.from(bytes))) return;
  writeFileSync(path, bytes);
}

const ICONS = {
  'icon.svg': () => svg(true),
  'icon-192.png': () => render(192, true),
  'icon-512.png': () => render(512, true),
  'maskable-512.png': () => render(512, false),
  'apple-touch-180.png': () => render(180, false),
};

const out = join(process.argv[2] ?? 'public', 'icons');
// Rendering takes seconds on a small machine: skip it when this script has not changed.
const stamp = join('node_modules', '.cache', 'incident-atlas-icons.hash');
const source = createHash('sha256')
  .update(readFileSync(fileURLToPath(import.meta.url)))
  .digest('hex');
const fresh =
  existsSync(stamp) &&
  readFileSync(stamp, 'utf8') === source &&
  Object.keys(ICONS).every((name) => existsSync(join(out, name)));
if (!fresh) {
  mkdirSync(out, { recursive: true });
  for (const [name, draw] of Object.entries(ICONS)) write(join(out, name), draw());
  mkdirSync(join('node_modules', '.cache'), { recursive: true });
  writeFileSync(stamp, source);
  console.log(`icons written to ${out}`);
}
