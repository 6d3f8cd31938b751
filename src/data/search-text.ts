/**
 * Search normalisation: case-, diacritic- and punctuation-insensitive, so that
 * "Ayn al-Asad", "ain al asad" and "ʿAyn al-Asad" all compare equal; and the same for
 * Arabic, where vowel marks (tashkeel), the tatweel stretch, hamza on alef, alef maqsura for
 * yaa and taa marbuta for haa are written either way: "قاعدة عين الأسد" finds "عين الاسد".
 */

/** Arabic letters that are spelled interchangeably, mapped to one form. */
const ARABIC_FOLD: Readonly<Record<string, string>> = {
  '\u0671': '\u0627', // alef wasla -> alef (hamza forms of alef lose their mark in NFKD)
  '\u0649': '\u064A', // alef maqsura -> yaa
  '\u06CC': '\u064A', // Persian yeh -> yaa
  '\u0629': '\u0647', // taa marbuta -> haa
  '\u06A9': '\u0643', // Persian keheh -> kaf
};
const ARABIC_FOLDABLE = /[\u0671\u0649\u06CC\u0629\u06A9]/g;
/** Arabic-Indic and Persian digits, so "٢٢" finds "22". */
const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

function foldArabic(text: string): string {
  return text
    .replace(/\u0640/g, '') // tatweel (kashida), a stretch with no meaning
    .replace(ARABIC_FOLDABLE, (c) => ARABIC_FOLD[c] ?? c)
    .replace(EASTERN_DIGITS, (d) => String((d.charCodeAt(0) - 0x0660) % 0x90));
}

export function normaliseSearch(text: string): string {
  return foldArabic(
    text
      .normalize('NFKD')
      // Combining marks: Latin accents, Arabic tashkeel, and the hamza NFKD splits off alef, waw, yaa.
      .replace(/\p{M}/gu, '')
      // Invisible format characters (bidi overrides, zero-width joiners) and the spacing
      // modifier letters used for ayn and hamza (ʿ ʾ ʻ), which are letters, not punctuation.
      .replace(/[\p{Cf}\u02B0-\u02FF]/gu, ''),
  )
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
