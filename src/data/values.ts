/**
 * The rules a single value must meet wherever it comes from (a data file, a link, the search
 * box): ids, country codes and free text. One home, so the data check and the URL can never
 * disagree about what an id is.
 */

/** Free text (search, claimant names) keeps at most this many characters. */
export const MAX_TEXT = 200;

const ID = /^[a-z0-9][a-z0-9-]{0,120}$/;
const COUNTRY = /^[A-Z]{2}$/;
// Bidi overrides and isolates can make a search box show text other than what it holds.
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/** An event or site id: lowercase letters, digits and hyphens. */
export const isId = (value: string) => ID.test(value);

/** An ISO 3166-1 alpha-2 code, upper case. */
export const isCountryCode = (value: string) => COUNTRY.test(value);

/**
 * Free text made safe to keep and to show: NFC, no control characters, no lone surrogates
 * (which `encodeURIComponent` would throw on), no bidi overrides, single spaces, trimmed and
 * at most `MAX_TEXT` characters. Idempotent, so a cleaned value survives a round trip.
 */
export function cleanText(value: string): string {
  const flat = value
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cs}]/gu, ' ')
    .replace(BIDI_CONTROLS, '')
    .replace(/\s+/g, ' ')
    .trim();
  return Array.from(flat).slice(0, MAX_TEXT).join('').normalize('NFC').trim();
}

/** A claimant name as the data spells it: non-empty and already clean. */
export const isCleanName = (value: string) => value !== '' && cleanText(value) === value;
