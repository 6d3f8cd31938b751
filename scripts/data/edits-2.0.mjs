/**
 * The corrections that turned 1.2.0 into 2.0.0, each with its reason, read by
 * migrate-2.0.mjs. The changelog (public/data/CHANGELOG.md) says the same for readers;
 * docs/data-format.md gives the rules the data check enforces.
 */
import { TYPE_WORDS as WORDS } from './clean-text-2.0.mjs';
import { buildCounts as build } from './counts-2.0.mjs';
import { metaCorrections as corrections, sourceMeta as metaAdded } from './sources-2.0.mjs';

export const TYPE_WORDS = WORDS;
export const sourceMeta = metaAdded;
export const metaCorrections = corrections;

/** Events whose pages from the source helper's second pass support the event but quote no US official on it. */
export const upgradeNotQuoting = [
  '2023-11-08-bashur-harir-drones',
  '2023-11-09-asad-drone',
  '2023-10-19-baghdad-dsc',
];
export const buildCounts = build;

/** Same list as MAJOR_OUTLETS and WIRE_SERVICES in src/data/check-sources.ts. */
export const ESTABLISHED = [
  'Reuters',
  'Associated Press',
  'AFP',
  'CNN',
  'The New York Times',
  'The Washington Post',
  'BBC',
  'Al Jazeera English',
  'The Times of Israel',
  'Military Times',
  'Politico',
  'The National',
  'NBC News',
  'ABC News',
  'CBS News',
  'Fox News',
  'The Wall Street Journal',
  'The Guardian',
  'Voice of America',
  'Alhurra',
  'Stars and Stripes',
  'Al Arabiya English',
];

const PENTAGON_LIST_NOTE =
  'SOFREP published this attack in a Pentagon list of attacks; no official statement or wire or ' +
  'major-outlet copy of that list was found, so it is not marked as confirmed by US officials.';

/** Rows that leave the dataset, and why. */
export const removedEvents = {
  '2023-10-18-asad-contractor-death':
    'Not an attack: the Pentagon said no attack took place; a contractor died of cardiac arrest during a false alarm.',
  '2023-10-31-shaddadi-drone': 'Same incident as 2023-10-29-shaddadi-drone (Pentagon timeline: 29 Oct).',
  '2023-11-07-harir-claim': 'Same incident as 2023-11-07-erbil-airport-drones (the claim named Harir).',
  '2023-11-20-asad-drone-claim': 'Same incident as 2023-11-21-asad-ballistic-missile.',
};

/** Rows folded into another because they describe the same incident. */
export const mergedInto = {
  '2023-10-31-shaddadi-drone': '2023-10-29-shaddadi-drone',
  '2023-11-07-harir-claim': '2023-11-07-erbil-airport-drones',
  '2023-11-20-asad-drone-claim': '2023-11-21-asad-ballistic-missile',
};

/** How reader-facing text refers to a removed row. */
export const removedWords = {
  '2023-10-18-asad-contractor-death': 'the false alarm of 18 Oct',
};

const FOX_OCT_19 = 'https://www.foxnews.com/live-news/october-19-israel-hamas-war';
const RS_LIST = 'https://responsiblestatecraft.org/us-troops-attacked-syria-iraq';
const SOFREP =
  'https://sofrep.com/news/us-bases-in-iraq-and-syria-attacked-28-times-to-date-are-we-being-drawn-into-the-war/';
const WORLD_MONITOR = 'https://www.theworldmonitor.com/pentagon-61-attacks-on-us-bases-in-iraq-syria';
const SOUTHFRONT_NOV_17 =
  'https://arab.southfront.press/u-s-reports-more-attacks-on-its-forces-in-iraq-syria';
const SINGH_NOV_21 =
  'https://www.defense.gov/News/Transcripts/Transcript/Article/3596451/deputy-pentagon-press-secretary-ms-sabrina-singh-holds-a-press-briefing/';
const KRDO_JAN_23 =
  'https://krdo.com/news/2024/01/23/us-strikes-three-facilities-in-iraq-following-attacks-on-american-forces-by-iran-backed-militias/';
const I24_JAN_24 =
  'https://www.i24news.tv/en/news/middle-east/1706077698-at-least-1-killed-in-u-s-airstrikes-at-iran-backed-militia-in-iraq';
const CUAS_T22 =
  'https://cuashub.com/content/three-us-service-members-killed-25-injured-in-jordan-drone-attack/';
const REV_T22 =
  'https://www.rev.com/blog/transcripts/pentagon-briefing-as-u-s-considers-response-to-killing-of-3-soldiers-in-jordan-transcript';
const ASHARQ_FEB_3 = 'https://independent.ng/us-raids-hit-backbone-of-iran-aligned-factions-in-iraq-syria/';
const CENTCOM_FEB_2 = 'https://en.964media.com/11309/?utm_source=rss&utm_medium=hathalyoum';
const FEB_2_TIME =
  'The strikes began at 16:00 US Eastern time on 2 February, 21:00 UTC on 2 Feb, which was midnight local time.';

