/**
 * Events as columns: what the import worker hands to the page. Numbers and enums are typed
 * arrays (transferred, not copied); each text field is packed into one string with end
 * offsets, so a quarter of a million events cross from the worker as a few dozen objects
 * instead of millions of strings. The page builds `AtlasEvent` objects from them today; a
 * columnar renderer (issue #13) can read the same columns directly.
 */
import { DATE_PRECISIONS, DIRECTIONS, EVENT_TYPES, STATUSES } from './schema';

/** Strings packed into one: value i is `text.slice(ends[i - 1] ?? 0, ends[i])`, null where `nulls[i]`. */
export interface PackedStrings {
  text: string;
  ends: Uint32Array;
  nulls: Uint8Array;
}

export const TEXT_FIELDS = [
  'id',
  'timeUtc',
  'siteId',
  'country',
  'claimedBy',
  'attributedTo',
  'weapons',
  'casualties',
  'casualtySource',
  'summary',
  'notes',
  /** Ids joined with "\n". */
  'distinctFrom',
  /** As source-codec.ts encodes them: links one per line, or JSON when they hold more. */
  'sources',
] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

export interface EventColumns {
  length: number;
  /** Civil day numbers (days since 1970-01-01). */
  day: Int32Array;
  dayEnd: Int32Array;
  /** Index into the sites list. */
  site: Int32Array;
  /** Positions in EVENT_TYPES, DIRECTIONS, STATUSES and DATE_PRECISIONS. */
  type: Uint8Array;
  direction: Uint8Array;
  status: Uint8Array;
  datePrecision: Uint8Array;
  /** -1 for "no source says". */
  usKilled: Int32Array;
  usWounded: Int32Array;
  text: Record<TextField, PackedStrings>;
}

export const ENUM_CODES = {
  type: EVENT_TYPES,
  direction: DIRECTIONS,
  status: STATUSES,
  datePrecision: DATE_PRECISIONS,
} as const;

export function packStrings(values: readonly (string | null)[]): PackedStrings {
  const ends = new Uint32Array(values.length);
  const nulls = new Uint8Array(values.length);
  const parts: string[] = [];
  let at = 0;
  for (let i = 0; i < values.length; i += 1) {
    const v = values[i];
    if (v === null || v === undefined) nulls[i] = 1;
    else {
      parts.push(v);
      at += v.length;
    }
    ends[i] = at;
  }
  return { text: parts.join(''), ends, nulls };
}

export function unpackString(packed: PackedStrings, i: number): string | null {
  if (packed.nulls[i] === 1) return null;
  return packed.text.slice(i === 0 ? 0 : packed.ends[i - 1], packed.ends[i]);
}

/** The buffers a worker can transfer rather than copy. */
export function transferables(columns: EventColumns): ArrayBuffer[] {
  const arrays = [
    columns.day,
    columns.dayEnd,
    columns.site,
    columns.type,
    columns.direction,
    columns.status,
    columns.datePrecision,
    columns.usKilled,
    columns.usWounded,
    ...Object.values(columns.text).flatMap((p) => [p.ends, p.nulls]),
  ];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}
