/**
 * Small readers for URL values. Each returns null (or drops the item) for anything it cannot
 * use; none of them throws, whatever the input. Values are only ever compared.
 */
import { MAX_ID_LENGTH, MAX_TEXT } from '../data/values';
import type { Camera } from '../data/view-types';
import { MAX_PITCH, REGION_BOUNDS, ZOOM_RANGE } from '../domain/region';

/** A filter list keeps at most this many values: far more than the dataset has. */
export const MAX_LIST = 50;

/**
 * The longest raw (percent-encoded) value, or list item, worth decoding: the longest that
 * `encodeUrl` can write (an id, or a text of MAX_TEXT code units at up to 9 characters each,
 * `%E2%80%A6`). Anything longer was not written by us and is reported unread, so a huge
 * value costs no work and does not stop the rest of the link from opening.
 */
export const MAX_RAW_VALUE = Math.max(MAX_ID_LENGTH, MAX_TEXT * 9);

export function decodeValue(raw: string): string | null {
  if (raw.length > MAX_RAW_VALUE) return null;
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

/**
 * Splits a raw query value on literal commas (a comma inside a value is written `%2C`) and
 * decodes each item; undecodable items become null so the caller can report them.
 */
export function splitList(raw: string): (string | null)[] {
  return raw
    .split(',', MAX_LIST * 2)
    .map((item) => {
      const value = decodeValue(item);
      return value === null ? null : value.trim();
    })
    .filter((item) => item !== '');
}

/**
 * The same text `encodeURIComponent` writes, and the same the browser keeps in its address
 * bar: `'` is escaped too (browsers escape it in a query), so the canonical link and the one
 * the reader sees are the same. Lone surrogates, which cannot be encoded, are dropped.
 */
export function encodeValue(value: string): string {
  return encodeURIComponent(value.replace(/\p{Cs}/gu, '')).replace(/'/g, '%27');
}

function inside(value: number, min: number, max: number): boolean {
  return Number.isFinite(value) && value >= min && value <= max;
}

const clamp = (value: number, min: number, max: number) => Math.min(max, Math.max(min, value));

/** What a link's camera may say at all; values outside these make no sense anywhere. */
export const CAMERA_LIMITS = { zoom: [0, 24], lat: [-90, 90], lng: [-180, 180], pitch: [0, 90] } as const;

/**
 * The camera the map can actually take: the centre inside the region, the zoom and tilt in
 * the map's range, the bearing in (-180, 180]. `+ 0` turns -0 into 0 so equal cameras
 * compare equal.
 */
export function clampCamera(camera: Camera): Camera {
  const [west, south, east, north] = REGION_BOUNDS;
  const bearing = camera.bearing <= -180 ? camera.bearing + 360 : camera.bearing;
  return {
    zoom: clamp(camera.zoom, ZOOM_RANGE[0], ZOOM_RANGE[1]) + 0,
    lat: clamp(camera.lat, south, north) + 0,
    lng: clamp(camera.lng, west, east) + 0,
    bearing: clamp(bearing, -180, 180) + 0,
    pitch: clamp(camera.pitch, 0, MAX_PITCH) + 0,
  };
}

/**
 * `zoom/lat/lng[/bearing/pitch]`, as MapLibre's hash writes it: null if a part is not a
 * plain decimal or lies outside `CAMERA_LIMITS`; otherwise clamped to what the map can show.
 */
export function parseCamera(raw: string): Camera | null {
  if (raw.length > 100 || !/^[-0-9./]+$/.test(raw)) return null;
  const parts = raw.split('/');
  if (parts.length !== 3 && parts.length !== 5) return null;
  const [zoom = 0, lat = 0, lng = 0, bearing = 0, pitch = 0] = parts.map((p) =>
    /^-?\d+(\.\d+)?$/.test(p) ? Number(p) : Number.NaN,
  );
  const { zoom: z, lat: la, lng: ln, pitch: p } = CAMERA_LIMITS;
  if (
    !inside(zoom, z[0], z[1]) ||
    !inside(lat, la[0], la[1]) ||
    !inside(lng, ln[0], ln[1]) ||
    !inside(bearing, -180, 180) ||
    !inside(pitch, p[0], p[1])
  ) {
    return null;
  }
  return clampCamera({ zoom, lat, lng, bearing, pitch });
}

/** Fixed decimals without trailing zeros, never in exponent form (`1e-7` is not a camera). */
function fixed(value: number, digits: number): string {
  const text = value.toFixed(digits);
  const short = text.includes('.') ? text.replace(/\.?0+$/, '') : text;
  return short === '-0' ? '0' : short;
}

/**
 * MapLibre's hash precision: enough decimals to place the centre within a pixel at this zoom
 * (3 at zoom 6, 4 at zoom 10), so links stay short. Computed from the written zoom, so a
 * decoded camera encodes to the same text again. The camera is clamped first, so what is
 * written is a camera the map can show.
 */
export function formatCamera(input: Camera): string {
  const camera = clampCamera(input);
  const zoom = fixed(camera.zoom, 2);
  const digits = Math.max(0, Math.ceil((Number(zoom) * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
  const parts = [zoom, fixed(camera.lat, digits), fixed(camera.lng, digits)];
  // Whole degrees; -180 and 180 are the same bearing, written as 180.
  const rounded = fixed(camera.bearing, 0);
  const bearing = rounded === '-180' ? '180' : rounded;
  const pitch = fixed(camera.pitch, 0);
  if (bearing !== '0' || pitch !== '0') parts.push(bearing, pitch);
  return parts.join('/');
}
