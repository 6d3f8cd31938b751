/**
 * The importer's limits, documented in docs/export-import.md. A file past its limit is refused
 * from its size alone, before a byte of it is read.
 */

/** CSV is read in slices, so it may be large: 250,000 ACLED rows are about 100 MB. */
export const MAX_CSV_BYTES = 250_000_000;
/** GeoJSON must be parsed whole, which takes several times its size in memory. */
export const MAX_JSON_BYTES = 100_000_000;
/** Rows past this are left out, and the report says so. */
export const MAX_ROWS = 1_000_000;
/** Rejected rows listed one by one; all of them are counted. */
export const MAX_LISTED_ISSUES = 1_000;
/** How much of a file the mapping step reads for its preview and guesses. */
export const SNIFF_BYTES = 64 * 1024;

export const formatBytes = (bytes: number) =>
  bytes >= 1e6
    ? `${(bytes / 1e6).toFixed(bytes >= 1e7 ? 0 : 1)} MB`
    : `${Math.max(1, Math.round(bytes / 1e3))} kB`;
