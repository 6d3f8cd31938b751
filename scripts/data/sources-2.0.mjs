/**
 * Metadata for the source URLs the 2.0.0 corrections add, and corrections to the research
 * metadata, in the hand-off's shape. Titles are the headlines shown on the stored pages
 * (or, where marked in the comment, read from the address).
 */
const page = (title, publisher, published, kind, relays = null) => ({
  title,
  publisher,
  published,
  kind,
  archive: null,
  relays,
});

export const sourceMeta = {
  'https://www.foxnews.com/live-news/october-19-israel-hamas-war': page(
    // Title read from the address (a live page).
    'October 19 Israel-Hamas war',
    'Fox News',
    '2023-10-19',
    'major_outlet',
  ),
  'https://www.thedailybeast.com/us-launches-airstrikes-targeting-iranian-backed-groups-after-syria-iraq-attacks-pentagon':
    page(
      'U.S. Launches Strikes Targeting Iran-Linked Groups in Syria: Pentagon',
      'The Daily Beast',
      '2023-10-27',
      'major_outlet',
    ),
  'https://worldsnews247.com/timeline-us-forces-in-iraq-and-syria-were-attacked-at-least-27-times-between-oct-17-31':
    // Title read from the address.
    page(
      'Timeline: US forces in Iraq and Syria were attacked at least 27 times between Oct. 17-31',
      'World News 24/7',
      null,
      'blog_or_aggregator',
    ),
  'https://english.alarabiya.net/News/middle-east/2023/11/03/Drone-shot-down-over-Harir-military-base-in-northern-Iraq':
    // Title read from the address.
    page(
      'Drone shot down over Harir military base in northern Iraq',
      'Al Arabiya English',
      '2023-11-03',
      'major_outlet',
    ),
  'https://en.964media.com/4284/': page(
    'International Coalition Forces shoot down three drones at Erbil base',
    '964',
    '2023-11-07',
    'regional',
  ),
  'https://www.defense.gov/News/Transcripts/Transcript/Article/3596451/deputy-pentagon-press-secretary-ms-sabrina-singh-holds-a-press-briefing/':
    page(
      'Deputy Pentagon Press Secretary Ms. Sabrina Singh Holds a Press Briefing',
      'US Department of Defense',
      '2023-11-21',
      'official',
    ),
  'http://en.people.cn/n3/2023/1227/c90000-20115532.html': page(
    'Iraqi Shiite militia claims rocket attack on U.S. base in Syria',
    "People's Daily Online",
    '2023-12-27',
    'state_affiliated',
    'Xinhua',
  ),
  'https://english.hathalyoum.net/articles/98581-iri-targets-us-base-in-': page(
    // Title read from the address.
    'IRI targets US base in Syria',
    'Hathalyoum',
    '2023-12-26',
    'blog_or_aggregator',
    'Shafaq News',
  ),
  // Title read from the address.
  'https://en.kurdpress.com/news/159400/Drone-attack-targeting-military-base-in-Kurdistan-Region': page(
    'Drone attack targeting military base in Kurdistan Region',
    'Kurdpress',
    '2024-01-02',
    'regional',
    'Reuters',
  ),
  // Title read from the address.
  'https://menafn.com/1107676086/Global-Coalition-Shoots-Down-Drone-In-Kurdistan': page(
    'Global Coalition Shoots Down Drone In Kurdistan',
    'MENAFN',
    '2024-01-02',
    'blog_or_aggregator',
    'Kuwait News Agency (KUNA)',
  ),
  'https://www.lbcgroup.tv/news/world-news/746736/us-military-denies-striking-rocket-launcher-in-iraq/en':
    page(
      // Title read from the address.
      'US military denies striking rocket launcher in Iraq',
      'LBCI',
      '2024-01-11',
      'regional',
      'Reuters',
    ),
  'https://cuashub.com/content/three-us-service-members-killed-25-injured-in-jordan-drone-attack/': page(
    // Title read from the address.
    'Three US service members killed, 25 injured in Jordan drone attack',
    'CUAS Hub',
    '2024-01-28',
    'blog_or_aggregator',
  ),
  'https://www.rev.com/blog/transcripts/pentagon-briefing-as-u-s-considers-response-to-killing-of-3-soldiers-in-jordan-transcript':
    page(
      'Pentagon Briefing as U.S. Considers Response to Killing of 3 Soldiers in Jordan Transcript',
      'Rev',
      '2024-01-30',
      'blog_or_aggregator',
      'US Department of Defense',
    ),
  // Title read from the address.
  'https://www.i24news.tv/en/news/middle-east/1706077698-at-least-1-killed-in-u-s-airstrikes-at-iran-backed-militia-in-iraq':
    page(
      'At least 1 killed in U.S. airstrikes at Iran-backed militia in Iraq',
      'i24NEWS',
      '2024-01-24',
      'regional',
      'CNN',
    ),
  'https://krdo.com/news/2024/01/23/us-strikes-three-facilities-in-iraq-following-attacks-on-american-forces-by-iran-backed-militias/':
    page(
      'US strikes three facilities in Iraq following attacks on American forces by Iran-backed militias',
      'KRDO',
      '2024-01-23',
      'regional',
      'Associated Press',
    ),
  'https://www.foxnews.com/live-news/december-26-israel-hamas': page(
    // Title read from the address (a live page).
    'December 26 Israel-Hamas',
    'Fox News',
    '2023-12-26',
    'major_outlet',
  ),
  'https://www.upi.com/Top_News/World-News/2024/01/04/Baghdad-airstrike/3471704420993/': page(
    'U.S. kills terrorist leader in Baghdad airstrike, angering Iraq',
    'UPI',
    '2024-01-04',
    'wire',
  ),
  'https://www.newsmax.com/newsfront/us-military-baghdad/2024/01/04/id/1148178/': page(
    'US Carries Out Strike in Baghdad Against Militia Leader',
    'Newsmax',
    '2024-01-04',
    'major_outlet',
    'Reuters',
  ),
  // Title read from the address.
  'https://independent.ng/us-raids-hit-backbone-of-iran-aligned-factions-in-iraq-syria/': page(
    'US raids hit backbone of Iran-aligned factions in Iraq, Syria',
    'Independent Newspaper Nigeria',
    '2024-02-04',
    'blog_or_aggregator',
    'Asharq Al-Awsat',
  ),
  'https://en.964media.com/11309/?utm_source=rss&utm_medium=hathalyoum': page(
    'US confirms airstrikes in Syria, Iraq after early confusion',
    '964',
    '2024-02-03',
    'regional',
  ),
  'https://aa.com.tr/en/live/us-base-in-syria-comes-under-drone-attack/3098732': page(
    // Title read from the address.
    'US base in Syria comes under drone attack',
    'Anadolu Agency',
    null,
    'state_affiliated',
  ),
  'https://haberikra.com/angriff-auf-drei-us-stutzpunkte-im-irak-und-in-syrien': page(
    // Title read from the address.
    'Angriff auf drei US-Stützpunkte im Irak und in Syrien',
    'Haberikra',
    null,
    'blog_or_aggregator',
  ),
  'https://www.kurdistan24.net/en/story/33121-Kurdistan-Region-counter-terrorism-group-refutes-reports-of-drone-attack-on-Harir-base':
    page(
      // Title read from the address.
      'Kurdistan Region counter-terrorism group refutes reports of drone attack on Harir base',
      'Kurdistan24',
      '2023-11-11',
      'regional',
    ),
  'https://www.devdiscourse.com/article/law-order/2780952-armed-drone-shot-down-near-us-base-in-northern-iraq---sources':
    page(
      'Armed drone shot down near US base in northern Iraq - sources',
      'Devdiscourse',
      '2024-01-19',
      'blog_or_aggregator',
      'Reuters',
    ),
};

/** Corrections to the research metadata, from the stored pages; these win over every other table. */
export const metaCorrections = {
  'https://responsiblestatecraft.org/us-troops-attacked-syria-iraq': {
    title: 'UPDATE: US troops in Iraq, Syria fending off spate of armed attacks',
    relays: 'The Washington Post',
  },
  'https://americanactionnews.com/featured/2023/11/07/armed-drones-shot-down-near-base-hosting-us-troops': {
    relays: 'The Daily Caller',
  },
  'https://develop.reviewjournal.com/news/nation-and-world/u-s-strikes-3-facilities-in-iraq-following-attacks-by-iran-backed-militias-2699515':
    { relays: 'Associated Press' },
  'https://www.theworldmonitor.com/pentagon-61-attacks-on-us-bases-in-iraq-syria': { relays: 'Alhurra' },
};
