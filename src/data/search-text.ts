/**
 * Search normalisation: case-, diacritic- and punctuation-insensitive, so that
 * "Ayn al-Asad", "ain al asad" and "ʿAyn al-Asad" all compare equal.
 */
export function normaliseSearch(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      // Invisible format characters (bidi overrides, zero-width joiners) and the spacing
      // modifier letters used for ayn and hamza (ʿ ʾ ʻ), which are letters, not punctuation.
      .replace(/[\p{Cf}\u02B0-\u02FF]/gu, '')
      .toLowerCase()
      .replace(/[\p{P}\p{S}]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
