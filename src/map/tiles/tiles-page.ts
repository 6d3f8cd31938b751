/**
 * tiles.html: the events of a PMTiles archive on a map, with a time window and an exact count of
 * the events in view (docs/beyond-the-browser.md). Plain DOM, and only `textContent` for what
 * the archive says: its metadata is data from a file, never markup.
 */
import 'maplibre-gl/dist/maplibre-gl.css';
import { type DayNumber, formatCivilDate, formatDayLong, parseCivilDate } from '../../shared/civil-date';
import { createTilesMap, type TilesMap } from './tiles-map';
import { type ArchiveSummary, archiveSummary, distinctEvents, tilesUrl, windowFilter } from './tiles-view';

/** How long the archive's header and metadata may take before the page says so. */
const READ_LIMIT_MS = 20_000;

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = '') {
  const node = document.createElement(tag);
  node.className = className;
  node.textContent = text;
  return node;
}

function dateInput(label: string): { box: HTMLLabelElement; input: HTMLInputElement } {
  const box = element('label', 'tiles-date', label);
  const input = document.createElement('input');
  input.type = 'date';
  input.required = true;
  box.append(input);
  return { box, input };
}

function withLimit<T>(work: Promise<T>, what: string): Promise<T> {
  return Promise.race([
    work,
    new Promise<never>((_, reject) => {
      setTimeout(() => reject(new Error(`${what} took more than ${READ_LIMIT_MS / 1000} s`)), READ_LIMIT_MS);
    }),
  ]);
}

/** Builds the page in `root` and opens the archive the address names. */
export async function openTilesPage(root: HTMLElement, page: Location): Promise<void> {
  const header = element('header', 'tiles-header');
  const title = element('h1', 'tiles-title', 'Events from tiles');
  const about = element('p', 'tiles-about');
  const back = element('a', 'tiles-back', 'Open the full app');
  back.href = './';
  const from = dateInput('From');
  const to = dateInput('To');
  const window = element('div', 'tiles-window');
  window.append(from.box, to.box);
  const count = element('p', 'tiles-count', 'Opening the archive…');
  count.setAttribute('role', 'status');
  const unlocated = element('p', 'tiles-unlocated');
  const problem = element('p', 'tiles-problem');
  problem.setAttribute('role', 'alert');
  header.append(title, about, window, count, unlocated, problem, back);
  const mapBox = element('div', 'tiles-map');
  mapBox.setAttribute('role', 'region');
  mapBox.setAttribute('aria-label', 'Map of the events in the archive');
  root.replaceChildren(header, mapBox);
  root.dataset.state = 'opening';

  const fail = (message: string) => {
    problem.textContent = message;
    count.textContent = '';
    root.dataset.state = 'failed';
  };
  const archive = tilesUrl(page.search, page.href);
  if (!archive) {
    fail(
      'The tiles= parameter must name a .pmtiles file on this site, for example ?tiles=tiles/events.pmtiles.',
    );
    return;
  }
  about.textContent = `Read tile by tile from ${archive.pathname}. No event is thinned out, so the count is exact.`;

  let summary: ArchiveSummary | null;
  let tiles: TilesMap;
  try {
    const { PMTiles } = await import('pmtiles');
    const reader = new PMTiles(archive.href);
    const [head, metadata] = await withLimit(
      Promise.all([reader.getHeader(), reader.getMetadata()]),
      'Reading the archive',
    );
    summary = archiveSummary(metadata);
    tiles = await withLimit(
      createTilesMap(mapBox, archive, new URL('./', page.href).href),
      'Loading the map',
    );
    // Below the archive's first zoom there are no tiles: never show an empty map as "no events".
    tiles.map.setMinZoom(head.minZoom);
    tiles.map.fitBounds(
      [
        [head.minLon, head.minLat],
        [head.maxLon, head.maxLat],
      ],
      { padding: 40, duration: 0, maxZoom: 9 },
    );
  } catch (error) {
    fail(`Could not open ${archive.pathname}: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  tiles.map.on('error', (event) => {
    problem.textContent = `Part of the archive could not be read: ${event.error?.message ?? 'unknown error'}`;
  });
  if (!summary) {
    window.hidden = true;
    problem.textContent =
      'This archive has no Incident Atlas metadata, so there is no time window or total here.';
  } else {
    title.textContent = summary.version ? `${summary.name} ${summary.version}` : summary.name;
    unlocated.textContent =
      summary.unlocated > 0
        ? `${summary.unlocated} more ${summary.unlocated === 1 ? 'event has' : 'events have'} no known place and are not on this map.`
        : '';
    for (const { input } of [from, to]) {
      input.min = formatCivilDate(summary.firstDay);
      input.max = formatCivilDate(summary.lastDay);
    }
    from.input.value = formatCivilDate(summary.firstDay);
    to.input.value = formatCivilDate(summary.lastDay);
  }

  const days = (): [DayNumber, DayNumber] | null => {
    const start = parseCivilDate(from.input.value);
    const end = parseCivilDate(to.input.value);
    return start !== null && end !== null && start <= end ? [start, end] : null;
  };
  const total = summary?.events;
  const recount = () => {
    const window = days();
    const drawn = distinctEvents(tiles.drawnFeatures());
    const of = total === undefined ? '' : ` of ${total}`;
    const when = window ? `, ${formatDayLong(window[0])} to ${formatDayLong(window[1])}` : '';
    count.textContent = `${drawn}${of} events in view${when}`;
    root.dataset.count = String(drawn);
    root.dataset.state = 'ready';
  };
  const applyWindow = () => {
    const window = days();
    if (!window) {
      problem.textContent = 'Pick a start day on or before the end day.';
      return;
    }
    problem.textContent = '';
    root.dataset.state = 'drawing';
    tiles.setFilter(windowFilter(window[0], window[1]));
  };
  from.input.addEventListener('change', applyWindow);
  to.input.addEventListener('change', applyWindow);
  if (summary) applyWindow();
  tiles.map.on('idle', recount);
}
