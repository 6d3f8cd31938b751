/**
 * Small helpers for the scripts that edit public/data. The committed files there are the
 * source of truth: scripts read them (or a tagged past version through git), change them in
 * a reviewable way and write them back in the one layout the repository uses.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

export const DATA = new URL('../../public/data/', import.meta.url);
export const FILES = ['sites.geojson', 'events.geojson', 'official-counts.json'];

export function readData(name) {
  return JSON.parse(readFileSync(new URL(name, DATA), 'utf8'));
}

/** A data file as committed at `rev` (a commit), read through git so no copy is needed. */
export function readDataAt(rev, name) {
  const text = execFileSync('git', ['show', `${rev}:public/data/${name}`], {
    cwd: new URL('../../', import.meta.url),
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(text);
}

export function writeData(name, value) {
  writeFileSync(new URL(name, DATA), `${JSON.stringify(value, null, 2)}\n`);
}

export function readJsonFile(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2023-11-21" -> "21 Nov 2023" (or "21 Nov" without the year). */
export function dayLabel(iso, withYear = true) {
  const [y, m, d] = iso.split('-').map(Number);
  return withYear ? `${d} ${MONTHS[m - 1]} ${y}` : `${d} ${MONTHS[m - 1]}`;
}

export function addDays(iso, n) {
  const t = Date.UTC(...iso.split('-').map((v, i) => (i === 1 ? Number(v) - 1 : Number(v)))) + n * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

export function daysBetween(a, b) {
  return (Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000;
}

/** A feature with properties, its id repeated and its geometry copied from the site. */
export function eventFeature(props, site) {
  const coords = site?.geometry?.coordinates ?? null;
  return {
    type: 'Feature',
    id: props.id,
    geometry: coords ? { type: 'Point', coordinates: coords } : null,
    properties: props,
  };
}
