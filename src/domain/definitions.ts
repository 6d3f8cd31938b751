/**
 * What each status and each kind of source means, in a reader's words: the About page shows
 * them, and docs/data-format.md gives the same rules for maintainers.
 */
import type { SourceKind, Status } from '../data/schema';

export const STATUS_DEFINITIONS: Record<Status, string> = {
  confirmed_by_us_officials:
    'The Pentagon, US Central Command or a named or unnamed US official confirmed the event, in an official statement or in a news agency or major outlet report (or a faithful copy of one) that the event cites.',
  reported_by_media:
    'News media, conflict monitors or Iraqi or Kurdish authorities reported it, but no US confirmation is cited. Some of these reports rest on a single outlet close to the armed groups; the sources list says which.',
  claimed_only: 'Only the attackers’ own claim reports it.',
  disputed:
    'Sources contradict each other on whether it happened as described, for example when the US military denied a strike that Iraqi sources reported.',
};

export const SOURCE_KIND_DEFINITIONS: Record<SourceKind, string> = {
  official:
    'A government statement or briefing: the Pentagon, US Central Command, the State Department, or another government on the record.',
  wire: 'A news agency whose reports other outlets republish: Reuters, the Associated Press, AFP, UPI.',
  major_outlet:
    'A national or international newsroom with editorial standards, such as CNN, Fox News, The Times of Israel or Al Arabiya English.',
  regional:
    'A newsroom covering the region or a local market, such as Shafaq News, Rudaw, Kurdistan24, 964 or a US local station.',
  state_affiliated:
    'An outlet owned or directed by a state, such as Press TV, Al Mayadeen, Sputnik, TASS or Xinhua.',
  militia_channel: 'A channel run by or for the armed groups, such as Sabereen News.',
  monitor:
    'A conflict monitor or research group, such as the Syrian Observatory for Human Rights or the Institute for the Study of War.',
  blog_or_aggregator:
    'A blog, aggregator or site that republishes others’ reports; where it names the original, the source list says whose report it carries.',
};
