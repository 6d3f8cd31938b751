/**
 * Collects the rows that passed, then hands them over as columns sorted by day then id: the
 * order `Dataset.events` keeps, so the page indexes them without sorting again.
 */
import {
  type CodedStrings,
  ENUM_CODES,
  type EventColumns,
  packStrings,
  TEXT_FIELDS,
  type TextField,
} from '../data/event-columns';
import type { DatePrecision, Direction, EventType, Source, Status } from '../data/schema';
import { encodeSources } from '../data/source-codec';

export interface Draft {
  id: string;
  day: number;
  dayEnd: number;
  timeUtc: string | null;
  datePrecision: DatePrecision;
  site: number;
  country: string;
  type: EventType;
  direction: Direction;
  status: Status;
  claimedBy: string | null;
  attributedTo: string | null;
  weapons: string | null;
  casualties: string | null;
  usKilled: number | null;
  usWounded: number | null;
  casualtySource: string | null;
  summary: string;
  notes: string | null;
  distinctFrom: string[];
  sources: Source[];
}

const code = <T extends string>(values: readonly T[], v: T) => values.indexOf(v);

/**
 * The order parse-dataset.ts gives the built-in data: by day, then id by code unit. Days are
 * few (hundreds) and rows many, so rows are bucketed by day and only each day's ids compared.
 */
export function sortOrder(days: ArrayLike<number>, idOf: (i: number) => string): Int32Array {
  const byDay = new Map<number, number[]>();
  for (let i = 0; i < days.length; i += 1) {
    const day = days[i] as number;
    const bucket = byDay.get(day);
    if (bucket) bucket.push(i);
    else byDay.set(day, [i]);
  }
  const order = new Int32Array(days.length);
  let at = 0;
  for (const day of [...byDay.keys()].sort((a, b) => a - b)) {
    const bucket = byDay.get(day) as number[];
    bucket.sort((a, b) => {
      const [x, y] = [idOf(a), idOf(b)];
      return x < y ? -1 : x > y ? 1 : 0;
    });
    for (const i of bucket) order[at++] = i;
  }
  return order;
}

/** A column of whole numbers that grows as rows arrive, without an array of boxed values. */
class IntColumn {
  private data = new Int32Array(1024);
  length = 0;

  push(v: number) {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = v;
  }

  at(i: number): number {
    return this.data[i] as number;
  }

  /** The values so far, in arrival order (a view, not a copy). */
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }

  /** The values in `order`, as the given array type. */
  ordered<A extends Int32Array | Uint8Array>(out: A, order: Int32Array): A {
    for (let i = 0; i < order.length; i += 1) out[i] = this.data[order[i] as number] as number;
    return out;
  }
}

/**
 * One text field as a dictionary and codes. Repeated values (a country, a claimant, an ACLED
 * note) are kept once; a field whose values are mostly distinct (ids, summaries) stops being
 * looked up after a first sample, since a lookup there only costs time.
 */
class TextColumn {
  readonly codes = new IntColumn();
  readonly values: string[] = [];
  private known: Map<string, number> | null = new Map();

  push(value: string | null) {
    if (value === null) return this.codes.push(-1);
    const known = this.known;
    if (known !== null && value.length <= 200) {
      const code = known.get(value);
      if (code !== undefined) return this.codes.push(code);
      known.set(value, this.values.length);
      if (this.codes.length === 4096 && known.size > 2048) this.known = null;
    }
    this.codes.push(this.values.length);
    this.values.push(value);
  }

  at(i: number): string | null {
    const c = this.codes.at(i);
    return c < 0 ? null : (this.values[c] as string);
  }

  finish(order: Int32Array): CodedStrings {
    return { dict: packStrings(this.values), codes: this.codes.ordered(new Int32Array(order.length), order) };
  }
}

type NumberField =
  | 'day'
  | 'dayEnd'
  | 'site'
  | 'type'
  | 'direction'
  | 'status'
  | 'datePrecision'
  | 'usKilled'
  | 'usWounded';

export class ColumnsBuilder {
  private readonly numbers = Object.fromEntries(
    ['day', 'dayEnd', 'site', 'type', 'direction', 'status', 'datePrecision', 'usKilled', 'usWounded'].map(
      (f) => [f, new IntColumn()],
    ),
  ) as Record<NumberField, IntColumn>;
  private readonly texts = Object.fromEntries(TEXT_FIELDS.map((f) => [f, new TextColumn()])) as Record<
    TextField,
    TextColumn
  >;

  get length(): number {
    return this.numbers.day.length;
  }

  push(d: Draft) {
    const n = this.numbers;
    n.day.push(d.day);
    n.dayEnd.push(d.dayEnd);
    n.site.push(d.site);
    n.type.push(code(ENUM_CODES.type, d.type));
    n.direction.push(code(ENUM_CODES.direction, d.direction));
    n.status.push(code(ENUM_CODES.status, d.status));
    n.datePrecision.push(code(ENUM_CODES.datePrecision, d.datePrecision));
    n.usKilled.push(d.usKilled ?? -1);
    n.usWounded.push(d.usWounded ?? -1);
    const t = this.texts;
    t.id.push(d.id);
    t.timeUtc.push(d.timeUtc);
    t.country.push(d.country);
    t.claimedBy.push(d.claimedBy);
    t.attributedTo.push(d.attributedTo);
    t.casualtySource.push(d.casualtySource);
    t.distinctFrom.push(d.distinctFrom.length > 0 ? d.distinctFrom.join('\n') : null);
    t.weapons.push(d.weapons);
    t.casualties.push(d.casualties);
    t.summary.push(d.summary);
    t.notes.push(d.notes);
    t.sources.push(encodeSources(d.sources));
  }

  /** Columns in (day, id) order. */
  finish(): EventColumns {
    const n = this.numbers;
    const ids = this.texts.id;
    const order = sortOrder(n.day.view(), (i) => ids.at(i) as string);
    const ints = (c: IntColumn) => c.ordered(new Int32Array(order.length), order);
    const bytes = (c: IntColumn) => c.ordered(new Uint8Array(order.length), order);
    const text = Object.fromEntries(
      TEXT_FIELDS.map((f) => [f, this.texts[f].finish(order)]),
    ) as EventColumns['text'];
    return {
      length: this.length,
      day: ints(n.day),
      dayEnd: ints(n.dayEnd),
      site: ints(n.site),
      type: bytes(n.type),
      direction: bytes(n.direction),
      status: bytes(n.status),
      datePrecision: bytes(n.datePrecision),
      usKilled: ints(n.usKilled),
      usWounded: ints(n.usWounded),
      text,
    };
  }
}
