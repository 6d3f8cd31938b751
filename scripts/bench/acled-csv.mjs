// A synthetic ACLED-style export for the import benchmark and tests: ACLED's column set and
// value shapes, deterministic from a seed, never shipped and never real data. Places fall in
// the benchmark's box and dates in its 180 days, so the same scrub runs on imported events.
const HEADER = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
];

const TYPES = [
  ['Political violence', 'Explosions/Remote violence', 'Air/drone strike'],
  ['Political violence', 'Explosions/Remote violence', 'Shelling/artillery/missile attack'],
  ['Political violence', 'Explosions/Remote violence', 'Remote explosive/landmine/IED'],
  ['Political violence', 'Battles', 'Armed clash'],
  ['Political violence', 'Violence against civilians', 'Attack'],
  ['Demonstrations', 'Protests', 'Peaceful protest'],
  ['Strategic developments', 'Strategic developments', 'Disrupted weapons use'],
];
const ACTORS = [
  'Military Forces of the United States (2021-)',
  'Islamic Resistance in Iraq',
  'Military Forces of Syria (2000-2024)',
  'Unidentified Armed Group (Syria)',
  'Protesters (Iraq)',
  'Civilians (Syria)',
];
const COUNTRIES = [
  ['Iraq', 368, 'IRQ'],
  ['Syria', 760, 'SYR'],
  ['Jordan', 400, 'JOR'],
];
const SOURCES = ['Al Mayadeen; SANA', 'Rudaw', 'Shafaq News; Twitter', 'Syrian Observatory for Human Rights'];

/** mulberry32, as in synthetic.ts: the same seed gives the same file on every run. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const cell = (v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/**
 * Yields the file as CSV text chunks of about `chunkRows` rows: `n` events over `days` days from
 * 2023-10-17, at `places` places in the box [34, 28, 50, 38].
 */
export function* acledCsvChunks(
  n,
  { seed = 20231017, places = Math.max(50, Math.round(n / 50)), days = 180, chunkRows = 5000 } = {},
) {
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const sites = Array.from({ length: places }, (_, i) => {
    const [country, iso, iso3] = pick(COUNTRIES);
    return {
      name: `Place ${i}`,
      iso3,
      country,
      iso,
      admin1: `Governorate ${i % 18}`,
      lat: (28 + random() * 10).toFixed(4),
      lon: (34 + random() * 16).toFixed(4),
      precision: String(1 + Math.floor(random() * 3)),
    };
  });
  const start = Date.UTC(2023, 9, 17);
  const dayList = Array.from({ length: n }, () => Math.floor(random() * days)).sort((a, b) => a - b);
  let lines = [HEADER.join(',')];
  for (let i = 0; i < n; i += 1) {
    const site = pick(sites);
    const [disorder, type, sub] = pick(TYPES);
    const date = new Date(start + dayList[i] * 86_400_000).toISOString().slice(0, 10);
    const actor1 = pick(ACTORS);
    const actor2 = random() < 0.5 ? pick(ACTORS) : '';
    const fatalities = random() < 0.8 ? 0 : Math.floor(random() * 12);
    const notes = `On ${date}, ${actor1} carried out an ${sub.toLowerCase()} near ${site.name}, ${site.admin1}. Reports said "${fatalities} killed"; details remain unconfirmed.`;
    const row = [
      `${site.iso3}${i + 1}`,
      date,
      date.slice(0, 4),
      String(1 + Math.floor(random() * 3)),
      disorder,
      type,
      sub,
      actor1,
      '',
      'State forces',
      actor2,
      '',
      actor2 ? 'Rebel group' : '',
      '13',
      '',
      String(site.iso),
      'Middle East',
      site.country,
      site.admin1,
      `District ${i % 40}`,
      '',
      site.name,
      site.lat,
      site.lon,
      site.precision,
      pick(SOURCES),
      'National',
      notes,
      String(fatalities),
      '',
      '1700000000',
    ];
    lines.push(row.map(cell).join(','));
    if (lines.length >= chunkRows) {
      yield `${lines.join('\n')}\n`;
      lines = [];
    }
  }
  if (lines.length > 0) yield `${lines.join('\n')}\n`;
}

export function acledCsv(n, options) {
  return [...acledCsvChunks(n, options)].join('');
}
