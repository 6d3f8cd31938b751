/** Small validators for URL values. Each returns null for anything it cannot use. */
import { DIRECTIONS, EVENT_TYPES, STATUSES } from '../data/schema';
import type { Camera } from '../data/view-types';

export const MAX_URL_LENGTH = 4000;
const ID = /^[a-z0-9][a-z0-9-]{0,120}$/;
const COUNTRY = /^[A-Z]{2}$/;

/** Splits a raw query value on commas, decoding each item; null if any item is malformed. */
export function splitList(raw: string): string[] | null {
  try {
    return raw
      .split(',')
      .map((item) => decodeURIComponent(item.replace(/\+/g, ' ')).trim())
      .filter((item) => item.length > 0);
  } catch {
    return null;
  }
}

export function decodeValue(raw: string): string | null {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' '));
  } catch {
    return null;
  }
}

function oneOf<T extends string>(allowed: readonly T[]) {
  return (value: string): value is T => (allowed as readonly string[]).includes(value);
}

export const isEventType = oneOf(EVENT_TYPES);
export const isDirection = oneOf(DIRECTIONS);
export const isStatus = oneOf(STATUSES);
export const isId = (value: string) => ID.test(value);
export const isCountry = (value: string) => COUNTRY.test(value);
/** Free text from a link: printable and short; it is only ever compared, never rendered as HTML. */
export const isPlainText = (value: string) => value.length <= 200 && !/\p{Cc}/u.test(value);

function inside(value: number, min: number, max: number): boolean {
  return Number.isFinite(value) && value >= min && value <= max;
}

/** `zoom/lat/lng[/bearing/pitch]`, as MapLibre's hash writes it. */
export function parseCamera(raw: string): Camera | null {
  if (!/^[-0-9./]+$/.test(raw)) return null;
  const parts = raw.split('/');
  if (parts.length !== 3 && parts.length !== 5) return null;
  const [zoom, lat, lng, bearing = 0, pitch = 0] = parts.map((p) => (p === '' ? Number.NaN : Number(p)));
  if (
    !inside(zoom as number, 0, 22) ||
    !inside(lat as number, -85, 85) ||
    !inside(lng as number, -180, 180) ||
    !inside(bearing, -180, 180) ||
    !inside(pitch, 0, 85)
  ) {
    return null;
  }
  return { zoom: zoom as number, lat: lat as number, lng: lng as number, bearing, pitch };
}

const round = (value: number, digits: number) => Number(value.toFixed(digits));

export function formatCamera(camera: Camera): string {
  const parts = [round(camera.zoom, 2), round(camera.lat, 4), round(camera.lng, 4)];
  if (round(camera.bearing, 0) !== 0 || round(camera.pitch, 0) !== 0) {
    parts.push(round(camera.bearing, 0), round(camera.pitch, 0));
  }
  return parts.join('/');
}
