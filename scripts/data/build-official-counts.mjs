#!/usr/bin/env node
// One-off helper: writes public/data/official-counts.json from events-aggregates.csv, read by
// hand. `counts` holds only official cumulative totals with a real date; everything else the
// research found (monitor and claim counts, undated or single-day figures) goes to otherTallies.
import { writeFileSync } from 'node:fs';
import { VERSION } from './version.mjs';

const c = (date, total, qualifier, iraq, syria, injured, sources, notes) => ({
  date,
  total,
  qualifier,
  iraq,
  syria,
  injured,
  sources,
  notes,
});

const counts = [
  c(
    '2023-10-24',
    13,
    'at_least',
    10,
    3,
    null,
    [
      'https://www.shafaq.com/en/World/Pentagon-reports-13-attacks-on-US-forces-in-Iraq-and-Syria-by-Iran-backed-groups',
      'https://www.sott.net/article/485398-Drone-attacks-on-US-base-in-Syria-injures-20-military-personnel',
    ],
    'Ryder: at least 10 attacks in Iraq and 3 in Syria between 17 and 24 Oct, by drones and rockets.',
  ),
  c(
    '2023-10-26',
    16,
    'at_least',
    null,
    null,
    null,
    ['https://safirnews.in/31214'],
    'Pentagon figure for 17-26 Oct, relayed by an article derived from Press TV.',
  ),
  c(
    '2023-10-27',
    19,
    'exact',
    null,
    null,
    '21 (19 TBI)',
    [
      'https://theelectionpost.com/u-s-targets-in-syria-and-iraq-attacked-at-least-23-times-in-past-two-weeks-defense-official-says/',
      'https://www.nationalheraldindia.com/world/us-strikes-iran-linked-sites-in-syria',
    ],
    'Attacks before the US strikes of 27 Oct (local). DISAGREEMENT: the seed article cites a Pentagon spokesman giving 20 attacks for 17-27 Oct.',
  ),
  c(
    '2023-10-30',
    23,
    'at_least',
    14,
    9,
    null,
    [
      'https://theelectionpost.com/u-s-targets-in-syria-and-iraq-attacked-at-least-23-times-in-past-two-weeks-defense-official-says/',
      'https://iqiraq.news/security/print:page,1,54606--23-.html',
      'https://www.stripes.com/theaters/middle_east/2023-10-30/american-forces-drones-rockets-iraq-syria-iran-11880249.html',
    ],
    'Senior defence official, 17-30 Oct: at least 14 in Iraq and 9 in Syria; four came after the US strikes.',
  ),
  c(
    '2023-10-31',
    27,
    'exact',
    16,
    11,
    '21',
    [
      'https://www.scrippsnews.com/us-news/military/pentagon-says-it-s-tracking-27-attacks-on-us-troops-in-iraq-and-syria',
      'https://sofrep.com/news/us-bases-in-iraq-and-syria-attacked-28-times-to-date-are-we-being-drawn-into-the-war/',
    ],
    'Ryder, 31 Oct; six came after the 26/27 Oct US strikes. A contractor died of cardiac arrest during an alert (not counted as an injury).',
  ),
  c(
    '2023-11-01',
    28,
    'exact',
    null,
    null,
    null,
    [
      'https://sofrep.com/news/us-bases-in-iraq-and-syria-attacked-28-times-to-date-are-we-being-drawn-into-the-war/',
    ],
    'The 1 Nov al-Tanf drone was counted as the 28th attack.',
  ),
  c(
    '2023-11-06',
    38,
    'exact',
    20,
    18,
    '46',
    [
      'https://americanactionnews.com/featured/2023/11/07/armed-drones-shot-down-near-base-hosting-us-troops',
      'https://prophecyhour.com/2023/11/08/ww-us-military-strikes-iranian-weapons-facility-in-syria-following-attacks-against-troops-washington-examiner',
    ],
    'Ryder, 6 Nov: 45 hurt in the 17-18 Oct attacks at al-Asad and al-Tanf plus 1 at Erbil (25 TBI, 21 other); 2 later flown to Landstuhl.',
  ),
  c(
    '2023-11-08',
    41,
    'exact',
    null,
    null,
    null,
    [
      'https://www.worldreportnow.com/news/syria-us-carries-out-airstrikes-in-eastern-syria-targeting-irgc-and-iranian-backed-groups-weapons-storage-facility/38600/',
    ],
    'Count at the time of the 8 Nov Maysalun strike; the latest listed attack was a rocket salvo at Shaddadi.',
  ),
  c(
    '2023-11-09',
    46,
    'at_least',
    null,
    null,
    'at least 56',
    ['https://findecta.com/?p=104424'],
    'Singh, 9 Nov. DISAGREEMENT: a US official quoted by Shafaq on 10 Nov still gave 40+ attacks and 45 injured.',
  ),
  c(
    '2023-11-13',
    52,
    'at_least',
    24,
    28,
    null,
    [
      'https://www.dailyalert.org/rss/Mainissues.php?id=87892',
      'https://www.kurdistan24.net/public/en/story/33139-US-forces-attacked-52-times-in-Syria-and-Iraq:-Pentagon-official',
    ],
    'VOA: 52 attacks in under a month, 4 in the 24 hours after the 12 Nov US strikes. Iraq/Syria split from a Pentagon official to Kurdistan 24 (17 Oct-13 Nov).',
  ),
  c(
    '2023-11-14',
    55,
    'exact',
    27,
    28,
    '59 (27 TBI, 32 other non-serious)',
    [
      'https://theepochtimes.com/world/pentagon-confirms-us-troops-attacked-55-times-in-iraq-and-syria-since-oct-17-post-5529695',
    ],
    'Singh at the 14 Nov briefing; all 59 had returned to duty. Added 2026-11-24.',
  ),
  c(
    '2023-11-16',
    58,
    'exact',
    null,
    null,
    null,
    [
      'https://www.kuna.net.kw/ArticlePrintPage.aspx?id=3123138&language=en',
      'https://uzbekistannewsgazette.com/uav-attacks-us-military-base-in-northern-iraq/',
    ],
    'Defense Department figure reported on 16 Nov.',
  ),
  c(
    '2023-11-17',
    60,
    'exact',
    null,
    null,
    '59',
    [
      'https://guardiansoftherepublic.com/us-troops-targeted-in-three-more-attacks-at-bases-in-iraq-syria-leaving-one-injured/',
    ],
    'AP, citing two US officials; injuries described as minor.',
  ),
  c(
    '2023-11-20',
    61,
    'at_least',
    null,
    null,
    null,
    [
      'https://news.antiwar.com/?p=134574',
      'https://english.hathalyoum.net/articles/95697-ain-al-assad-air-base-targeted-by-drone-strike-in-',
    ],
    'Antiwar.com tally "as of Monday" 20 Nov; Shafaq (21 Nov) cites the Defense Department for "over 61".',
  ),
  c(
    '2023-11-21',
    66,
    'exact',
    32,
    34,
    '~62 (before the 21 Nov al-Asad missile attack)',
    [
      'https://menafn.com/1107470261/US-Central-Command-US-Forces-Lunch-Air-Strike-Against-Iran-Linked-Militants',
      'https://politicaliq.com/2023/11/22/u-s-launches-airstrikes-on-iran-backed-militants-after-attack-in-iraq/',
    ],
    'Singh, 21 Nov. DISAGREEMENT: PoliticalIQ quotes 56 injured and 25 TBI; figures vary by briefing.',
  ),
  c(
    '2023-11-23',
    73,
    'at_least',
    36,
    37,
    '56 (Reuters)',
    [
      'https://www.livemint.com/news/world/drone-attacks-on-us-forces-in-iraq-and-syria-no-casualties-reported/amp-11700786573335.html',
      'https://www.cnn.com/2023/11/24/politics/us-forces-attacked-iraq-syria-thanksgiving/index.html',
      'https://www.lbcgroup.tv/news/middle-east-news/736903/new-attacks-on-us-forces-in-iraq-and-syria-us-official/en',
    ],
    "CNN: at least 73. DISAGREEMENT: AFP/LBC give 72, and Reuters' injured figure (56) is below the 62 Singh gave on 21 Nov.",
  ),
  c(
    '2023-11-29',
    74,
    'exact',
    36,
    38,
    null,
    [
      'https://localnews8.com/?p=1292215',
      'https://thereadersbureau.com/rocket-launched-at-us-forces-in-syria-no-injuries/',
      'https://d156axqdhqxfu.cloudfront.net/en/202311294484',
    ],
    'First attack since 23 Nov, during the Gaza truce. Split (36 Iraq, 38 Syria) from a US defence official to Iran International, added 2026-11-24.',
  ),
  c(
    '2023-12-04',
    76,
    'exact',
    null,
    null,
    null,
    [
      'https://dailycaller.com/2023/12/04/us-troops-iraq-kill-five-attacking-militants-drone-strike/',
      'https://airandspaceforces.com/us-drone-thwarts-militia-attack-american-troops-iraq',
    ],
    'Defense Department official via Politico / Air & Space Forces.',
  ),
  c(
    '2023-12-06',
    78,
    'exact',
    null,
    null,
    null,
    [
      'https://www.lbcgroup.tv/news/middle-east-news/739571/drone-attack-hit-base-housing-us-forces-in-iraq/en',
    ],
    'AFP tally from a US military official.',
  ),
  c(
    '2023-12-07',
    78,
    'approx',
    null,
    null,
    '66 (non-serious, all returned to duty)',
    ['https://rudaw.net/english/middleeast/08122023-amp'],
    'Singh, Thursday 7 Dec: "approximately 78", not counting the previous 24 hours. Added 2026-11-24.',
  ),
  c(
    '2023-12-08',
    78,
    'exact',
    null,
    null,
    null,
    ['https://www.sunstar.com.ph/cebu/rocket-attack-targets-us-embassy-in-iraq'],
    'INCONSISTENT as published (AP via SunStar): the split given, 43 in Iraq and 41 in Syria, adds up to 84, not 78. The split is left out of iraq/syria for that reason.',
  ),
  c(
    '2023-12-13',
    97,
    'exact',
    45,
    52,
    null,
    ['http://panafricannews.blogspot.com/2023/12/us-forces-in-syria-iraq-were-targeted.html'],
    'Unnamed US official to Al Mayadeen (repost), "until Wednesday" 13 Dec.',
  ),
  c(
    '2024-01-04',
    100,
    'at_least',
    null,
    null,
    null,
    [
      'https://www.lbcgroup.tv/news/news-bulletin-reports/745242/regional-confrontation-escalates-drone-strike-targets-militant-leader/en',
    ],
    '"Over 100 attacks" since 17 Oct.',
  ),
  c(
    '2024-01-20',
    140,
    'at_least',
    null,
    null,
    null,
    [
      'https://abcnews.go.com/International/missile-barrage-us-base-iraq-officials/story?id=106542236',
      'https://theteapartydaily.com/multiple-us-troops-in-iraq-injured-by-latest-iranian-attack/',
    ],
    'ABC: more than 140. Another outlet calls the 20 Jan al-Asad barrage the 144th attack.',
  ),
  c(
    '2024-01-27',
    160,
    'exact',
    null,
    null,
    '~70 (US and coalition, mostly minor)',
    ['https://en.wikipedia.org/wiki/Tower_22_drone_attack'],
    'Wikipedia background to Tower 22: 160 attacks up to 27 Jan (it says from 7 Oct); the US had retaliated 8 times.',
  ),
  c(
    '2024-02-07',
    168,
    'exact',
    null,
    null,
    '3 killed; 2 severe, 9 serious, 132 minor injuries',
    ['https://dailynewsofamerica.com/news/us-strikes-kill-kataib-hezbollah-leader-in-iraq/'],
    'Pentagon data via CBS News, including Jordan; article dated around 7-8 Feb.',
  ),
];

