/**
 * Small validators for URL values. Each returns null (or drops the item) for anything it
 * cannot use; none of them throws, whatever the input. Values are only ever compared.
 */
import type { Camera } from '../data/view-types';

/** Links longer than this are not parsed at all (a few thousand characters, as browsers allow). */
export const MAX_URL_LENGTH = 4000;
/** A filter list keeps at most this many values: far more than the dataset has. */
export const MAX_LIST = 50;

export function decodeValue(raw: string): string | null {
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
    .split(',')
    .slice(0, MAX_LIST * 2)
    .map((item) => {
      const value = decodeValue(item);
      return value === null ? null : value.trim();
    })
    .filter((item) => item !== '');
}

function inside(value: number, min: number, max: number): boolean {
  return Number.isFinite(value) && value >= min && value <= max;
}

export const CAMERA_LIMITS = { zoom: [0, 22], lat: [-85, 85], lng: [-180, 180], pitch: [0, 85] } as const;

/** `zoom/lat/lng[/bearing/pitch]`, as MapLibre's hash writes it; null if any part is off. */
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
  // `+ 0` turns -0 into 0 so equal cameras compare equal.
  return { zoom: zoom + 0, lat: lat + 0, lng: lng + 0, bearing: bearing + 0, pitch: pitch + 0 };
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
 * decoded camera encodes to the same text again.
 */
export function formatCamera(camera: Camera): string {
  const zoom = fixed(camera.zoom, 2);
  const digits = Math.max(0, Math.ceil((Number(zoom) * Math.LN2 + Math.log(512 / 360 / 0.5)) / Math.LN10));
  const parts = [zoom, fixed(camera.lat, digits), fixed(camera.lng, digits)];
  const bearing = fixed(camera.bearing, 0);
  const pitch = fixed(camera.pitch, 0);
  if (bearing !== '0' || pitch !== '0') parts.push(bearing, pitch);
  return parts.join('/');
}
