/**
 * What a dataset is and where it came from, said wherever its events go: the header, the
 * citation, and the provenance of every export.
 */
export type DataOrigin = 'built-in' | 'file' | 'link';

export interface DatasetMeta {
  /** The dataset's name: the built-in title, or the file's name. */
  title: string;
  version: string;
  origin: DataOrigin;
  /** The local file's name (origin "file"). */
  fileName: string | null;
  /** The same-origin path a `data=` link named (origin "link"). */
  path: string | null;
  /** How the importer read it, e.g. "ACLED export (CSV)". */
  format: string | null;
  /** When it was read (ISO 8601), for imported data. */
  importedAt: string | null;
  /** What the import assumed or could not keep, in plain words (empty for the built-in data). */
  notes: string[];
}

export const BUILT_IN_TITLE =
  'Attacks on US forces in Iraq and Syria from 17 October 2023, and US strikes in reply';

export function builtInMeta(version: string): DatasetMeta {
  return {
    title: BUILT_IN_TITLE,
    version,
    origin: 'built-in',
    fileName: null,
    path: null,
    format: null,
    importedAt: null,
    notes: [],
  };
}
