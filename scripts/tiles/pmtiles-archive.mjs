// Writes a PMTiles version 3 archive (https://github.com/protomaps/PMTiles, spec/v3/spec.md):
// one file a static host serves with HTTP range requests, so a browser fetches only the tiles
// in view. The `pmtiles` package reads archives but has no writer, hence this small one.
//
// Layout: header (127 bytes) | root directory | JSON metadata | leaf directories | tiles.
// Directories and metadata are gzipped ("internal compression"), and so is every tile.
import { gzipSync } from 'node:zlib';
import { zxyToTileId } from 'pmtiles';

const HEADER_BYTES = 127;
/** The spec keeps header + root directory within the first 16 KiB a client fetches up front. */
export const ROOT_DIRECTORY_LIMIT = 16_384 - HEADER_BYTES;
const GZIP = 2;
const MVT = 1;

/** Appends `value` (a non-negative safe integer) as a protobuf varint; no bit operators, which stop at 2^31. */
function pushVarint(out, value) {
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest % 0x80) + 0x80);
    rest = Math.floor(rest / 0x80);
  }
  out.push(rest);
}

/**
 * A directory's bytes before compression: the entry count, then each column in turn
 * (tile ids as deltas, run lengths, lengths, offsets), which is what makes them compress well.
 * An offset that follows straight on from the previous entry is written as 0, others as offset + 1.
 */
export function encodeDirectory(entries) {
  const out = [];
  pushVarint(out, entries.length);
  let lastId = 0;
  for (const entry of entries) {
    pushVarint(out, entry.tileId - lastId);
    lastId = entry.tileId;
  }
  for (const entry of entries) pushVarint(out, entry.runLength);
  for (const entry of entries) pushVarint(out, entry.length);
  let nextByte = 0;
  entries.forEach((entry, index) => {
    pushVarint(out, index > 0 && entry.offset === nextByte ? 0 : entry.offset + 1);
    nextByte = entry.offset + entry.length;
  });
  return Uint8Array.from(out);
}

const gzip = (bytes) => new Uint8Array(gzipSync(bytes));

/**
 * The root directory, and the leaf directories when every entry does not fit in the root:
 * leaves of `leafSize` entries, growing until the root that points at them fits.
 */
function directories(entries) {
  const root = gzip(encodeDirectory(entries));
  if (root.length <= ROOT_DIRECTORY_LIMIT) return { root, leaves: new Uint8Array(0) };
  for (let leafSize = 4096; ; leafSize *= 2) {
    const rootEntries = [];
    const leafParts = [];
    let offset = 0;
    for (let start = 0; start < entries.length; start += leafSize) {
      const leaf = gzip(encodeDirectory(entries.slice(start, start + leafSize)));
      rootEntries.push({ tileId: entries[start].tileId, offset, length: leaf.length, runLength: 0 });
      leafParts.push(leaf);
      offset += leaf.length;
    }
    const leafRoot = gzip(encodeDirectory(rootEntries));
    if (leafRoot.length <= ROOT_DIRECTORY_LIMIT) return { root: leafRoot, leaves: concat(leafParts) };
  }
}

function concat(parts) {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function header(fields) {
  const bytes = new Uint8Array(HEADER_BYTES);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode('PMTiles'), 0);
  view.setUint8(7, 3);
  const u64 = [
    fields.rootOffset,
    fields.rootLength,
    fields.metadataOffset,
    fields.metadataLength,
    fields.leavesOffset,
    fields.leavesLength,
    fields.tilesOffset,
    fields.tilesLength,
    fields.addressedTiles,
    fields.tileEntries,
    fields.tileContents,
  ];
  u64.forEach((value, index) => {
    view.setBigUint64(8 + index * 8, BigInt(value), true);
  });
  view.setUint8(96, 1); // clustered: tiles are stored in tile-id order
  view.setUint8(97, GZIP);
  view.setUint8(98, GZIP);
  view.setUint8(99, MVT);
  view.setUint8(100, fields.minZoom);
  view.setUint8(101, fields.maxZoom);
  const position = (at, lon, lat) => {
    view.setInt32(at, Math.round(lon * 1e7), true);
    view.setInt32(at + 4, Math.round(lat * 1e7), true);
  };
  const [west, south, east, north] = fields.bounds;
  position(102, west, south);
  position(110, east, north);
  view.setUint8(118, fields.centerZoom);
  position(119, (west + east) / 2, (south + north) / 2);
  return bytes;
}

/**
 * The archive's bytes. `tiles`: `{ z, x, y, data }` with `data` an uncompressed vector tile;
 * `bounds`: `[west, south, east, north]` in degrees; `metadata`: the TileJSON-like object the
 * spec asks for (it must name the `vector_layers`).
 */
export function buildArchive({ tiles, bounds, minZoom, maxZoom, centerZoom = minZoom, metadata }) {
  const sorted = tiles
    .map((tile) => ({ tileId: zxyToTileId(tile.z, tile.x, tile.y), data: gzip(tile.data) }))
    .sort((a, b) => a.tileId - b.tileId);
  const entries = [];
  let offset = 0;
  for (const tile of sorted) {
    entries.push({ tileId: tile.tileId, offset, length: tile.data.length, runLength: 1 });
    offset += tile.data.length;
  }
  const { root, leaves } = directories(entries);
  const meta = gzip(new TextEncoder().encode(JSON.stringify(metadata)));
  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const leavesOffset = metadataOffset + meta.length;
  const tilesOffset = leavesOffset + leaves.length;
  const head = header({
    rootOffset,
    rootLength: root.length,
    metadataOffset,
    metadataLength: meta.length,
    leavesOffset,
    leavesLength: leaves.length,
    tilesOffset,
    tilesLength: offset,
    addressedTiles: entries.length,
    tileEntries: entries.length,
    tileContents: entries.length,
    minZoom,
    maxZoom,
    centerZoom,
    bounds,
  });
  return concat([head, root, meta, leaves, ...sorted.map((tile) => tile.data)]);
}