const add = (base, ...more) => [...base, ...more];
const FEB_2_STRIKE = (sources, notes) => ({
  date: '2024-02-03',
  timeUtc: '21:00',
  datePrecision: 'exact',
  sources,
  notes: notes ? `${notes} ${FEB_2_TIME}` : FEB_2_TIME,
});

/** Field changes to 1.2.0 rows; `sources` replaces the list (use add() to extend it). */
export function eventEdits(base) {
  const s = (id) => base[id].sources;
  return {
    '2023-10-18-asad-drones': {
      casualtySource:
        'https://www.thedailybeast.com/drones-target-us-troops-in-iraq-causing-minor-injuries-centcom',
    },
    '2023-10-19-tanf-drones': {
      casualtySource:
        'https://www.navytimes.com/news/your-military/2023/10/26/21-troops-injured-in-iraq-and-syria-drone-strikes/',
    },
    '2023-10-19-baghdad-dsc': {
      date: '2023-10-20',
      timeUtc: '23:50',
      type: 'rocket_attack',
      weapons: '2 rockets, one intercepted',
      summary:
        'Two rockets were fired at the Baghdad Diplomatic Support Center by the airport in the early hours; one was intercepted and the other hit an empty storage building, without casualties, a US defence official told Fox News.',
      sources: add(s('2023-10-19-baghdad-dsc'), FOX_OCT_19),
      notes:
        'The official gave about 02:50 local time on Friday 20 October (23:50 UTC on 19 Oct); the Pentagon list reported by the Washington Post dates the attack to 19 October, US time.',
    },
    '2023-10-20-bashur-drones': {
      notes:
        "The list says only that the drones came between Friday 20 and Sunday 22 October, so the event covers that window. 'Bashur' is taken to be Harir air base (see the place notes). The same list reports drone attacks on Ain al-Asad and al-Tanf in that window.",
    },
    '2023-10-27-abu-kamal-us-strike': {
      sources: add(
        s('2023-10-27-abu-kamal-us-strike'),
        'https://www.thedailybeast.com/us-launches-airstrikes-targeting-iranian-backed-groups-after-syria-iraq-attacks-pentagon',
      ),
    },
    '2023-10-27-green-village-rockets': {
      status: 'reported_by_media',
      notes:
        'Tasnim did not name the base; the Pentagon list republished by SOFREP places a 27 October rocket attack east of MSS Green Village near the Omar field, so the two are taken to be one event. A US official is quoted confirming it in an Arkansas Democrat-Gazette report, but neither page is an official statement or a wire or major-outlet report, so it is not marked as confirmed.',
    },
    '2023-10-23-tanf-rukban-drones': {
      status: 'confirmed_by_us_officials',
      notes:
        'Pentagon spokesman Ryder and CENTCOM said two one-way drones were destroyed near al-Tanf on the morning of 23 October, without casualties or damage; they did not mention the post near Rukban camp.',
    },
    '2023-10-27-asad-drone-intercept': {
      summary:
        'A one-way attack drone was shot down by US forces a few kilometres from al-Asad air base on 27 October.',
      notes:
        "A US defence official's statement, as Sputnik quotes it, timed the shoot-down at about 07:00 US Eastern time, about 14:00 in Iraq; an earlier version of this row said it was in the early hours.",
    },
    '2023-10-29-kharab-al-jir-drone': {
      sources: add(
        s('2023-10-29-kharab-al-jir-drone'),
        'https://sputnikglobe.com/20231029/militants-ignore-bidens-warning-rain-down-fire-on-us-forces-in-iraq-syria-1114572582.html',
      ),
      notes:
        'The reports from Anadolu are undated; 29 October comes from a Sputnik article of that day relaying Lebanese media reports of attacks on Harab Cir. Treat the date with caution.',
    },
    '2023-10-29-shaddadi-drone': {
      status: 'confirmed_by_us_officials',
      summary:
        'Explosive drones were flown at the US base at al-Shaddadi: the IRI claimed two hits, Iraqi security sources reported a suicide-drone strike, and the Pentagon named al-Shaddadi among the attacks in Syria that weekend.',
      weapons: '2 drones (claimed); one one-way attack drone (Pentagon timeline)',
      sources: add(s('2023-10-29-shaddadi-drone'), SOFREP),
      notes:
        "Deputy Pentagon press secretary Singh named al-Shaddadi and Green Village among three attacks in Syria over the weekend of 28-29 October (Stars and Stripes). The Pentagon timeline, reproduced by World News 24/7, dates a one-way drone attack at Shaddadi to 29 October; SOFREP's reading of the same list put it on the 31st, which an earlier version of this dataset kept as a second row.",
    },
    '2023-10-29-tanf-drones': {
      summary:
        'A Sputnik article relays media reports of a new drone attack on the US base at al-Tanf on 29 October; US officials did not comment.',
      notes: 'Single source; no second source confirms it, and the outcome is unknown.',
    },
    '2023-10-30-asad': { status: 'reported_by_media', notes: PENTAGON_LIST_NOTE },
    '2023-10-30-green-village-rockets': {
      notes:
        "Deputy Pentagon press secretary Singh said on 30 October that three attacks in Syria over the weekend hit Green Village and al-Shaddadi (Stars and Stripes); The National puts the three on Sunday and Monday, and SOFREP's copy of a Pentagon list has rockets at Green Village on Monday 30 October, so the day is not certain.",
    },
    '2023-10-30-mss-euphrates-rockets': { status: 'reported_by_media', notes: PENTAGON_LIST_NOTE },
    '2023-11-01-tanf-drone': {
      status: 'reported_by_media',
      notes:
        'The Defense Department described one drone; the IRI and an Iraqi government source said two. SOFREP reports the Pentagon counted it as the 28th attack, but no official statement or wire or major-outlet report of it was found, so it is not marked as confirmed.',
    },
    '2023-11-02-harir-drones': {
      type: 'interception',
      summary:
        'An armed drone was shot down over Harir base on Thursday evening, two security sources told Al Arabiya; a source told Sputnik that two drones had been launched at it.',
      sources: add(
        s('2023-11-02-harir-drones'),
        'https://english.alarabiya.net/News/middle-east/2023/11/03/Drone-shot-down-over-Harir-military-base-in-northern-Iraq',
      ),
      notes:
        'It may be the attack the IRI claimed that evening against the base by Erbil airport: both reports describe drones at a base in Erbil province on Thursday evening, but they name different bases.',
    },
    '2023-11-03-erbil-airbase': {
      date: '2023-11-02',
      datePrecision: 'exact',
      status: 'claimed_only',
      summary:
        'The IRI claimed to have struck the US base by Erbil airport with two drones on the evening of Thursday 2 November; no official confirmed an attack there that night.',
      weapons: '2 drones (claimed)',
      casualties: null,
      usKilled: null,
      usWounded: null,
      sources: [
        'https://www.middleeastmonitor.com/20231103-iraqi-islamic-resistance-claims-responsibility-for-targeting-us-base-in-erbil/',
      ],
      notes:
        'The Pentagon statement once attached to this event (an unsuccessful attack with minor damage to infrastructure) was given on 26 October and concerns the attack of that day. The claim may describe the drone shot down over Harir the same evening.',
    },
    '2023-11-03-shaddadi-drone': {
      notes:
        "The date is inferred: a Press TV-derived article reports the drone 'later the same day' as an Erbil attack it places on Friday 3 November, though that article also mixed in a Pentagon statement from 26 October. Single secondary source.",
    },
    '2023-11-05-tal-baydar-drone': {
      sources: add(
        s('2023-11-05-tal-baydar-drone'),
        'https://www.timesofisrael.com/liveblog_entry/us-shoots-down-another-drone-targeting-american-troops-in-syria/',
      ),
      notes:
        'SOHR first attributed the downed drone to Turkey, then said it came from Iraq. A US official told AP (Stars and Stripes, 5 November) that US forces shot down a one-way drone targeting troops near their base in Syria on Sunday 5 November, at least the 32nd attack; a Times of Israel live update names the base as Tel Baider. A CNN list of attacks has a drone shot down at Tall Baydar on Monday 6 November, which may be the same attack.',
    },
    '2023-11-07-erbil-airport-drones': {
      sources: add(s('2023-11-07-erbil-airport-drones'), 'https://en.964media.com/4284/'),
      notes:
        "Kurdistan's counter-terrorism unit said two drones were downed at the base early on 7 November and a third fell without exploding in a separate attack that morning. The IRI's claim that day named Harir base, but the drones came down at the Erbil airport base, so the claim is recorded here.",
    },
    '2023-11-04-shaddadi-rockets': {
      notes:
        'A NNN-NINA item datelined 5 November says the claim came "yesterday" (4 November). SOHR counted it as the 20th attack on US bases in Syria since 19 October. A CNN list of attacks has drones, not rockets, near Shaddadi that Saturday. No US confirmation found.',
    },
    '2023-11-08-green-village-rockets': { casualtySource: 'https://findecta.com/?p=104424' },
    '2023-11-10-tanf-drone': {
      status: 'reported_by_media',
      notes:
        'Shafaq News and Anadolu (via Middle East Monitor) quote a US military official; neither is an official statement or a wire or major-outlet report, so the row is not marked as confirmed.',
    },
    '2023-11-11-harir-drone': {
      status: 'disputed',
      sources: [
        'https://www.shafaq.com/en/Iraq-News/Al-Harir-airbase-hit-by-another-drone-attack',
        'https://www.kurdistan24.net/en/story/33121-Kurdistan-Region-counter-terrorism-group-refutes-reports-of-drone-attack-on-Harir-base',
      ],
      notes:
        "Kurdistan's counter-terrorism directorate denied the same day that the base was attacked, saying the sound of an explosion need not mean an attack and could have been a training exercise (Kurdistan24). It is not on the US lists consulted.",
    },
    '2023-11-11-rumalyn-drones': { notes: 'The source does not give the outcome.' },
    '2023-11-17-asad-drones-claim': {
      status: 'confirmed_by_us_officials',
      summary:
        'On Friday 17 November one-way drones were aimed at Ain al-Asad; a Pentagon official said the attack caused no injuries, and the IRI said two of its drones hit the base.',
      weapons: '2 drones (claimed); one-way attack drones (Pentagon)',
      casualties: 'none, a Pentagon official said',
      usKilled: 0,
      usWounded: 0,
      casualtySource: WORLD_MONITOR,
      sources: add(s('2023-11-17-asad-drones-claim'), WORLD_MONITOR, SOUTHFRONT_NOV_17),
      notes:
        'One of three facilities attacked by one-way drones that day, with Harir and Tal Baydar; a Pentagon official named all three to Alhurra the next day.',
    },
    '2023-11-17-harir-drones': {
      casualties: 'none at Harir, a Pentagon official said; the one injury that day was at Tal Baydar',
      usKilled: 0,
      usWounded: 0,
      casualtySource: WORLD_MONITOR,
      sources: add(s('2023-11-17-harir-drones'), WORLD_MONITOR),
      notes: 'One of three facilities attacked by one-way drones that day, with Ain al-Asad and Tal Baydar.',
    },
    '2023-11-18-tal-baydar-drone': {
      date: '2023-11-17',
      dateEnd: '2023-11-18',
      datePrecision: 'window',
      status: 'confirmed_by_us_officials',
      summary:
        'A drone struck the US base at Tal Baydar west of Hasakah, lightly injuring one US service member; a Pentagon official confirmed the injury and counted it among three drone attacks on Friday 17 November.',
      casualties: '1 US service member with minor injuries (Pentagon official)',
      usKilled: 0,
      usWounded: 1,
      casualtySource: WORLD_MONITOR,
      sources: add(s('2023-11-18-tal-baydar-drone'), WORLD_MONITOR, SOUTHFRONT_NOV_17),
      notes:
        'US officials place the attack on Friday 17 November (US time); Al Mayadeen reported it on Saturday 18 November, so the event covers both days. Unclaimed in these sources.',
    },
    '2023-11-21-abu-ghraib-ac130': {
      sources: add(s('2023-11-21-abu-ghraib-ac130'), SINGH_NOV_21),
    },
    '2023-11-21-asad-ballistic-missile': {
      casualtySource: 'https://dailytimes247.com/us-gunship-goes-on-retaliation-mission',
      sources: add(
        s('2023-11-21-asad-ballistic-missile'),
        SINGH_NOV_21,
        'https://english.hathalyoum.net/articles/95697-ain-al-assad-air-base-targeted-by-drone-strike-in-',
      ),
      notes:
        "US officials described it as Monday evening, 20 November, Washington time; an Iraqi source gives 03:30 local on Tuesday 21 November, the basis of the approximate UTC time. The IRI's claim of a drone strike on Ain al-Asad shortly before midnight on 20 November probably refers to this attack.",
    },
    '2023-12-07-asad-harir-claims': {
      summary:
        'The IRI claimed drone attacks on both Ain al-Asad and Harir in Erbil province, in statements reported on 7 December.',
      notes:
        'The claim covers two sites and is placed at Ain al-Asad only. SouthFront dates the claims to 6 December, so the Ain al-Asad part probably refers to the drone of that morning; the Harir part is a separate claim.',
    },
    '2023-12-08-kharab-al-jir-rockets': {
      notes:
        'Two attacks on the same day are kept as one row. US officials said three Syrian bases were attacked on 8 December without naming them; this may be among them.',
    },
    '2023-12-09-erbil-drones-down': {
      datePrecision: 'inferred',
      notes:
        "Single secondary source (an Indonesian-language report relaying Al Jazeera). The date is that of the official's statement, Saturday 9 December; the drones may have come the evening before. Nobody claimed it.",
    },
    '2023-12-25-erbil-drone': {
      casualtySource:
        'https://wfin.com/fox-world-news/us-retaliates-after-3-american-service-members-injured-by-kataib-hezbollah-attack-in-iraq/',
      attributedTo: 'Kataib Hezbollah',
    },
    '2023-12-26-babil-us-strikes': {
      sources: add(
        s('2023-12-26-babil-us-strikes'),
        'https://www.foxnews.com/live-news/december-26-israel-hamas',
      ),
    },
    '2023-12-26-shaddadi-claim': {
      datePrecision: 'exact',
      status: 'reported_by_media',
      summary:
        'After the US strikes in Iraq, the IRI claimed a rocket salvo on the US base at al-Shaddadi, and SOHR confirmed explosions inside the base.',
      weapons: 'rockets (claimed)',
      sources: add(
        s('2023-12-26-shaddadi-claim'),
        'http://en.people.cn/n3/2023/1227/c90000-20115532.html',
        'https://english.hathalyoum.net/articles/98581-iri-targets-us-base-in-',
      ),
      notes:
        'Shafaq reported the claim at 22:30 on Tuesday 26 December; Xinhua added that SOHR heard explosions in the base, its 61st recorded attack on US bases in Syria since 19 October.',
    },
    '2023-12-30-green-village-rockets': {
      notes:
        "Weak sourcing: a repost of a SouthFront text that relays a US defence official quoted by Fox News' Jennifer Griffin; no Fox report was found, so the row is not marked as confirmed. The same text says US forces returned fire on positions near al-Mayadin (not recorded as a separate row).",
    },
    '2023-12-31-green-village-drones': {
      notes:
        'Same weak source as the rocket attack of 30 Dec: the US official it quotes is relayed third-hand.',
    },
    '2024-01-02-erbil-drone-down': {
      dateEnd: null,
      datePrecision: 'exact',
      timeUtc: '06:52',
      sources: add(
        s('2024-01-02-erbil-drone-down'),
        'https://en.kurdpress.com/news/159400/Drone-attack-targeting-military-base-in-Kurdistan-Region',
        'https://menafn.com/1107676086/Global-Coalition-Shoots-Down-Drone-In-Kurdistan',
      ),
      notes:
        "Kurdistan's counter-terrorism service, quoted by Reuters, timed the interception at 09:52 Iraq time on Tuesday 2 January. An Al Mayadeen item of 3 January also counts an attack near Erbil airport among that day's attacks, possibly this one.",
    },
    '2024-01-02-malikiyah-drone-claim': {
      sources: add(
        s('2024-01-02-malikiyah-drone-claim'),
        'https://aa.com.tr/en/live/us-base-in-syria-comes-under-drone-attack/3098732',
      ),
      notes: 'Relayed from Al Mayadeen English. Anadolu lists Malikiyah among recently attacked sites.',
    },
    '2024-01-04-baghdad-us-strike': {
      sources: add(
        s('2024-01-04-baghdad-us-strike'),
        'https://www.upi.com/Top_News/World-News/2024/01/04/Baghdad-airstrike/3471704420993/',
        'https://www.newsmax.com/newsfront/us-military-baghdad/2024/01/04/id/1148178/',
      ),
      notes:
        "Pentagon press secretary Ryder confirmed the strike (UPI); a US official confirmed it to Reuters. Tolls vary from two to four killed and about six wounded. Iraq's government called it an attack on a state security body.",
    },
    '2024-01-08-asad-launcher-us-strike': {
      status: 'disputed',
      summary:
        'Two Iraqi army sources told Reuters that a US air strike late on Monday 8 January destroyed a lorry-mounted launcher loaded to fire rockets at Ain al-Asad; the US military later denied striking it.',
      sources: add(
        s('2024-01-08-asad-launcher-us-strike'),
        'https://www.lbcgroup.tv/news/world-news/746736/us-military-denies-striking-rocket-launcher-in-iraq/en',
      ),
      notes:
        "On 11 January the US military said the launcher 'was not destroyed as a result of a US air strike' (Reuters, via LBCI). The launcher stood about 7 km east of the base, in a rural area; it is plotted at the base because the exact point was not published.",
    },
    '2024-01-18-erbil-drones': {
      sources: add(
        s('2024-01-18-erbil-drones'),
        'https://www.devdiscourse.com/article/law-order/2780952-armed-drone-shot-down-near-us-base-in-northern-iraq---sources',
      ),
      notes:
        "Two security sources told Reuters a drone was shot down over the airport at about 19:10; Kurdistan's counter-terrorism service denied that and later said an explosive drone was downed that evening (its statement was issued at 23:06 local, 20:06 UTC, which need not be the time of the interception). The IRI claim does not say whether it covers one or both.",
    },
    '2024-01-20-asad-ballistic-missiles': {
      casualtySource:
        'https://www.unitedagainstnucleariran.com/proxies-partners/several-us-servicemembers-injured-large-missile-attack-at-ain-al-asad-airbase',
    },
    '2024-01-23-asad-drones': {
      casualtySource: KRDO_JAN_23,
      sources: add(
        s('2024-01-23-asad-drones').filter((u) => !u.includes('bignewsnetwork.com/news/274105487')),
        KRDO_JAN_23,
      ),
      notes:
        'Shafaq (posted 22:15 on Tuesday 23 January) quotes a security source on a drone shot down near the base. A drone the IRI claimed at Ain al-Asad on Wednesday 24 January is a separate report.',
    },
    '2024-01-23-conoco-rockets': {
      sources: s('2024-01-23-conoco-rockets').filter((u) => !u.includes('bignewsnetwork.com/news/274105487')),
      notes:
        'Single report relaying Al Mayadeen, with no claim and no US comment. Xinhua reported a rocket attack on the Koniko base claimed by the IRI on Wednesday 24 January, which may be a second attack.',
    },
    '2024-01-24-al-qaim-us-strike': {
      sources: add(s('2024-01-24-al-qaim-us-strike'), KRDO_JAN_23, I24_JAN_24),
      notes:
        'CENTCOM: 00:15 Iraq time on 24 January (21:15 UTC on 23 Jan). Two US officials told AP the three facilities were at Jurf al-Sakhar, al-Qaim and an unnamed site in western Iraq, which is not placed.',
    },
    '2024-01-24-erbil-claim': {
      notes:
        'Kurdish authorities had not commented when Xinhua wrote. The same claim names Ain al-Asad and the Koniko field, where an Iraqi officer reported a drone shot down and SOHR confirmed a rocket attack that day; those two are not recorded as separate rows.',
    },
    '2024-01-24-jurf-al-sakhar-us-strike': {
      sources: add(
        s('2024-01-24-jurf-al-sakhar-us-strike'),
        KRDO_JAN_23,
        I24_JAN_24,
        'https://haberikra.com/angriff-auf-drei-us-stutzpunkte-im-irak-und-in-syrien',
      ),
      notes:
        'CENTCOM: 00:15 Iraq time on 24 January (21:15 UTC on 23 Jan). Part of a three-facility strike answering the 20 January attack on al-Asad. Iraq reported 2 killed and 4 wounded across the strikes (a German-language repost).',
    },
    '2024-01-28-harir-drone': {
      status: 'reported_by_media',
      notes:
        "The report calls it 'the Harir base near Erbil airport', which mixes two sites; placed at Harir. It is probably the strike near Erbil airport that the IRI also claimed that day.",
    },
    '2024-01-28-shaddadi-tanf-rukban-claims': {
      status: 'reported_by_media',
      notes:
        'The claim names three places and is placed at al-Tanf, where SOHR reported a drone downed; the Rukban claim may refer to the Tower 22 attack. The IRI also claimed a strike on a base near Erbil airport that afternoon, recorded at Harir. The claims reach us through Xinhua and SouthFront only.',
    },
    '2024-01-28-tower-22': {
      casualties:
        '3 US Army soldiers killed (Sgt William Rivers, Spc Kennedy Sanders and Spc Breonna Moffett); 25 wounded in CENTCOM’s first count, later reported as 34 to 47',
      casualtySource: CUAS_T22,
      sources: add(
        s('2024-01-28-tower-22'),
        CUAS_T22,
        REV_T22,
        'https://townhall.com/tipsheet/spencerbrown/2024/02/07/us-strike-takes-out-senior-member-of-kataib-hezbollah-in-baghdad-n2634928',
      ),
      notes:
        "Jordan's government first said the attack hit al-Tanf in Syria, not Jordanian soil (Xinhua). The Washington Post reported that the attacking drone was confused with a returning US drone. Wikipedia also names Ansar Allah al-Awfiya among those responsible.",
    },
    '2023-11-29-mss-euphrates-rocket': {
      notes:
        'Fox News quotes Singh saying the 74th attack was on Tuesday 28 November, while CNN, VOA and a US defence official speaking to Iran International put it on Wednesday 29 November; Tuesday may be Washington time for an overnight attack.',
    },
    '2024-02-02-abu-kamal-us-strikes': FEB_2_STRIKE(
      s('2024-02-02-abu-kamal-us-strikes'),
      "Ryder's transcript reads 'Al-Baum' among the Syrian vicinities, probably a transcription of al-Bukamal (unverified). SOHR counted one round of strikes on al-Bukamal; Reuters reported about 23 guards killed across Syria.",
    ),
    '2024-02-02-akashat-us-strikes': FEB_2_STRIKE(
      add(s('2024-02-02-akashat-us-strikes'), ASHARQ_FEB_3),
      'The site has no sourced coordinates. Asharq Al-Awsat reported a drone facility with a large ammunition store hit at Akashat. A mass funeral for 17 fighters was held on 4 February (French Wikipedia).',
    ),
    '2024-02-02-al-qaim-us-strikes': FEB_2_STRIKE(
      add(s('2024-02-02-al-qaim-us-strikes'), ASHARQ_FEB_3, CENTCOM_FEB_2),
      'The package struck 85 targets at 7 facilities, 3 in Iraq and 4 in Syria; 84 of 85 were destroyed or damaged (CNN). Asharq Al-Awsat counted two of the three Iraqi facilities at al-Qaim (two houses) and the third at Akashat; the fourth Syrian facility was not named. The Iraqi toll covers both Akashat and al-Qaim.',
    ),
    '2024-02-02-deir-ez-zor-us-strikes': FEB_2_STRIKE(s('2024-02-02-deir-ez-zor-us-strikes'), null),
    '2024-02-02-mayadin-us-strikes': FEB_2_STRIKE(s('2024-02-02-mayadin-us-strikes'), null),
    '2024-02-22-conoco-drone': {
      notes:
        'The report gives no day, so the date is that of the repost (22 February); the attack may have been earlier. Single source, unclaimed.',
    },
  };
}