// Free-form: kept so nothing researched is lost, not read by the app's schema.
const otherTallies = [
  {
    kind: 'official_undated',
    date: null,
    window: '2023-11-01/2023-11-06',
    total: 32,
    iraq: 17,
    syria: 15,
    injured: '21',
    sources: [
      'https://www.timesofisrael.com/liveblog_entry/us-shoots-down-another-drone-targeting-american-troops-in-syria/',
    ],
    notes:
      'Times of Israel liveblog: a US official counted a drone downed near Tel Baider as the 32nd attack. The excerpt shows no date; no dated copy was found. Placed only by the running totals: after 28 (1 Nov) and before 38 (6 Nov). Possibly 2023-11-05-tal-baydar-drone.',
  },
  {
    kind: 'official_injuries',
    date: '2023-10-25',
    total: null,
    injured: '24 (minor; 20 in one al-Tanf incident)',
    sources: [
      'https://responsiblestatecraft.org/us-troops-attacked-syria-iraq',
      'https://www.navytimes.com/news/your-military/2023/10/26/21-troops-injured-in-iraq-and-syria-drone-strikes/',
    ],
    notes:
      'Injury figures disclosed 24-25 Oct. DISAGREEMENT: Navy Times (26 Oct) gives 21 injured from the 17-18 Oct al-Tanf and al-Asad attacks.',
  },
  {
    kind: 'official_approx_month',
    date: null,
    window: '2024-08',
    total: 170,
    qualifier: 'approx',
    sources: [
      'https://goodmorningamerica.com/news/story/drone-attack-us-base-syria-injuries-reported-112730470',
    ],
    notes:
      'ABC (Aug 2024): close to 170 attacks since 18 Oct 2023, which largely stopped after 4 Feb 2024. Day of publication not established, so not in counts.',
  },
  {
    kind: 'monitor',
    source: 'SOHR',
    date: '2023-12-08',
    scope: 'Syria only, since 19 Oct',
    total: 50,
    byBase: {
      'al-Omar': 11,
      'al-Shaddadi': 9,
      Koniko: 9,
      'Kharab al-Jir': 10,
      'al-Tanf': 7,
      'Tel Baidar': 2,
      'Rubarya/al-Malikiyah': 1,
      Qasrak: 1,
    },
    sources: ['https://www.shafaq.com/en/World/Islamic-Resistance-in-Iraq-targets-U-S-base-in-Syria'],
    notes: 'Monitor count, not official. Added 2026-11-24.',
  },
  {
    kind: 'monitor',
    source: 'SOHR',
    date: null,
    window: '2024-01 (early)',
    scope: 'Syria only, since 19 Oct',
    total: 68,
    byBase: {
      'al-Omar': 15,
      'al-Shaddadi': 12,
      'Koniko/Conoco': 16,
      'Kharab al-Jir': 12,
      'al-Tanf': 8,
      'Tel Baydar': 2,
      'Rubarya/al-Malikiyah': 2,
      Qasrek: 1,
    },
    sources: ['https://www.syriahr.com/en/321656/'],
    notes:
      'Monitor count, not official. The article is undated but reports "the first attack of 2024", so the tally is from early Jan 2024 (day unknown).',
  },
  {
    kind: 'monitor',
    source: 'SOHR',
    date: '2024-01-04',
    scope: 'Syria only, since 19 Oct',
    total: 75,
    sources: [
      'https://pledgetimes.com/factions-loyal-to-iran-attack-the-largest-international-coalition-bases-in-syria/',
    ],
    notes:
      'Monitor count, not official; al-Omar the most attacked base (18). DISAGREEMENT with the 68 above, which SOHR gave at the first attack of 2024. Added 2026-11-24.',
  },
  {
    kind: 'monitor',
    source: 'ISW',
    date: '2024-01-25',
    total: 150,
    qualifier: 'at_least',
    sources: [
      'https://www.understandingwar.org/backgrounder/iran-update-january-25-2024',
      'https://freerepublic.com/focus/f-chat/4099233/replies?c=680',
    ],
    notes:
      'ISW Iran Update of 25 Jan (seen via a repost): the IRI had carried out over 150 attacks on US forces in Iraq and Syria.',
  },
  {
    kind: 'claim',
    source: 'Islamic Resistance in Iraq (via TASS)',
    date: '2024-01-29',
    total: 175,
    sources: [
      'https://russia-islworld.ru/novosti//unmanned-aerial-vehicles-attacking-us-base-in-al-tanf-launched-from-iraq-2024-01-29-39138/',
    ],
    notes: "The group's own claimed count.",
  },
  {
    kind: 'official_window',
    window: '2023-10-20/2023-10-22',
    total: null,
    sources: ['https://responsiblestatecraft.org/us-troops-attacked-syria-iraq'],
    notes:
      'WaPo via Responsible Statecraft: one-way drone attacks Fri-Sun on unoccupied areas at Bashur and on Ain al-Asad and al-Tanf; only Bashur is placed (2023-10-20-bashur-drones), the others are not itemised by date.',
  },
  {
    kind: 'official_day',
    date: '2023-10-26',
    total: 1,
    iraq: 0,
    syria: 1,
    injured: '0',
    sources: [
      'https://www.nationalheraldindia.com/world/us-shoots-down-drone-in-iraq-amid-west-asia-tensions',
    ],
    notes:
      'US official (AFP): a multi-rocket attack in Syria on Thursday 26 Oct, no casualties or damage; base not named, not placed.',
  },
  {
    kind: 'official_window',
    window: '2023-11-12/2023-11-13',
    total: 4,
    syria: 4,
    injured: '0',
    sources: [
      'https://ksltv.com/601381/u-s-forces-have-been-attacked-at-least-4-times-since-sunday-strikes-in-syria/',
    ],
    notes:
      'Four attacks after the 12 Nov US strikes (MSS Euphrates, Green Village, Shaddadi, Rumalyn LZ); all placed.',
  },
  {
    kind: 'official_day',
    date: '2023-11-17',
    total: 3,
    injured: '1+',
    sources: [
      'https://guardiansoftherepublic.com/us-troops-targeted-in-three-more-attacks-at-bases-in-iraq-syria-leaving-one-injured/',
    ],
    notes:
      'Three facilities hit by one-way drones on Fri 17 Nov, at least one soldier hurt; Harir placed, and an IRI claim on Ain al-Asad that day is recorded (2023-11-17-asad-drones-claim) but not matched.',
  },
  {
    kind: 'official_day',
    date: '2023-11-23',
    total: 4,
    iraq: 2,
    syria: 2,
    injured: '0',
    sources: [
      'https://www.livemint.com/news/world/drone-attacks-on-us-forces-in-iraq-and-syria-no-casualties-reported/amp-11700786573335.html',
      'https://www.cnn.com/2023/11/24/politics/us-forces-attacked-iraq-syria-thanksgiving/index.html',
    ],
    notes:
      'Reuters: four attacks including two bases in north-east Syria; CNN names them (al-Asad, Erbil, MSS Euphrates, MSS Green Village); all placed.',
  },
  {
    kind: 'official_day',
    date: '2023-12-08',
    total: '5 (+ embassy)',
    iraq: 2,
    syria: 3,
    injured: '0',
    sources: ['https://www.timesofisrael.com/rocket-barrage-targets-us-embassy-in-baghdads-green-zone/'],
    notes:
      'US official: besides the embassy/Union III salvo, five attempted strikes, on Ain al-Asad twice and on three bases in Syria; none placed except possibly the IRI Conoco claim and the SOHR-reported Kharab al-Jir rockets.',
  },
  {
    kind: 'media_window',
    window: '2024-01-01/2024-01-08',
    syria: '5+',
    sources: [
      'https://www.anews.com.tr/middle-east/2024/01/09/us-bases-in-syria-come-under-rocket-drone-attacks',
    ],
    notes: 'Anadolu: at least five attacks on US bases in Syria since 1 Jan 2024 (as of 8-9 Jan).',
  },
  {
    kind: 'official_injuries',
    date: '2024-01-20',
    injured: '4 TBI (US) + 1 Iraqi',
    sources: [
      'https://www.unitedagainstnucleariran.com/proxies-partners/several-us-servicemembers-injured-large-missile-attack-at-ain-al-asad-airbase',
    ],
    notes: 'Injury tally for the 20 Jan al-Asad barrage.',
  },
];

const file = {
  description:
    'Official running totals of attacks on US and coalition forces in Iraq and Syria (and, from late Jan 2024, Jordan) since 17 Oct 2023, as given by the Pentagon or US officials and reported by the media. `counts` holds only cumulative totals with a known day; `otherTallies` keeps monitor and claim counts, undated figures and single-day or window figures.',
  version: VERSION,
  counts,
  otherTallies,
};
writeFileSync(
  new URL('../../public/data/official-counts.json', import.meta.url),
  `${JSON.stringify(file, null, 2)}\n`,
);
console.log(`counts ${counts.length}, otherTallies ${otherTallies.length}`);
