/**
 * Collects the rows that passed, then hands them over as columns sorted by day then id: the
 * order `Dataset.events` keeps, so the page indexes them without sorting again.
 */
import {
  ENUM_CODES,
  type EventColumns,
  packStrings,
  TEXT_FIELDS,
  type TextField,
} from '../data/event-columns';
import type { Site } from '../data/model';
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
export function sortOrder(days: readonly number[], ids: readonly string[]): number[] {
  const byDay = new Map<number, number[]>();
  days.forEach((day, i) => {
    const bucket = byDay.get(day);
    if (bucket) bucket.push(i);
    else byDay.set(day, [i]);
  });
  const order: number[] = [];
  for (const day of [...byDay.keys()].sort((a, b) => a - b)) {
    const bucket = byDay.get(day) as number[];
    bucket.sort((a, b) => {
      const [x, y] = [ids[a] as string, ids[b] as string];
      return x < y ? -1 : x > y ? 1 : 0;
    });
    for (const i of bucket) order.push(i);
  }
  return order;
}

export class ColumnsBuilder {
  private readonly numbers = {
    day: [] as number[],
    dayEnd: [] as number[],
    site: [] as number[],
    type: [] as number[],
    direction: [] as number[],
    status: [] as number[],
    datePrecision: [] as number[],
    usKilled: [] as number[],
    usWounded: [] as number[],
  };
  private readonly texts = Object.fromEntries(TEXT_FIELDS.map((f) => [f, [] as (string | null)[]])) as Record<
    TextField,
    (string | null)[]
  >;
  /** Repeated values (a country, a claimant, a long ACLED note) kept once. */
  private readonly interned = new Map<string, string>();

  get length(): number {
    return this.numbers.day.length;
  }

  private keep(value: string | null): string | null {
    if (value === null || value.length > 200) return value;
    const known = this.interned.get(value);
    if (known !== undefined) return known;
    this.interned.set(value, value);
    return value;
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
    t.timeUtc.push(this.keep(d.timeUtc));
    t.siteId.push(null);
    t.country.push(this.keep(d.country));
    t.claimedBy.push(this.keep(d.claimedBy));
    t.attributedTo.push(this.keep(d.attributedTo));
    t.casualtySource.push(d.casualtySource);
    t.distinctFrom.push(d.distinctFrom.length > 0 ? d.distinctFrom.join('\n') : null);
    t.weapons.push(this.keep(d.weapons));
    t.casualties.push(this.keep(d.casualties));
    t.summary.push(d.summary);
    t.notes.push(this.keep(d.notes));
    t.sources.push(this.keep(encodeSources(d.sources)));
  }

  /** Columns in (day, id) order; `sites` supplies each event's site id. */
  finish(sites: readonly Site[]): EventColumns {
    const n = this.numbers;
    const ids = this.texts.id as string[];
    const order = sortOrder(n.day, ids);
    // Plain loops: a typed array's `from` with a mapping function is several times slower.
    const fill = <A extends Int32Array | Uint8Array>(out: A, values: number[]) => {
      for (let i = 0; i < order.length; i += 1) out[i] = values[order[i] as number] as number;
      return out;
    };
    const ints = (values: number[]) => fill(new Int32Array(order.length), values);
    const bytes = (values: number[]) => fill(new Uint8Array(order.length), values);
    for (let i = 0; i < this.length; i += 1) this.texts.siteId[i] = sites[n.site[i] as number]?.id ?? null;
    const text = Object.fromEntries(
      TEXT_FIELDS.map((f) => {
        const values = this.texts[f];
        return [f, packStrings(order.map((i) => values[i] ?? null))];
      }),
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
