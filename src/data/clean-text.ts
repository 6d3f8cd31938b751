/**
 * Cleans the text of one record before the schema sees it, so every view (list, panels, map
 * labels, search, a reader's own file later) gets the same safe text:
 * - bidirectional embedding, override and isolate controls (U+202A-U+202E, U+2066-U+2069) are
 *   removed: an unterminated right-to-left override in a site name reversed the app's own
 *   text after it. Arabic and Hebrew text needs none of them to display correctly; the marks
 *   U+200E, U+200F and U+061C, which cannot reorder their neighbours, are kept;
 * - a text value or list past the limits of limits.ts is refused, naming the field.
 * The raw object is never changed; keys such as `__proto__` stay plain data.
 */
import { MAX_LIST_ITEMS, MAX_TEXT_CHARS } from './limits';

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

export interface TextProblem {
  field: string;
  message: string;
}

export interface CleanedRecord {
  /** The record with its text cleaned, or the input itself when it is not a plain object. */
  record: unknown;
  /** Fields over a limit: the record must be left out. */
  tooLong: TextProblem[];
  /** Fields that held bidirectional controls, now removed: the record still loads. */
  stripped: string[];
}

function cleanValue(value: unknown, field: string, out: CleanedRecord): unknown {
  if (typeof value === 'string') {
    if (value.length > MAX_TEXT_CHARS) {
      out.tooLong.push({
        field,
        message: `is ${value.length.toLocaleString('en-GB')} characters long; the limit is ${MAX_TEXT_CHARS.toLocaleString('en-GB')}`,
      });
      return value;
    }
    const clean = stripBidiControls(value);
    if (clean !== value) out.stripped.push(field);
    return clean;
  }
  if (Array.isArray(value)) {
    if (value.length > MAX_LIST_ITEMS) {
      out.tooLong.push({ field, message: `has ${value.length} items; the limit is ${MAX_LIST_ITEMS}` });
      return value;
    }
    return value.map((item, i) => cleanValue(item, `${field}.${i}`, out));
  }
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Cleans every text value and list directly inside `record` (one level, as the schema is flat). */
export function cleanRecord(record: unknown): CleanedRecord {
  const out: CleanedRecord = { record, tooLong: [], stripped: [] };
  if (!isPlainObject(record)) return out;
  // fromEntries defines own properties, so a "__proto__" key stays a key, never a prototype.
  out.record = Object.fromEntries(
    Object.entries(record).map(([key, value]) => [key, cleanValue(value, key, out)]),
  );
  return out;
}

/** The same for a GeoJSON Feature: its `properties` are the record. */
export function cleanFeature(feature: unknown): CleanedRecord {
  if (!isPlainObject(feature) || !isPlainObject(feature.properties)) {
    return { record: feature, tooLong: [], stripped: [] };
  }
  const inner = cleanRecord(feature.properties);
  return { ...inner, record: { ...feature, properties: inner.record } };
}
