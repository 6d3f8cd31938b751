/**
 * The most the app reads from a data file, so a hostile or broken file costs a clear message,
 * not minutes of a frozen tab (a 50 MB summary once took 11 s and 817 MB to open). Documented
 * in docs/data-format.md ("Limits"); the committed dataset sits far below each of them.
 */

/** Bytes per file, counted as they arrive. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

/** Characters in any one text value (a summary, a note, a name, one source URL). */
export const MAX_TEXT_CHARS = 10_000;

/** Items in any one list (sources, alternative names). */
export const MAX_LIST_ITEMS = 500;

/** How long a data request may go without receiving anything before it is given up. */
export const DATA_STALL_MS = 20_000;

/** `104857600` bytes as "100 MB", for messages. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} kB`;
  const mb = bytes / (1024 * 1024);
  return `${mb < 10 ? mb.toFixed(1) : Math.round(mb)} MB`;
}
