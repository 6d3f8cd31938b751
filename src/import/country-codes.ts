/**
 * Country names to ISO 3166-1 alpha-2 codes, which the app's filters and links use. Built
 * from the browser's own region names (Intl.DisplayNames), so no table ships with the app;
 * a few spellings that data sets such as ACLED use and CLDR does not are added by hand.
 */
const ALIASES: Record<string, string> = {
  turkey: 'TR',
  palestine: 'PS',
  'democratic republic of congo': 'CD',
  'republic of congo': 'CG',
  'ivory coast': 'CI',
  eswatini: 'SZ',
  'czech republic': 'CZ',
  'united states': 'US',
  'united kingdom': 'GB',
  russia: 'RU',
  syria: 'SY',
  iran: 'IR',
  'south korea': 'KR',
  'north korea': 'KP',
  'bosnia and herzegovina': 'BA',
  myanmar: 'MM',
  'east timor': 'TL',
};

let byName: Map<string, string> | null = null;

const key = (name: string) =>
  name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/&/g, 'and')
    .replace(/[^a-z]+/g, ' ')
    .trim();

function table(): Map<string, string> {
  if (byName) return byName;
  byName = new Map(Object.entries(ALIASES));
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const A = 'A'.charCodeAt(0);
  for (let i = 0; i < 26; i += 1) {
    for (let j = 0; j < 26; j += 1) {
      const code = String.fromCharCode(A + i, A + j);
      let name: string | undefined;
      try {
        name = names.of(code);
      } catch {
        name = undefined;
      }
      if (name && !byName.has(key(name))) byName.set(key(name), code);
    }
  }
  return byName;
}

/** `IQ` for "Iraq" or "iq"; null when the text names no country we know. */
export function countryCode(text: string): string | null {
  const t = text.trim();
  if (/^[A-Za-z]{2}$/.test(t)) return t.toUpperCase();
  return table().get(key(t)) ?? null;
}