/** For these events, the sources that quote a US official (instead of inferring them). */
export const officialSources = {
  '2023-10-19-baghdad-dsc': [FOX_OCT_19, RS_LIST],
  '2023-11-17-asad-drones-claim': [WORLD_MONITOR],
  '2023-11-17-harir-drones': [WORLD_MONITOR],
  '2023-11-18-tal-baydar-drone': [WORLD_MONITOR],
  '2024-01-28-tower-22': [CUAS_T22, REV_T22],
};

export const newEvents = [];
const CENTCOM_NOV_26 =
  "CENTCOM's statement is known here only from Israel National News and an Anadolu copy, neither an official page nor a wire or major outlet, so it is not marked as confirmed.";

/** Changes to research rows, each checked against the rules and the source helper's findings. */
export function researchEdits(rows) {
  const r = (id) => rows[id];
  return {
    '2024-11-10-al-omar-rockets': {
      status: 'confirmed_by_us_officials',
      officialSources: [
        'https://airandspaceforces.com/us-strikes-iranian-backed-groups-syria-attacks-american-troops',
      ],
      notes: `${r('2024-11-10-al-omar-rockets').notes} Pentagon spokesman Ryder said on 12 November that troops at Green Village were attacked twice on 10 November, once by a drone and once by two rockets, without injuries; media witnesses counted five rockets.`,
    },
    '2024-07-16-asad-drones': {
      status: 'confirmed_by_us_officials',
      notes: `${r('2024-07-16-asad-drones').notes} Pentagon spokeswoman Singh said two drones were launched at al-Asad on Tuesday 16 July; one was shot down and the other hit the base, causing minimal damage and no casualties (Stars and Stripes).`,
    },
    '2024-11-25-syria-attack': {
      status: 'reported_by_media',
      notes: `${r('2024-11-25-syria-attack').notes} ${CENTCOM_NOV_26}`,
    },
    '2024-11-26-syria-us-strike': {
      status: 'reported_by_media',
      notes: `${r('2024-11-26-syria-us-strike').notes} ${CENTCOM_NOV_26}`,
    },
    '2023-12-17-al-omar-drones': {
      // kolozeg.org's report is from December 2022 (it embeds a CENTCOM post of 4 Jan 2023).
      sources: r('2023-12-17-al-omar-drones').sources.filter((u) => !u.includes('kolozeg.org')),
    },
  };
}
export const rejectEvents = {};
export const newSites = [];
export const rejectSites = {};

