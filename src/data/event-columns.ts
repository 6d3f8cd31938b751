/**
 * Events as columns: what the import worker hands to the page. Numbers and enums are typed
 * arrays (transferred, not copied). Each text field is a dictionary of its distinct values,
 * packed into one string with end offsets, and one code per event: a country or a claimant
 * that repeats on 250,000 rows crosses from the worker once, and the page shares one string
 * among all its events instead of holding a copy per event. Measured at 250,000 ACLED rows,
 * re-packing every value in day order cost more than reading the file; the codes are sorted
 * instead, and the dictionary keeps the file's order.
 */
import { DATE_PRECISIONS, DIRECTIONS, EVENT_TYPES, STATUSES } from './schema';

/** Strings packed into one: value i is `text.slice(ends[i - 1] ?? 0, ends[i])`. */
export interface PackedStrings {
  text: string;
  ends: Uint32Array;
}

/** One text field: event i's value is `dict`'s value `codes[i]`; -1 is null (no value). */
export interface CodedStrings {
  dict: PackedStrings;
  codes: Int32Array;
}

export const TEXT_FIELDS = [
  'id',
  'timeUtc',
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
  text: Record<TextField, CodedStrings>;
}

export const ENUM_CODES = {
  type: EVENT_TYPES,
  direction: DIRECTIONS,
  status: STATUSES,
  datePrecision: DATE_PRECISIONS,
} as const;

export function packStrings(values: readonly string[]): PackedStrings {
  const ends = new Uint32Array(values.length);
  let at = 0;
  for (let i = 0; i < values.length; i += 1) {
    at += (values[i] as string).length;
    ends[i] = at;
  }
  return { text: values.join(''), ends };
}

/** Value i of a packed dictionary. */
export function unpackString(packed: PackedStrings, i: number): string {
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
    ...Object.values(columns.text).flatMap((c) => [c.codes, c.dict.ends]),
  ];
  return arrays.map((a) => a.buffer as ArrayBuffer);
}
