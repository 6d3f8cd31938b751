/**
 * The URL contract, in one pure module: `decodeUrl` reads a link into view state, and
 * `encodeUrl` writes view state as the canonical query string (fixed order, defaults left
 * out), so one view always gives one link. Each parameter is validated on its own; a bad
 * one falls back to its default and adds a notice. Values are only ever compared.
 */
import { formatCivilDate, parseCivilDate } from '../shared/civil-date';
import type { Filters } from '../data/view-types';
import type { ViewState } from './view-state';
import {
  MAX_URL_LENGTH,
  decodeValue,
  formatCamera,
  isCountry,
  isDirection,
  isEventType,
  isId,
  isPlainText,
  isStatus,
  parseCamera,
  splitList,
} from './url-params';

export const URL_SCHEMA_VERSION = 1;

export interface Decoded {
  view: Partial<ViewState>;
  notices: string[];
}

const LIST_PARAMS: [string, keyof Filters, (v: string) => boolean][] = [
  ['type', 'types', isEventType],
  ['dir', 'directions', isDirection],
  ['claimant', 'claimants', isPlainText],
  ['country', 'countries', isCountry],
  ['status', 'statuses', isStatus],
  ['site', 'sites', isId],
];

function readParams(search: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (!pair) continue;
    const at = pair.indexOf('=');
    const key = at < 0 ? pair : pair.slice(0, at);
    // First value wins; a Map cannot be polluted through keys such as `__proto__`.
    if (!params.has(key)) params.set(key, at < 0 ? '' : pair.slice(at + 1));
  }
  return params;
}

function decodeRange(params: Map<string, string>, view: Partial<ViewState>, bad: (k: string) => void) {
  const from = params.has('from') ? parseCivilDate(decodeValue(params.get('from') ?? '') ?? '') : undefined;
  const to = params.has('to') ? parseCivilDate(decodeValue(params.get('to') ?? '') ?? '') : undefined;
  if (from === null) bad('from');
  if (to === null) bad('to');
  if (typeof from === 'number' && typeof to === 'number' && from > to) {
    bad('from');
    bad('to');
    return;
  }
  if (typeof from === 'number' || typeof to === 'number') {
    view.range = [from ?? Number.NEGATIVE_INFINITY, to ?? Number.POSITIVE_INFINITY];
  }
}

function decodeFilters(params: Map<string, string>, bad: (k: string) => void): Filters | undefined {
  let filters: Filters | undefined;
  for (const [key, field, valid] of LIST_PARAMS) {
    const raw = params.get(key);
    if (raw === undefined) continue;
    const items = splitList(raw);
    if (!items || items.length === 0 || !items.every(valid)) {
      bad(key);
      continue;
    }
    filters = { ...(filters ?? emptyFilters()), [field]: [...new Set(items)].sort() };
  }
  return filters;
}

function emptyFilters(): Filters {
  return { types: [], directions: [], claimants: [], countries: [], statuses: [], sites: [] };
}

/** Decodes one parameter with `read`; undefined = absent, null = present but unusable. */
function take<T>(
  params: Map<string, string>,
  key: string,
  read: (raw: string) => T | null,
  bad: (k: string) => void,
) {
  const raw = params.get(key);
  if (raw === undefined) return undefined;
  const value = read(raw);
  if (value === null) bad(key);
  return value ?? undefined;
}

const readText = (raw: string) => {
  const text = decodeValue(raw);
  return text !== null && isPlainText(text) ? text.trim() : null;
};
const readId = (raw: string) => (isId(raw) ? raw : null);
const readMode = (raw: string) => (raw === 'map' || raw === 'list' ? raw : null);
const readCamera = (raw: string) => parseCamera(decodeValue(raw) ?? '');

function decodeSingles(params: Map<string, string>, view: Partial<ViewState>, bad: (k: string) => void) {
  const search = take(params, 'q', readText, bad);
  if (search !== undefined) view.search = search;
  const event = take(params, 'event', readId, bad);
  const place = event === undefined ? take(params, 'place', readId, bad) : undefined;
  if (event) view.selection = { kind: 'event', id: event };
  else if (place) view.selection = { kind: 'site', id: place };
  const mode = take(params, 'view', readMode, bad);
  if (mode) view.view = mode;
  const camera = take(params, 'map', readCamera, bad);
  if (camera) view.camera = camera;
}

/** Reads `location.search` (and a legacy `#zoom/lat/lng` hash) into view state. */
export function decodeUrl(search: string, hash = ''): Decoded {
  const notices: string[] = [];
  if (search.length + hash.length > MAX_URL_LENGTH) {
    return { view: {}, notices: ['The link is too long to be read; the default view is shown.'] };
  }
  const ignored = new Set<string>();
  const bad = (key: string) => ignored.add(key);
  const params = readParams(search);
  const view: Partial<ViewState> = {};
  decodeRange(params, view, bad);
  const filters = decodeFilters(params, bad);
  if (filters) view.filters = filters;
  decodeSingles(params, view, bad);
  const legacy = hash.replace(/^#(map=)?/, '');
  if (!view.camera && legacy) {
    const camera = parseCamera(legacy);
    if (camera) view.camera = camera;
  }
  if (ignored.size > 0) {
    notices.push(`Some parts of the link could not be read and were reset: ${[...ignored].join(', ')}.`);
  }
  return { view, notices };
}

const enc = (value: string) => encodeURIComponent(value);

/** The canonical query string for a view (`''` for the default view). */
export function encodeUrl(view: ViewState): string {
  const parts: string[] = [];
  if (view.range) {
    const [from, to] = view.range;
    if (Number.isFinite(from)) parts.push(`from=${formatCivilDate(from)}`);
    if (Number.isFinite(to)) parts.push(`to=${formatCivilDate(to)}`);
  }
  for (const [key, field] of LIST_PARAMS) {
    const values = view.filters[field] as string[];
    if (values.length > 0) parts.push(`${key}=${[...new Set(values)].sort().map(enc).join(',')}`);
  }
  if (view.search.trim()) parts.push(`q=${enc(view.search.trim())}`);
  if (view.selection)
    parts.push(`${view.selection.kind === 'event' ? 'event' : 'place'}=${view.selection.id}`);
  if (view.view !== 'map') parts.push(`view=${view.view}`);
  if (view.camera) parts.push(`map=${formatCamera(view.camera)}`);
  return parts.length > 0 ? `?v=${URL_SCHEMA_VERSION}&${parts.join('&')}` : '';
}