/** Changes to research sites, e.g. a note where no Arabic spelling was found. */
export const researchSiteEdits = {
  'khirbat-adana': {
    notes:
      'Named only in an Islamic Resistance in Iraq claim of 27-28 January 2024 as a US base near the town of Khirbat Adana in Hasakah province. No source locates the village or the base, so it is not drawn on the map, and no source giving its Arabic spelling was found.',
  },
  'syria-location-unspecified': {
    notes:
      'Stands for attacks and US strikes in Syria whose location was not disclosed; not a real place, so it has no point and no Arabic name.',
  },
};

export const siteEdits = {
  'al-tanf': {
    notes:
      'French Wikipedia gives a point about 20 km away (33°26′13″N 38°50′11″E), which would fall in Iraq, so it is not used. One revision of English Wikipedia places the base in Rif Dimashq governorate; most sources say Homs.',
  },
  'victory-base-baghdad': {
    notes:
      'Plotted at the airport reference point; Camp Victory lay about 5 km from the airport (Wikipedia). The US diplomatic support center is next to the airport.',
  },
  qasrak: {
    notes: 'No sourced coordinates. SOHR describes the base as east of Tel Tamr.',
  },
  'baghdad-mashtal': {
    coordSource:
      'https://hitchhikersgui.de/9_Nissan (New Baghdad district, which contains Mashtal: 33°18′17″N 44°29′12″E)',
    notes:
      'Site of the 7 Feb 2024 US drone strike on a vehicle; plotted at the New Baghdad district, which contains Mashtal. The strike point itself was not published.',
  },
  'conoco-gas-field': {
    notes:
      "Gas plant north of Deir ez-Zor city. Media usually call the US position here the 'Conoco base'; see MSS Euphrates. The point matches the location Wikipedia gives for the 2018 battle of Khasham, not a sourced point for the plant itself.",
  },
  'al-omar-green-village': {
    notes:
      'Field-level coordinate; the base footprint is not sourced. The point is about 19 km from Mayadin, though Wikipedia and AFP put the field about 10 km from the town, so it is unverified. Islam Times places one attacked base at al-Khadra village near the field.',
  },
};

