/**
 * Imported text made safe to keep and show. React renders it as text (never HTML), so markup
 * is harmless; what is removed here is what can make text lie about itself: control characters
 * and the bidi overrides that can show a string other than the one held.
 */

/** A cell longer than this is refused: no real field needs it, and it would swamp the page. */
export const MAX_CELL = 20_000;

// Control characters (C0 and C1) except tab and line feed; bidi embeddings, overrides and isolates.
const CONTROLS = /[^\P{Cc}\t\n]|[\u202A-\u202E\u2066-\u2069]/gu;

const HAS_CONTROL = new RegExp(CONTROLS.source, 'u');

export interface Cleaned {
  text: string;
  /** Characters were removed. */
  changed: boolean;
}

/** Printable ASCII needs no cleaning: most cells of most files, checked far faster than cleaned. */
const PLAIN = /^[\x20-\x7E]*$/;

/**
 * The cleaned text of a printable-ASCII cell (`raw` trimmed), or null when it needs `cleanCell`.
 * The importer reads tens of cells per row: this is its path for most of them, with no object
 * made per cell.
 */
export function plainCell(raw: string): string | null {
  return PLAIN.test(raw) ? raw.trim() : null;
}

export function cleanCell(raw: string): Cleaned {
  const plain = plainCell(raw);
  if (plain !== null) return { text: plain, changed: false };
  const unified = raw.replace(/\r\n?/g, '\n');
  const text = unified.replace(CONTROLS, '').normalize('NFC').trim();
  return { text, changed: HAS_CONTROL.test(unified) };
}

/** Printable ASCII: nothing to decompose. */
const ASCII = /^[ -~]*$/;
/** Already a slug: lower-case letters and digits in runs joined by single hyphens. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG = 100;

/** A stable id the URL accepts (`[a-z0-9-]`), from any text; empty when nothing is left. */
export function slugId(raw: string): string {
  // Most files' ids are slugs already (this app's exports always): nothing to rewrite. A million
  // rows spent two seconds rewriting them to themselves.
  if (raw.length <= MAX_SLUG && SLUG.test(raw)) return raw;
  // ASCII has no marks to strip: skip the decomposition, the costliest step, on most ids.
  const letters = ASCII.test(raw) ? raw : raw.normalize('NFKD').replace(/\p{M}/gu, '');
  return letters
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');
}
