/**
 * Links are quoted in reports for years, so every old form keeps opening. A link's schema
 * version comes from `v`; without `v`, a link that uses any v1 name is v1, and anything else
 * is the pre-versioned v0 form. `MIGRATIONS[n]` turns version n's raw parameters into
 * version n+1's; they run in order up to the current version. Renaming a key in a future
 * version means adding a migration here, never a silent break (see docs/url-parameters.md).
 */
import { decodeValue, encodeValue } from './url-params';

export const URL_SCHEMA_VERSION = 1;

/** Raw (still percent-encoded) values by key; a Map, so `__proto__` is just a key. */
export type RawParams = Map<string, string>;

export const V1_KEYS = [
  'from',
  'to',
  'type',
  'dir',
  'claimant',
  'country',
  'status',
  'site',
  'severity',
  'q',
  'event',
  'place',
  'view',
  'map',
  'data',
] as const;

/** Keys only v0 links used. */
const V0_KEYS = ['start', 'end', 'range', 'kinds', 'sel', 'id', 'zoom', 'lat', 'lng', 'lon'] as const;

/** Every key any version of a link has used; the reader keeps no other. */
export const KNOWN_KEYS: ReadonlySet<string> = new Set(['v', ...V1_KEYS, ...V0_KEYS]);

/** v0 event kinds were short words; v1 uses the dataset's own type names. */
const V0_KINDS: Record<string, string> = {
  drone: 'drone_attack',
  rocket: 'rocket_attack',
  missile: 'missile',
  mixed: 'mixed',
  intercept: 'interception',
  airstrike: 'us_airstrike',
  strike: 'us_airstrike',
  other: 'other',
};

function v0Kind(raw: string): string {
  const word = decodeValue(raw)?.trim().toLowerCase() ?? '';
  return Object.hasOwn(V0_KINDS, word) ? (V0_KINDS[word] as string) : encodeValue(word);
}

/**
 * v0 → v1. v0 links (before `v` existed) looked like
 * `?start=2023-10-18&end=2023-11-30&kinds=drone,rocket&sel=<event id>&zoom=6&lat=34&lng=41`,
 * or in the timemap style `?range=2023-10-18,2023-11-30&id=<event id>`. `q` kept its name.
 */
function migrateV0(params: RawParams): RawParams {
  const out: RawParams = new Map();
  const copy = (from: string, to: string) => {
    const value = params.get(from);
    if (value !== undefined && !out.has(to)) out.set(to, value);
  };
  const range = decodeValue(params.get('range') ?? '')
    ?.split(',')
    .map((d) => d.trim());
  if (range?.length === 2) {
    // Timemap sorted the two dates on read; so do we.
    const [a = '', b = ''] = [...range].sort();
    out.set('from', a);
    out.set('to', b);
  }
  copy('start', 'from');
  copy('end', 'to');
  const kinds = params.get('kinds');
  if (kinds !== undefined) out.set('type', kinds.split(',').map(v0Kind).join(','));
  copy('sel', 'event');
  copy('id', 'event');
  copy('q', 'q');
  const [zoom, lat, lng] = ['zoom', 'lat', 'lng'].map((k) => decodeValue(params.get(k) ?? ''));
  if (zoom && lat && (lng || params.has('lon'))) {
    out.set('map', `${zoom}/${lat}/${lng || decodeValue(params.get('lon') ?? '')}`);
  }
  return out;
}

export const MIGRATIONS: readonly ((params: RawParams) => RawParams)[] = [migrateV0];

export interface Versioned {
  /** The link's own version; may be above the current one. */
  version: number;
  /** True when `v` was present but unreadable. */
  badVersion: boolean;
  params: RawParams;
}

/** Reads the version and migrates older links up to the current version. */
export function migrate(params: RawParams): Versioned {
  const raw = params.get('v');
  let version: number;
  let badVersion = false;
  if (raw === undefined) {
    // `q` means the same in both, so it says nothing about the version.
    version = V1_KEYS.some((k) => k !== 'q' && params.has(k)) ? 1 : 0;
  } else if (/^\d{1,6}$/.test(raw)) {
    version = Number(raw);
  } else {
    version = URL_SCHEMA_VERSION;
    badVersion = true;
  }
  let current = params;
  for (let v = version; v < URL_SCHEMA_VERSION; v += 1)
    current = (MIGRATIONS[v] as typeof migrateV0)(current);
  return { version, badVersion, params: current };
}