/** New points, [lon, lat], each with its source in siteEdits. */
export const siteGeometry = {
  'baghdad-mashtal': { type: 'Point', coordinates: [44.4867, 33.3047] },
};

/** Every spelling found in 1.2.0, mapped to the canonical list (schema CLAIMANTS). */
export const claimantSpellings = {
  'Islamic Resistance in Iraq (per media)': 'Islamic Resistance in Iraq',
  'Islamic Resistance in Iraq (drone)': 'Islamic Resistance in Iraq',
  'Islamic Resistance in Iraq (Wikipedia also lists Ansar Allah al-Awfiya)': 'Islamic Resistance in Iraq',
  'Islamic Resistance in Iraq (via Sabereen News)': 'Islamic Resistance in Iraq',
  'Kataib Hezbollah (US attribution; KH claimed)': 'Kataib Hezbollah',
};

/** Pairs at one site within two days, reviewed and kept apart: [a, b, why (a sentence)]. */
export const distinctPairs = [
  [
    '2023-10-18-asad-drones',
    '2023-10-19-asad',
    'US officials list the drones of 18 Oct and the rocket and drone attack late on 19 Oct as separate attacks.',
  ],
  [
    '2023-10-18-harir-drone',
    '2023-10-20-bashur-drones',
    'The drone destroyed on 18 Oct and the drones that hit empty areas between 20 and 22 Oct are separate attacks in US accounts.',
  ],
  [
    '2023-10-27-green-village-rockets',
    '2023-10-29-al-omar',
    'The rockets of 27 Oct and the overnight attack reported on 29 Oct are reported on different days.',
  ],
  [
    '2023-10-29-al-omar',
    '2023-10-30-green-village-rockets',
    'The overnight attack reported on 29 Oct and the rocket salvo of 30 Oct are reported on different days.',
  ],
  [
    '2023-10-30-asad',
    '2023-10-31-asad-drones',
    'Reuters describes the Monday 30 Oct rocket and drone attack and the drones before dawn on Tuesday 31 Oct as two attacks.',
  ],
  [
    '2023-11-03-shaddadi-drone',
    '2023-11-04-shaddadi-rockets',
    'A drone on 3 Nov and rockets on the morning of 4 Nov come from different reports and weapons.',
  ],
  [
    '2023-11-08-bashur-harir-drones',
    '2023-11-09-harir-fuel-fire',
    "Kurdistan's counter-terrorism unit logged the drones of the night of 8 Nov and the fuel-depot strike at 19:15 on 9 Nov as separate attacks.",
  ],
  [
    '2023-11-09-harir-fuel-fire',
    '2023-11-11-harir-drone',
    'The fuel-depot strike of 9 Nov and the drone reported at noon on Saturday 11 Nov are two reports; the counter-terrorism directorate denied the second.',
  ],
  [
    '2023-11-11-rumalyn-drones',
    '2023-11-13-rumalyn-drones',
    'US officials list drones at the Rumalyn Landing Zone on the morning of 11 Nov and again on 13 Nov.',
  ],
  [
    '2023-11-21-asad-ballistic-missile',
    '2023-11-23-asad-drones',
    'The ballistic missile of the night of 20 to 21 Nov and the drones of Thanksgiving morning, 23 Nov, are separate attacks on the US list.',
  ],
  [
    '2023-11-22-erbil-drone',
    '2023-11-23-erbil-drone',
    'US officials list a drone at Erbil air base on 22 Nov and another at dawn on 23 Nov.',
  ],
  [
    '2023-12-06-asad-drone',
    '2023-12-07-asad-harir-claims',
    'The IRI claim of 7 Dec came a day after the drone of 6 Dec and may refer to it; they are kept apart because the claim gives no day.',
  ],
  [
    '2023-12-07-conoco',
    '2023-12-08-conoco-rocket-claim',
    'The explosions of 7 Dec and the rocket claim made hours after the embassy attack on 8 Dec are reported on different days; the claim may refer to the explosions.',
  ],
  [
    '2023-12-25-erbil-drone',
    '2023-12-27-erbil-drone-down',
    'The drone that wounded three on the morning of 25 Dec and the drone downed near Ashokani on the evening of 27 Dec are separate attacks.',
  ],
  [
    '2023-12-30-green-village-rockets',
    '2023-12-31-green-village-drones',
    'The same report describes rockets late on 30 Dec and drones in the early hours of 31 Dec as two attacks.',
  ],
  [
    '2023-12-31-erbil-drone-down',
    '2024-01-02-erbil-drone-down',
    "Kurdistan's counter-terrorism service reported drones downed on 31 Dec and again on the morning of 2 Jan, calling the second the second attack in two days.",
  ],
  [
    '2023-12-31-green-village-drones',
    '2024-01-02-al-omar-rockets',
    'Drones in the early hours of 31 Dec and missiles on the evening of 2 Jan come from different reports.',
  ],
  [
    '2023-12-31-rmelan-drone',
    '2024-01-02-rmelan-attacks',
    'The drone of 31 Dec and the two attacks of Tuesday 2 Jan are reported on different days.',
  ],
  [
    '2024-01-01-shaddadi-drone-claim',
    '2024-01-02-shaddadi',
    'The claimed drone of New Year’s Day and the rockets and drone of 2 Jan are reported on different days.',
  ],
  [
    '2024-01-02-al-omar-rockets',
    '2024-01-03-green-village-drone-claim',
    'Missiles on the evening of 2 Jan and a claimed drone on the morning of 3 Jan are different weapons on different days.',
  ],
  [
    '2024-01-02-al-omar-rockets',
    '2024-01-04-green-village-drone',
    'Missiles on 2 Jan and a drone on 4 Jan are different weapons on different days.',
  ],
  [
    '2024-01-03-green-village-drone-claim',
    '2024-01-04-green-village-drone',
    'The IRI made separate claims for drones on 3 and 4 Jan, though they may overlap.',
  ],
  [
    '2024-01-03-green-village-drone-claim',
    '2024-01-05-green-village-claim',
    'The IRI made separate claims for drones on 3 and 5 Jan.',
  ],
  [
    '2024-01-04-green-village-drone',
    '2024-01-05-green-village-claim',
    'The IRI made separate claims for drones on 4 and 5 Jan.',
  ],
  [
    '2024-01-16-erbil-drones-down',
    '2024-01-18-erbil-drones',
    "Kurdistan's counter-terrorism service reported three drones destroyed at 05:05 on 16 Jan and another drone late on 18 Jan.",
  ],
  [
    '2024-01-24-erbil-claim',
    '2024-01-25-erbil-drone-down',
    'The claim made on Wednesday 24 Jan and the drone downed at 21:07 on Thursday 25 Jan are reported on different days.',
  ],
];
/** A hand-written reason for an event's distinctFrom, instead of the pairs' sentences. */
export const distinctNotes = {};
