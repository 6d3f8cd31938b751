/** Small helpers shared by the data check's rule files. */
import type { DataIssue } from './model';

export const EVENTS_FILE = 'events.geojson';
export const SITES_FILE = 'sites.geojson';
export const COUNTS_FILE = 'official-counts.json';

export function issue(
  file: string,
  index: number | null,
  id: string | null,
  field: string,
  message: string,
): DataIssue {
  return { file, featureIndex: index, featureId: id, field, message };
}

/** Where each event id sits in its raw file, so a message points at the line to edit. */
export type Positions = ReadonlyMap<string, number>;
