/**
 * The rules a single value must meet wherever it comes from (a data file, a link, the search
 * box): ids, country codes and free text. One home, so the data check, the URL and the search
 * box cannot disagree about what an id is or how long a text may be.
 */

/** Ids are at most this long: far more than any real one, short enough for a link. */
export const MAX_ID_LENGTH = 120;
/** An event or site id: lowercase letters, digits and hyphens, starting with a letter or digit. */
export const ID_PATTERN = new RegExp(`^[a-z0-9][a-z0-9-]{0,${MAX_ID_LENGTH - 1}}$`);
export const ID_RULE = `must be lowercase letters, digits and hyphens, at most ${MAX_ID_LENGTH} characters`;

/**
 * Free text (the search, claimant names in a link) keeps at most this many UTF-16 code
 * units: the unit an `<input maxLength>` counts, so the search box and a link agree.
 */
export const MAX_TEXT = 100;

const COUNTRY = /^[A-Z]{2}$/;
// Bidi overrides and isolates can make a search box show text other than what it holds.
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

export const isId = (value: string) => ID_PATTERN.test(value);

/** An ISO 3166-1 alpha-2 code, upper case. */
export const isCountryCode = (value: string) => COUNTRY.test(value);

/** The longest start of `text` within `max` code units that does not split a character. */
function cut(text: string, max: number): string {
  let end = 0;
  for (const char of text) {
    if (end + char.length > max) break;
    end += char.length;
  }
  return text.slice(0, end);
}

/**
 * Free text made safe to keep and to show: NFC, no control characters, no lone surrogates
 * (which `encodeURIComponent` would throw on), no bidi overrides, single spaces, trimmed and
 * at most `MAX_TEXT` code units. Idempotent, so a cleaned value survives a round trip.
 */
export function cleanText(value: string): string {
  const flat = value
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cs}]/gu, ' ')
    .replace(BIDI_CONTROLS, '')
    .replace(/\s+/g, ' ')
    .trim();
  return cut(flat, MAX_TEXT).normalize('NFC').trim();
}

/** A claimant name as the data spells it: non-empty and already clean. */
export const isCleanName = (value: string) => value !== '' && cleanText(value) === value;
