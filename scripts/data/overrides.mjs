// Per-event corrections applied on top of events.csv: date precision, extra sources found
// while extending coverage, and caveats added to notes. Every change is listed in CHANGELOG.md.
export const overrides = {
  '2023-10-18-asad-contractor-death': { datePrecision: 'inferred' },
  '2023-10-20-bashur-drones': {
    datePrecision: 'window',
    dateEnd: '2023-10-22',
    notes:
      'DATE WINDOW: the source only says between Friday 20 and Sunday 22 Oct, so the event is recorded as the inclusive window 20-22 Oct (the CSV used 20 Oct as a placeholder). "Bashur" is mapped to harir-airbase (see site notes). The same source lists drone attacks on Ain al-Asad and al-Tanf in that window (see otherTallies).',
  },
  '2023-10-29-kharab-al-jir-drone': { datePrecision: 'inferred' },
  '2023-11-03-erbil-airbase': {
    datePrecision: 'inferred',
    addSources: [
      'https://www.middleeastmonitor.com/20231103-iraqi-islamic-resistance-claims-responsibility-for-targeting-us-base-in-erbil/',
    ],
    appendNote:
      'DISAGREEMENT: Middle East Monitor (3 Nov) relays an IRI claim of two drones against the base near Erbil airport on Thursday evening (2 Nov), so the attack may belong to 2 Nov.',
  },
  '2023-11-03-shaddadi-drone': {
    datePrecision: 'inferred',
    notes:
      'DATE INFERRED: same source and same date reasoning as 2023-11-03-erbil-airbase ("later the same day"). Single secondary source.',
  },
  '2023-11-05-tal-baydar-drone': {
    status: 'confirmed_by_us_officials',
    addSources: [
      'https://www.stripes.com/theaters/middle_east/2023-11-05/syria-drone-attack-troops-11949784.html',
    ],
    notes:
      'SOHR briefly attributed the downed drone to Turkey, then said it came from Iraq. Added 2026-11-24: Stars and Stripes (5 Nov 2023) quotes a US official (AP) that US forces shot down a one-way drone targeting troops near their base in Syria on Sunday 5 Nov, at least the 32nd attack; the undated Times of Israel liveblog (https://www.timesofisrael.com/liveblog_entry/us-shoots-down-another-drone-targeting-american-troops-in-syria/) names the base as Tel Baider, so status was raised from reported_by_media.',
  },
  '2023-12-11-asad-drone': {
    datePrecision: 'exact',
    addSources: ['https://www.shafaq.com/en/Iraq-News/Iraqi-armed-factions-target-Ain-al-Assad-airbase'],
    notes:
      'Date was inferred in the research: the Times of Israel article quoting the US official says "Monday" but is undated (4 Dec was also possible). Added 2026-11-24: Shafaq News, dated Monday 11 Dec 2023, reports a security source saying a drone targeted Ain al-Asad that day, matching the IRI footage date, so 11 Dec is now treated as exact.',
  },
  '2023-12-11-shaddadi-rockets': { datePrecision: 'inferred' },
  '2023-12-13-conoco-twice': {
    datePrecision: 'window',
    dateEnd: '2023-12-14',
    notes:
      'DATE WINDOW 13-14 Dec: Al Mayadeen places it on Wednesday 13 Dec, Mehr/Islam Times say early Thursday 14 Dec; both are kept by recording the window.',
  },
  '2023-12-26-shaddadi-claim': { datePrecision: 'inferred' },
  '2023-12-30-mss-euphrates-rockets': {
    addSources: [
      'https://sputnikglobe.com/20231231/us-base-at-gas-field-in-syria-comes-under-rocket-fire---source-1115910378.html',
    ],
    appendNote:
      'Added 2026-11-24: Sputnik (31 Dec) quotes a source on more than ten rockets fired at the Koniko-field base; taken to be this attack, not a separate one.',
  },
  '2024-01-05-green-village-claim': {
    notes: 'Single source (SouthFront Arabic relaying the IRI claim); not independently confirmed.',
  },
  '2024-01-05-shaddadi-claim': {
    notes: 'Single source (SouthFront Arabic relaying the IRI claim); not independently confirmed.',
  },
  '2024-01-28-shaddadi-tanf-rukban-claims': {
    appendNote:
      'Weak sourcing: claims relayed by Xinhua and SouthFront only. See also 2024-01-28-harir-drone.',
  },
  '2024-02-04-al-omar-drone': {
    datePrecision: 'window',
    dateEnd: '2024-02-05',
    addSources: [
      'https://www.middleeastmonitor.com/20240205-iraq-islamic-resistance-says-it-targeted-us-base-in-syria/',
    ],
    appendNote: 'Recorded as the window 4-5 Feb because of the midnight timing.',
  },
  // 1.1.0 (2026-11-24): sources found while extending coverage.
  '2023-12-14-shaddadi-claim': {
    addSources: ['https://en.mehrnews.com/news/209603/Islamic-Resistance-in-Iraq-targets-US-base-in-Syria'],
  },
  '2024-01-23-asad-drones': {
    addSources: [
      'https://english.hathalyoum.net/articles/101011-security-forces-successfully-intercept-drone-targeting-ain-al-asad-in-',
      'https://bignewsnetwork.com/news/274105487/iraqi-shiite-militia-claims-attacks-on-3-us-bases-in-iraq-syria',
    ],
    appendNote:
      'Added 2026-11-24: Shafaq (via hathalyoum, posted 22:15 on Tuesday 23 Jan) quotes a security source on a drone shot down near the base; Xinhua (24 Jan) relays an IRI claim made on Wednesday and an Iraqi officer saying a drone was shot down. Taken to be this attack, though the Xinhua item could describe a further drone on 24 Jan.',
  },
  '2024-01-23-conoco-rockets': {
    addSources: [
      'https://bignewsnetwork.com/news/274105487/iraqi-shiite-militia-claims-attacks-on-3-us-bases-in-iraq-syria',
    ],
    appendNote:
      'Added 2026-11-24: Xinhua (24 Jan) says SOHR confirmed a rocket attack on the Koniko base and that the IRI claimed it on Wednesday 24 Jan; taken to be this attack, but it may have been a second one a day later.',
  },
};
