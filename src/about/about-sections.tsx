/** The prose parts of the About page: what the data covers, how it was made, citing, licence. */
import type { Dataset } from '../data/model';
import { formatDayLabel, parseCivilDate } from '../shared/civil-date';
import { sourceStats } from './about-stats';

const day = (iso: string) => formatDayLabel(parseCivilDate(iso) as number);

export function CoversSection({ dataset }: { dataset: Dataset }) {
  const attacks = dataset.events.filter((e) => e.direction === 'attack_on_us').length;
  const strikes = dataset.events.length - attacks;
  const unplaced = dataset.sites.filter((s) => s.lon === null).length;
  return (
    <>
      <p data-testid="about-covers">
        Version {dataset.version}: {dataset.events.length} events
        {dataset.coverage && ` from ${day(dataset.coverage.start)} to ${day(dataset.coverage.end)}`} —{' '}
        {attacks} drone, rocket and missile {attacks === 1 ? 'attack' : 'attacks'} on US and coalition forces
        in Iraq, Syria and Jordan, and {strikes} US {strikes === 1 ? 'strike' : 'strikes'} in reply — at{' '}
        {dataset.sites.length} places, {unplaced} of which no source locates.
      </p>
      <p>
        An attack is listed when a cited source reports it, whether or not the Pentagon counted it; each event
        says how it is known. Incidents that were not attacks on US forces (a false alarm, Iran’s missile
        strike on Erbil in January 2024) are left out.
      </p>
    </>
  );
}

export function MethodSection() {
  return (
    <ul>
      <li>
        Events come from stored copies of news reports, official statements and briefings, monitor reports and
        the armed groups’ claims. Every event cites the pages it rests on; nothing is added without one.
      </li>
      <li>
        Dates are the local civil date at the place (Iraq, Syria and Jordan were all on UTC+3). A time, when a
        source gives one, is in UTC; when that falls on the previous day, the notes say so. An uncertain day
        is marked inferred, or recorded as a window of days.
      </li>
      <li>
        Places are drawn only where a source gives coordinates, and each place says whether its point is the
        facility, the nearest town or an area reference. Places no source locates stay in the list, marked
        “location unknown”.
      </li>
      <li>
        Two events at one place within two days are checked for being one incident entered twice; the ones
        kept apart say why and link to each other.
      </li>
      <li>
        Where sources disagree, the notes say so rather than settle it silently. A data check run with every
        change enforces these rules (see the project’s data-format documentation).
      </li>
    </ul>
  );
}

export function SourcingSummary({ dataset }: { dataset: Dataset }) {
  const stats = sourceStats(dataset);
  return (
    <p data-testid="about-sourcing">
      {stats.pages} source pages. {stats.withOfficial} of {stats.events} events cite an official statement,
      and {stats.withEstablished} cite an official statement, a news agency or a major outlet. Each event
      shows its sources with their publisher, kind and date, and how many independent outlets they come from.
    </p>
  );
}

export function CiteSection({ version }: { version: string }) {
  const link = `${window.location.origin}${window.location.pathname}?v=1&view=about`;
  return (
    <>
      <p>To cite the dataset:</p>
      <p className="citation">
        Incident Atlas, “Attacks on US forces in Iraq, Syria and Jordan, and US strikes in reply”, dataset
        version {version}, {link}
      </p>
      <p>
        To cite one event, cite the reports listed under it; the event’s own link (Copy link) shows the
        dataset’s reading of them.
      </p>
    </>
  );
}

export function LicenceSection() {
  return (
    <p>
      The data files (places, events and official counts, with their notes) are released under the Creative
      Commons Attribution 4.0 licence (CC BY 4.0). The linked reports belong to their publishers; the dataset
      records facts from them in its own words. The app's code is released under the MIT licence.
    </p>
  );
}
