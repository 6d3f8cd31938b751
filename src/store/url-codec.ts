/**
 * The URL contract, in one pure module: `decodeUrl` reads a link into view state, and
 * `encodeUrl` writes view state as the canonical query string (fixed order, defaults left
 * out, lists sorted), so one view always gives one link. Each parameter is validated on its
 * own; a bad one falls back to its default and is named in a notice. Values are only ever
 * compared: never evaluated, fetched or rendered as HTML. The playback position needs no key
 * of its own: a paused playback *is* its window (`from`/`to`).
 */
import { FILTER_KEYS, FILTER_SPECS } from '../data/filter-spec';
import { cleanText, isId } from '../data/values';
import { EMPTY_FILTERS, type Filters } from '../data/view-types';
import { formatCivilDate, parseCivilDate } from '../shared/civil-date';
import { isDataPath } from './data-path';
import { KNOWN_KEYS, migrate, type RawParams, URL_SCHEMA_VERSION } from './url-migrate';
import { decodeValue, encodeValue, formatCamera, MAX_LIST, parseCamera, splitList } from './url-params';
import type { ViewState } from './view-state';

export { URL_SCHEMA_VERSION };

export interface Decoded {
  view: Partial<ViewState>;
  notices: string[];
}

function readParams(search: string): RawParams {
  const params: RawParams = new Map();
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (!pair) continue;
    const at = pair.indexOf('=');
    const key = decodeValue(at < 0 ? pair : pair.slice(0, at)) ?? '';
    // Only keys some version of a link used; the first value wins. A Map cannot be polluted
    // through keys such as `__proto__`.
    if (KNOWN_KEYS.has(key) && !params.has(key)) params.set(key, at < 0 ? '' : pair.slice(at + 1));
  }
  return params;
}

type Bad = (key: string) => void;

function readDate(params: RawParams, key: string, bad: Bad): number | undefined {
  const raw = params.get(key);
  if (raw === undefined) return undefined;
  const day = parseCivilDate(decodeValue(raw)?.trim() ?? '');
  if (day === null) bad(key);
  return day ?? undefined;
}

function decodeRange(params: RawParams, view: Partial<ViewState>, bad: Bad) {
  let from = readDate(params, 'from', bad);
  let to = readDate(params, 'to', bad);
  // A reversed window is read the way it was surely meant (timemap sorts the same way).
  if (from !== undefined && to !== undefined && from > to) [from, to] = [to, from];
  if (from !== undefined || to !== undefined) {
    view.range = [from ?? Number.NEGATIVE_INFINITY, to ?? Number.POSITIVE_INFINITY];
  }
}

function decodeFilters(params: RawParams, bad: Bad): Filters | undefined {
  let filters: Filters | undefined;
  for (const key of FILTER_KEYS) {
    const { param, canonical, isValue } = FILTER_SPECS[key];
    const raw = params.get(param);
    if (raw === undefined) continue;
    const items = splitList(raw);
    const good = items.flatMap((item) => {
      const value = item === null ? null : canonical(item);
      return value !== null && isValue(value) ? [value] : [];
    });
    if (good.length < items.length || good.length === 0) bad(param);
    if (good.length === 0) continue;
    const values = [...new Set(good)].sort().slice(0, MAX_LIST);
    filters = { ...(filters ?? EMPTY_FILTERS), [key]: values };
  }
  return filters;
}

/** Decodes one parameter with `read`; undefined = absent or unusable (then named in `bad`). */
function take<T>(params: RawParams, key: string, read: (value: string) => T | null, bad: Bad) {
  const raw = params.get(key);
  if (raw === undefined) return undefined;
  const text = decodeValue(raw);
  const value = text === null ? null : read(text.trim());
  if (value === null) bad(key);
  return value ?? undefined;
}

const readText = (text: string) => cleanText(text);
const readId = (text: string) => (isId(text) ? text : null);
const readMode = (text: string) => (text === 'map' || text === 'list' || text === 'about' ? text : null);
const readDataPath = (text: string) => (isDataPath(text) ? text : null);

function decodeSingles(params: RawParams, view: Partial<ViewState>, bad: Bad) {
  const data = take(params, 'data', readDataPath, bad);
  if (data) view.data = data;
  const search = take(params, 'q', readText, bad);
  if (search) view.search = search;
  const event = take(params, 'event', readId, bad);
  const place = take(params, 'place', readId, bad);
  if (event) view.selection = { kind: 'event', id: event };
  else if (place) view.selection = { kind: 'site', id: place };
  const mode = take(params, 'view', readMode, bad);
  if (mode === 'list' || mode === 'about') view.view = mode;
  const camera = take(params, 'map', parseCamera, bad);
  if (camera) view.camera = camera;
}

/**
 * Reads `location.search` (and a legacy `#zoom/lat/lng` or `#map=zoom/lat/lng` hash). Never
 * throws. However long the link, each parameter is read on its own: an over-long value is
 * reported and the rest still opens.
 */
export function decodeUrl(search: string, hash = ''): Decoded {
  const notices: string[] = [];
  const ignored = new Set<string>();
  const bad = (key: string) => ignored.add(key);
  const { version, badVersion, params } = migrate(readParams(search));
  if (badVersion) bad('v');
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
  if (version > URL_SCHEMA_VERSION) {
    notices.push(
      `This link was made by a newer version of Incident Atlas (v${version}); it is shown as far as this version can read it.`,
    );
  }
  if (ignored.size > 0) {
    notices.push(`Some parts of the link could not be read and were reset: ${[...ignored].join(', ')}.`);
  }
  return { view, notices };
}

/**
 * The longest link `encodeUrl` can write: every list full of the longest values, the longest
 * search, id and camera (tests/unit/url-codec.property.test.ts builds it). A real view's link
 * is a few hundred characters. The decoder has no overall limit, only one per value, so every
 * link the app writes opens again.
 */
export const MAX_LINK_LENGTH = 54_000;

/** The canonical query string for a view (`''` for the default view). */
export function encodeUrl(view: ViewState): string {
  const parts: string[] = [];
  // The data first: every other parameter is read against it.
  if (view.data && isDataPath(view.data)) parts.push(`data=${view.data}`);
  if (view.range) {
    const [from, to] = view.range;
    if (Number.isFinite(from)) parts.push(`from=${formatCivilDate(from)}`);
    if (Number.isFinite(to)) parts.push(`to=${formatCivilDate(to)}`);
  }
  for (const key of FILTER_KEYS) {
    const { param, canonical, isValue } = FILTER_SPECS[key];
    const chosen: readonly string[] = view.filters[key];
    const values = chosen.map(canonical).filter(isValue);
    const sorted = [...new Set(values)].sort().slice(0, MAX_LIST);
    if (sorted.length > 0) parts.push(`${param}=${sorted.map(encodeValue).join(',')}`);
  }
  const search = cleanText(view.search);
  if (search) parts.push(`q=${encodeValue(search)}`);
  if (view.selection && isId(view.selection.id)) {
    parts.push(`${view.selection.kind === 'event' ? 'event' : 'place'}=${view.selection.id}`);
  }
  if (view.view !== 'map') parts.push(`view=${view.view}`);
  if (view.camera) parts.push(`map=${formatCamera(view.camera)}`);
  return parts.length > 0 ? `?v=${URL_SCHEMA_VERSION}&${parts.join('&')}` : '';
}
