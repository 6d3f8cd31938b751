/**
 * Search normalisation: case-, diacritic- and punctuation-insensitive, so that
 * "Ayn al-Asad", "ain al asad" and "ʿAyn al-Asad" all compare equal.
 */
export function normaliseSearch(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
