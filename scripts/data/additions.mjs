// Events added on 2026-11-24 from the stored news pages (search tool, corpus "pages").
// Each cites only pages actually read; status reflects who vouches for the event.
const SEED =
  'https://sputnikglobe.com/20231029/militants-ignore-bidens-warning-rain-down-fire-on-us-forces-in-iraq-syria-1114572582.html';

const attack = (o) => ({
  timeUtc: null,
  datePrecision: 'exact',
  dateEnd: null,
  direction: 'attack_on_us',
  claimedBy: null,
  weapons: null,
  casualties: null,
  notes: null,
  ...o,
});

export const additions = [
  attack({
    id: '2023-10-29-tanf-drones',
    date: '2023-10-29',
    siteId: 'al-tanf',
    country: 'SY',
    type: 'drone_attack',
    weapons: 'drones',
    status: 'reported_by_media',
    summary:
      'The project’s seed article relays media reports of a new drone attack on the US base at al-Tanf on 29 October; US officials did not comment.',
    sources: [SEED],
    notes:
      'Single source (the seed article, Sputnik); no second source confirms it and outcome is unknown. Included on purpose: al-Tanf is one of the sites the project is about.',
  }),
  attack({
    id: '2023-10-31-asad-drones',
    date: '2023-10-31',
    siteId: 'al-asad-airbase',
    country: 'IQ',
    type: 'drone_attack',
    claimedBy: 'Islamic Resistance in Iraq',
    weapons: '2 armed drones',
    casualties: 'none reported',
    status: 'reported_by_media',
    summary:
      'Iraqi security and government sources told Reuters that two armed drones went for Ain al-Asad before dawn on Tuesday 31 October, causing no casualties or damage.',
    sources: ['https://www.arabnews.pk/node/2400506/middle-east'],
    notes:
      'Separate from 2023-10-30-asad (the Monday rocket attack the same article mentions). Not matched to a Pentagon-listed attack.',
  }),
  attack({
    id: '2023-11-04-shaddadi-rockets',
    date: '2023-11-04',
    siteId: 'al-shaddadi',
    country: 'SY',
    type: 'rocket_attack',
    claimedBy: 'Islamic Resistance in Iraq',
    weapons: 'rockets',
    status: 'reported_by_media',
    summary:
      'The IRI said it fired rockets at the al-Shaddadi base in the morning, and SOHR confirmed that at least one landed on the US base there.',
    sources: [
      'https://menafn.com/1107372776/Iraqi-Shiite-Militia-Claims-Responsibility-For-Rocket-Attack-On-US-Base-In-Syria',
    ],
    notes:
      'NNN-NINA item datelined 5 Nov says the claim came "yesterday" (4 Nov). SOHR counted it as the 20th attack on US bases in Syria since 19 Oct. No US confirmation found.',
  }),
  attack({
    id: '2023-11-05-tanf-drones',
    date: '2023-11-05',
    dateEnd: '2023-11-06',
    datePrecision: 'window',
    siteId: 'al-tanf',
    country: 'SY',
    type: 'interception',
    weapons: '2-3 explosive drones',
    casualties: 'none reported',
    status: 'reported_by_media',
    summary:
      'Local sources and SOHR said defences at al-Tanf destroyed explosive drones before they reached the base, within a day of the Tal Baydar drone attack.',
    sources: [
      'https://www.echedoros-a.gr/2023/11/us-army-shoots-down-3-armed-drones.html',
      'https://www.quotidiano.net/ultimaora/base-militare-usa-in-siria-attaccata-da-droni-ong-ong-df4649bf',
    ],
    notes:
      'DATE WINDOW 5-6 Nov: the Greek repost is dated 6 Nov and SOHR (via Quotidiano, dated only Nov 2023) puts it within 24 hours of the Tell Baydar attack (5 Nov). DISAGREEMENT on numbers: three drones (Arab media via echedoros) versus two (SOHR). No US statement found.',
  }),
  attack({
    id: '2023-11-11-harir-drone',
    date: '2023-11-11',
    siteId: 'harir-airbase',
    country: 'IQ',
    type: 'drone_attack',
    weapons: '1 armed drone',
    status: 'reported_by_media',
    summary:
      'A security source told Shafaq News that an armed drone hit al-Harir air base on Saturday 11 November and damaged the airfield; casualties were unknown.',
    sources: [
      'https://www.shafaq.com/en/Iraq-News/Al-Harir-airbase-hit-by-another-drone-attack',
      'https://uzbekistannewsgazette.com/uav-attacks-us-military-base-in-northern-iraq/',
    ],
    notes:
      'Not on the US lists consulted. The KRG said the coalition had left Harir on 20 Oct (see site notes).',
  }),
  attack({
    id: '2023-11-17-asad-drones-claim',
    date: '2023-11-17',
    siteId: 'al-asad-airbase',
    country: 'IQ',
    type: 'drone_attack',
    claimedBy: 'Islamic Resistance in Iraq',
    weapons: '2 drones (claimed)',
    status: 'claimed_only',
    summary: 'On Friday 17 November the IRI said two of its drones had struck Ain al-Asad.',
    sources: [
      'https://english.hathalyoum.net/articles/95460-islamic-resistance-targets-ain-al-assad-in-western-',
    ],
    notes:
      'US officials counted three facilities attacked by one-way drones that day without naming all of them (see otherTallies); this may be one of them, unconfirmed.',
  }),
  attack({
    id: '2023-11-20-asad-drone-claim',
    date: '2023-11-20',
    datePrecision: 'inferred',
    siteId: 'al-asad-airbase',
    country: 'IQ',
    type: 'drone_attack',
    claimedBy: 'Islamic Resistance in Iraq',
    weapons: '1 drone (claimed)',
    status: 'claimed_only',
    summary: 'Shortly before midnight on 20 November the IRI claimed a drone strike on Ain al-Asad.',
    sources: [
      'https://english.hathalyoum.net/articles/95697-ain-al-assad-air-base-targeted-by-drone-strike-in-',
    ],
    notes:
      'DATE INFERRED: the Shafaq item was posted at 00:15 on 21 Nov, so the claim is dated 20 Nov. May be a separate event from, or confused with, the ballistic-missile attack of 2023-11-21-asad-ballistic-missile.',
  }),
  attack({
    id: '2023-12-03-erbil-drone-claim',
    date: '2023-12-03',
    siteId: 'erbil-airport',
    country: 'IQ',
    type: 'drone_attack',
    claimedBy: 'Islamic Resistance in Iraq',
    weapons: '1 explosive drone (claimed)',
    status: 'claimed_only',
    summary:
      'Early on Sunday 3 December the IRI claimed an explosive-drone attack on the US base at Erbil airport, its first claimed operation in Iraq after the Gaza truce ended.',
    sources: [
      'https://www.shafaq.com/en/Iraq-News/Islamic-Resistance-launches-drone-attack-on-US-base-in-Erbil-Iraq',
    ],
    notes: 'Kurdistan security authorities had not commented when reported.',
  }),
  attack({
    id: '2023-12-08-kharab-al-jir-rockets',
    date: '2023-12-08',
    siteId: 'kharab-al-jir',
    country: 'SY',
    type: 'rocket_attack',
    claimedBy: 'Islamic Resistance in Iraq',
    weapons: 'rockets (at least 3 in the second attack, per SOHR)',
    casualties: 'none reported',
    status: 'reported_by_media',
    summary:
      'SOHR said the Kharab al-Jir airfield base was hit by rockets twice within hours, one landing inside the airport yard without casualties.',
    sources: ['https://www.shafaq.com/en/World/Islamic-Resistance-in-Iraq-targets-U-S-base-in-Syria'],
    notes:
      'Two attacks on the same day are kept as one row. US officials said three Syrian bases were attacked on 8 Dec without naming them (see otherTallies); this may be among them.',
  }),
  attack({
    id: '2023-12-09-erbil-drones-down',
    date: '2023-12-09',
    siteId: 'erbil-airport',
    country: 'IQ',
    type: 'interception',
    weapons: '4 drones',
    casualties: 'none reported',
    status: 'reported_by_media',
    summary:
      'A Kurdish security official told Al Jazeera that four drones were shot down north of Erbil before they reached the airport and the US base there.',
    sources: ['http://hajij.com/id/reports/item/7517-militer-irak-tembak-jatuh-empat-drone-di-utara-erbil'],
    notes: 'Single secondary source (Indonesian-language report relaying Al Jazeera). Nobody claimed it.',
  }),
  attack({
    id: '2023-12-25-harir-drone-claim',
    date: '2023-12-25',
    siteId: 'harir-airbase',
    country: 'IQ',
    type: 'drone_attack',
    claimedBy: 'Islamic Resistance in Iraq',
    weapons: 'drone (claimed)',
    status: 'claimed_only',
    summary:
      'Soon after the Christmas drone attack on the Erbil airport base, the IRI claimed to have sent a drone against the base near Harir as well.',
    sources: ['https://ca.news.yahoo.com/drone-attack-targets-us-troops-204319959.html'],
    notes: 'Separate claim from 2023-12-25-erbil-drone (AFP). Not confirmed by US or Kurdish officials.',
  }),
  attack({
    id: '2023-12-27-erbil-drone-down',
    date: '2023-12-27',
    siteId: 'erbil-airport',
    country: 'IQ',
    type: 'interception',
    claimedBy: 'Islamic Resistance in Iraq',
    weapons: '1 explosive drone',
    casualties: 'none',
    status: 'reported_by_media',
    summary:
      'Kurdish counter-terrorism said coalition forces shot down an explosive drone near Ashokani village by Erbil airport on Wednesday evening, and the IRI claimed an attack on the base.',
    sources: [
      'https://www.shafaq.com/en/Kurdistan/International-Coalition-downed-drone-in-Erbil-CTG-says',
      'https://www.ilna.ir/Section-world-8/1432143-drone-attack-hits-us-base-in-northern-iraq',
    ],
    notes: 'Confirmed by the KRG counter-terrorism group, not by US officials.',
  }),
  attack({
    id: '2024-01-01-shaddadi-drone-claim',
    date: '2024-01-01',
    siteId: 'al-shaddadi',
    country: 'SY',
    type: 'drone_attack',
    claimedBy: 'Islamic Resistance in Iraq',
    weapons: '1 explosive drone (claimed)',
    status: 'claimed_only',
    summary:
      'On New Year’s Day the IRI claimed that an explosive drone it launched hit the al-Shaddadi base.',
    sources: ['https://www.shafaq.com/en/Iraq-News/Iraqi-Shiite-factions-attack-a-U-S-base-in-Syria-9'],
    notes: 'Separate from the 2 Jan rocket and drone attack (2024-01-02-shaddadi).',
  }),
  attack({
    id: '2024-01-02-malikiyah-drone-claim',
    date: '2024-01-02',
    siteId: 'al-malikiyah',
    country: 'SY',
    type: 'drone_attack',
    claimedBy: 'Islamic Resistance in Iraq',
    weapons: 'drone (claimed)',
    status: 'claimed_only',
    summary:
      'The IRI claimed a drone strike on the US base at al-Malikiyah on Tuesday 2 January, alongside its rocket claim on al-Shaddadi.',
    sources: ['http://panafricannews.blogspot.com/2024/01/islamic-resistance-of-iraq-targets-us.html'],
    notes:
      'Via a repost of Al Mayadeen English. Anadolu lists Malikiyya among recently attacked sites (https://aa.com.tr/en/live/us-base-in-syria-comes-under-drone-attack/3098732).',
  }),
  attack({
    id: '2024-01-02-rmelan-attacks',
    date: '2024-01-02',
    siteId: 'rmelan',
    country: 'SY',
    type: 'other',
    weapons: 'unspecified',
    status: 'reported_by_media',
    summary:
      'Al Mayadeen’s Baghdad correspondent said US forces at the Rmelan base were attacked twice on Tuesday 2 January.',
    sources: ['http://panafricannews.blogspot.com/2024/01/islamic-resistance-of-iraq-targets-us.html'],
    notes:
      'Two attacks in one day kept as one row; weapon and outcome not given. Single source (Al Mayadeen repost).',
  }),
  attack({
    id: '2024-01-02-erbil-drone-down',
    date: '2024-01-02',
    dateEnd: '2024-01-03',
    datePrecision: 'window',
    siteId: 'erbil-airport',
    country: 'IQ',
    type: 'interception',
    weapons: '1 explosive drone',
    casualties: 'none',
    status: 'reported_by_media',
    summary:
      'Kurdistan counter-terrorism said it downed an explosive drone sent towards the coalition base near Erbil airport, and it fell harmlessly in a farm field.',
    sources: [
      'https://www.middleeastmonitor.com/20240103-iraq-international-coalition-foils-drone-attack-on-us-coalition-base/',
      'http://panafricannews.blogspot.com/2024/01/islamic-resistance-of-iraq-targets-us.html',
    ],
    notes:
      'DATE WINDOW: Middle East Monitor (3 Jan) says "yesterday" (2 Jan); an Al Mayadeen item of 3 Jan counts an attack near Erbil airport among that day’s attacks. Recorded as a 2-3 Jan window rather than picking one.',
  }),
  attack({
    id: '2024-01-03-green-village-drone-claim',
    date: '2024-01-03',
    siteId: 'al-omar-green-village',
    country: 'SY',
    type: 'drone_attack',
    claimedBy: 'Islamic Resistance in Iraq',
    weapons: '1 drone (claimed)',
    status: 'claimed_only',
    summary:
      'On the morning of Wednesday 3 January the IRI said it had attacked the Green Village base with a drone.',
    sources: [
      'https://theasianobserver.com/within-a-day-iri-claims-a-second-drone-attack-on-u-s-bases-in-syria/',
      'http://panafricannews.blogspot.com/2024/01/islamic-resistance-of-iraq-targets-us.html',
    ],
    notes:
      'Not the same as 2024-01-04-green-village-drone (next day, SOHR-reported casualties), though both may describe overlapping claims.',
  }),
  attack({
    id: '2024-01-03-tanf-drone-claim',
    date: '2024-01-03',
    siteId: 'al-tanf',
    country: 'SY',
    type: 'drone_attack',
    claimedBy: 'Islamic Resistance in Iraq',
    weapons: '1 drone (claimed)',
    status: 'claimed_only',
    summary:
      'Later on 3 January the IRI claimed a drone attack on al-Tanf, its second claimed attack in Syria that day.',
    sources: [
      'https://theasianobserver.com/within-a-day-iri-claims-a-second-drone-attack-on-u-s-bases-in-syria/',
      'http://panafricannews.blogspot.com/2024/01/islamic-resistance-of-iraq-targets-us.html',
    ],
  }),
  attack({
    id: '2024-01-08-asad-launcher-us-strike',
    date: '2024-01-08',
    direction: 'us_strike',
    siteId: 'al-asad-airbase',
    country: 'IQ',
    type: 'us_airstrike',
    weapons: 'US air strike on a truck-mounted rocket launcher',
    status: 'reported_by_media',
    summary:
      'Two Iraqi army sources told Reuters that a US air strike late on Monday 8 January destroyed a lorry-mounted launcher loaded to fire rockets at Ain al-Asad.',
    sources: [
      'https://www.lbcgroup.tv/news/middle-east-news/746189/us-airstrike-thwarts-rocket-attack-on-iraqi-air-base-reuters-sources/en',
      'https://www.thehawk.in/posts/us-airstrike-thwarts-rocket-attack-on-ain-al-asad-air-base-in-iraq',
    ],
    notes:
      'Plotted at the base: the launcher stood about 7 km east of it, in a rural area (exact point not published). Coalition officials had not commented.',
  }),
  attack({
    id: '2024-01-28-harir-drone',
    date: '2024-01-28',
    siteId: 'harir-airbase',
    country: 'IQ',
    type: 'drone_attack',
    claimedBy: 'Islamic Resistance in Iraq',
    weapons: '1 drone',
    status: 'claimed_only',
    summary:
      'Al Mayadeen reported on Sunday afternoon 28 January that a drone targeted the US base at Harir, and the IRI then claimed it.',
    sources: [
      'https://en.kurdpress.com/news/159429/Iraqi-Resistance-targets-US-troops-base-in-north-with-drone',
    ],
    notes:
      'Location ambiguous: the report calls it "the Harir base near Erbil airport", which mixes two sites; placed at Harir. Probably the same claim as the Erbil-airport strike mentioned in 2024-01-28-shaddadi-tanf-rukban-claims.',
  }),
  attack({
    id: '2024-02-01-al-omar-drones',
    date: '2024-02-01',
    siteId: 'al-omar-green-village',
    country: 'SY',
    type: 'drone_attack',
    weapons: '3 drones',
    status: 'reported_by_media',
    summary:
      'Al Mayadeen’s correspondent reported that three drones struck the US base at the al-Omar oil field late on 1 February, followed by heavy US helicopter flights.',
    sources: [
      'http://panafricannews.blogspot.com/2024/02/us-occupation-base-in-al-omar-oil-field.html',
      'https://www.islamtimes.org/en/news/1113382/us-military-base-in-eastern-syria-targeted-with-drones',
    ],
    notes:
      'Came after Kataib Hezbollah announced it was suspending attacks. Islam Times carried it on the morning of 2 Feb; unclaimed.',
  }),
  attack({
    id: '2024-02-10-conoco-drones',
    date: '2024-02-10',
    siteId: 'conoco-gas-field',
    country: 'SY',
    type: 'interception',
    weapons: '6 drones',
    status: 'reported_by_media',
    summary:
      'A security source told Reuters that coalition air defences at the Conoco field base stopped six drone attacks on Saturday 10 February.',
    sources: [
      'https://www.voanews.com/a/us-led-coalition-blocks-attacks-at-conoco-oil-field-in-syria-/7482765.html',
    ],
    notes: 'Casualties not stated. Falls after the main wave largely ended (early Feb 2024).',
  }),
  attack({
    id: '2024-02-22-conoco-drone',
    date: '2024-02-22',
    datePrecision: 'inferred',
    siteId: 'conoco-gas-field',
    country: 'SY',
    type: 'drone_attack',
    weapons: '1 suicide drone',
    status: 'reported_by_media',
    summary:
      'Al Mayadeen’s Aleppo correspondent said a suicide drone reached the US base at the Conoco gas field, with a strong blast heard around it.',
    sources: ['http://panafricannews.blogspot.com/2024/02/drone-targets-us-base-in-conoco-field.html'],
    notes:
      'DATE INFERRED from the repost date (22 Feb 2024); the text gives no day. Single source, unclaimed.',
  }),
  // Added in 1.1.0 (2026-11-24): more individually sourced attacks from the stored news pages.
  attack({
    id: '2023-11-18-tal-baydar-drone',
    date: '2023-11-18',
    siteId: 'tal-baydar',
    country: 'SY',
    type: 'drone_attack',
    weapons: 'drone',
    casualties: '1 US service member injured (Al Mayadeen; not confirmed by US officials)',
    status: 'reported_by_media',
    summary:
      'Al Mayadeen reported on Saturday 18 November that a drone struck the US base at Tal Baydar west of Hasakah, saying one American soldier was hurt.',
    sources: [
      'https://sputnikglobe.com/20231118/drone-strikes-at-us-military-base-in-northeastern-syria-reports-1115047953.html',
      'https://pledgetimes.com/a-us-military-base-was-attacked-in-northeastern-syria/',
    ],
    notes:
      'Both pages relay the same Al Mayadeen report (Sputnik dated 18 Nov 2023); the injury is not confirmed by US officials. Unclaimed in these sources.',
  }),
  attack({
    id: '2023-11-22-shaddadi-rockets-claim',
    date: '2023-11-22',
    siteId: 'al-shaddadi',
    country: 'SY',
    type: 'rocket_attack',
    claimedBy: 'Islamic Resistance in Iraq',
    weapons: 'several missiles/rockets (claimed)',
    status: 'claimed_only',
    summary:
      'According to TASS, the Islamic Resistance in Iraq said on Telegram on 22 November that it had fired several missiles at the US base in al-Shaddadi.',
    sources: ['https://tass.com/world/1709801'],
    notes:
      'Single source (TASS, dated 22 Nov 2023, relaying the group’s claim); no damage or casualties reported and no US confirmation found.',
  }),
  attack({
    id: '2023-12-24-kharab-al-jir-rockets',
    date: '2023-12-24',
    siteId: 'kharab-al-jir',
    country: 'SY',
    type: 'rocket_attack',
    weapons: 'rockets',
    status: 'reported_by_media',
    summary:
      'Al Mayadeen reported early on Sunday 24 December that rockets were fired at the US base at the Kharab al-Jir airstrip in Hasakah province.',
    sources: [
      'https://www.islamtimes.org/en/news/1104537/us-military-base-in-syria-comes-under-rocket-attack',
    ],
    notes:
      'Single source (Islam Times, 24 Dec 2023, relaying Al Mayadeen); no information on damage and no claim in the report. Kharab al-Jir is mapped to the Rumalyn Landing Zone site (see site notes).',
  }),
  attack({
    id: '2024-01-02-al-omar-rockets',
    date: '2024-01-02',
    siteId: 'al-omar-green-village',
    country: 'SY',
    type: 'rocket_attack',
    weapons: '4 missiles/rockets',
    status: 'reported_by_media',
    summary:
      'Local sources told Al-Araby Al-Jadeed that four missiles hit the coalition base at the al-Omar oil field on the evening of Tuesday 2 January.',
    sources: ['https://www.middleeastmonitor.com/20240103-syria-us-base-in-al-omar-oil-field-attacked/'],
    notes:
      'Middle East Monitor (3 Jan 2024) dates it to "Tuesday evening" (2 Jan), shortly after the IRI claimed attacks on three Hasakah bases the same day. The same article mentions a drone attack apparently foiled on Monday 1 Jan, not recorded here because no base or detail is given. Casualties unknown; not confirmed by US officials.',
  }),
  attack({
    id: '2024-01-11-shaddadi-claim',
    date: '2024-01-11',
    siteId: 'al-shaddadi',
    country: 'SY',
    type: 'other',
    claimedBy: 'Islamic Resistance in Iraq',
    weapons: 'not stated',
    status: 'claimed_only',
    summary:
      'The Iraqi resistance announced an attack on the US base at al-Shaddadi on 11 January, according to a Tribunnews report republished in English.',
    sources: [
      'https://www.world-today-journal.com/air-defense-broken-us-military-base-in-syria-destroyed-by-massive-explosion-wave/',
    ],
    notes:
      'Weak single source: a republished Tribunnews article that mentions the claim in passing, without weapon, outcome or US comment.',
  }),
  attack({
    id: '2024-01-12-conoco-rockets',
    date: '2024-01-12',
    siteId: 'conoco-gas-field',
    country: 'SY',
    type: 'rocket_attack',
    weapons: 'large rocket salvo',
    status: 'reported_by_media',
    summary:
      'Sputnik correspondents were cited as saying a large rocket salvo set off a string of explosions at the US base in the Conoco field on Friday 12 January.',
    sources: [
      'https://www.world-today-journal.com/air-defense-broken-us-military-base-in-syria-destroyed-by-massive-explosion-wave/',
    ],
    notes:
      'Weak single source (republished Tribunnews article citing Sputnik, which gives the date as Friday 12/1/2024). Its claim that the base was destroyed is unverified; the Iraqi resistance had not confirmed the attack and no US comment is given.',
  }),
  attack({
    id: '2024-01-18-erbil-drones',
    date: '2024-01-18',
    siteId: 'erbil-airport',
    country: 'IQ',
    type: 'interception',
    timeUtc: '20:06',
    claimedBy: 'Islamic Resistance in Iraq',
    weapons: '1-2 explosive drones',
    casualties: 'none reported',
    status: 'reported_by_media',
    summary:
      'Kurdistan counter-terrorism said an explosive drone aimed at the coalition base at Erbil airport was downed late on 18 January, after an earlier drone that evening.',
    sources: ['https://en.964media.com/9323/'],
    notes:
      'The CTD statement was issued at 23:06 local (20:06 UTC, the time of the statement, not necessarily of the interception). A security source told 964media of a first drone attack around 19:00 the same evening, which the CTD did not acknowledge; both are kept in this one row. The IRI claim does not say whether it covers one or both.',
  }),
  attack({
    id: '2024-01-24-erbil-claim',
    date: '2024-01-24',
    siteId: 'erbil-airport',
    country: 'IQ',
    type: 'other',
    claimedBy: 'Islamic Resistance in Iraq',
    weapons: 'rockets and drones (claimed, for three bases together)',
    status: 'claimed_only',
    summary:
      'Xinhua reported that on Wednesday 24 January the IRI claimed rockets and drones against a base near Erbil airport, among three bases it named.',
    sources: [
      'https://bignewsnetwork.com/news/274105487/iraqi-shiite-militia-claims-attacks-on-3-us-bases-in-iraq-syria',
    ],
    notes:
      'Kurdish authorities had not commented when Xinhua wrote. Separate from 2024-01-25-erbil-drone-down (Thursday evening). The same claim names Ain al-Asad and the Koniko field; those parts are attached to 2024-01-23-asad-drones and 2024-01-23-conoco-rockets as possibly the same attacks.',
  }),
  attack({
    id: '2024-01-25-erbil-drone-down',
    date: '2024-01-25',
    siteId: 'erbil-airport',
    country: 'IQ',
    type: 'interception',
    timeUtc: '18:07',
    claimedBy: 'Islamic Resistance in Iraq',
    weapons: '1 suicide drone',
    casualties: 'none reported',
    status: 'reported_by_media',
    summary:
      'Kurdistan counter-terrorism said a suicide drone fired at the coalition base at Erbil airport was shot down at 21:07 on Thursday 25 January.',
    sources: [
      'https://rudaw.net/english/kurdistan/250120241-amp',
      'https://www.shafaq.com/en/Iraq-News/IRI-claims-responsibility-for-Erbil-s-drone-attack',
    ],
    notes:
      'Time is the CTD’s 21:07 local (18:07 UTC). Shafaq (25 Jan) carries the IRI claim. Separate from 2024-01-24-erbil-claim (the previous day).',
  }),
  attack({
    id: '2024-01-29-shaddadi-rockets-claim',
    date: '2024-01-29',
    siteId: 'al-shaddadi',
    country: 'SY',
    type: 'rocket_attack',
    claimedBy: 'Islamic Resistance in Iraq (via Sabereen News)',
    weapons: 'several rockets (claimed)',
    status: 'claimed_only',
    summary:
      'Press TV said on Monday 29 January that, per the Sabereen News channel, several rockets hit the aircraft runway of the US base at al-Shaddadi.',
    sources: [
      'https://french.presstv.ir/Detail/2024/01/29/719118/Une-base-militaire-am%C3%A9ricaine-attaqu%C3%A9e-par-la-R%C3%A9sistance-irakienne-',
    ],
    notes:
      'Single source relaying a militia-linked Telegram channel; no damage or casualty reports. Separate from the 28 Jan drone claims (2024-01-28-shaddadi-tanf-rukban-claims).',
  }),
];
