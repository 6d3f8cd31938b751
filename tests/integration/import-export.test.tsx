/**
 * Bring your own data and take it back out, through the whole app (jsdom; the importer runs in
 * the page where there is no Worker): open a file, see its events on the list, map and count,
 * narrow the view, export it, open the export, and get the same events back.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { acledCsv } from '../../scripts/bench/acled-csv.mjs';
import { captureDownloads, type Download } from '../support/downloads';
import { drawnEventCount } from '../support/map-marks';
import { renderApp } from '../support/render-app';

const count = () => screen.getByTestId('event-count');
const stops: (() => void)[] = [];
afterEach(() => {
  for (const stop of stops.splice(0)) stop();
});

async function openFile(app: Awaited<ReturnType<typeof renderApp>>, file: File) {
  const { user } = app;
  const opener =
    screen.queryByRole('button', { name: 'Open your own data…' }) ??
    screen.getByRole('button', { name: 'Open another file…' });
  await user.click(opener);
  const dialog = await screen.findByRole('dialog', { name: 'Open your own data' }, { timeout: 10_000 });
  await user.upload(within(dialog).getByTestId('import-file'), file);
  await user.click(await within(dialog).findByRole('button', { name: 'Load the file' }, { timeout: 10_000 }));
  return dialog;
}

async function exportAs(app: Awaited<ReturnType<typeof renderApp>>, button: string, downloads: Download[]) {
  await app.user.click(screen.getByRole('button', { name: 'Export and cite' }));
  const dialog = await screen.findByRole(
    'dialog',
    { name: 'Export and cite this view' },
    { timeout: 10_000 },
  );
  const before = downloads.length;
  await app.user.click(within(dialog).getByRole('button', { name: button }));
  await waitFor(() => expect(downloads.length).toBe(before + 1));
  await app.user.click(within(dialog).getByRole('button', { name: 'Close' }));
  return downloads[before] as Download;
}

/** The data rows, without the provenance block (which names the day, the file and the link). */
const dataRows = (csv: string) => csv.split('\r\n').filter((l) => l && !l.startsWith('#'));

describe('bring your own data, export the view, read it back', () => {
  it('loads an ACLED file, narrows it, exports CSV and GeoJSON, and each export reads back equal', async () => {
    const app = await renderApp();
    const capture = captureDownloads();
    stops.push(capture.stop);
    expect(await screen.findByTestId('event-count', {}, { timeout: 10_000 })).toHaveTextContent(
      '6 of 6 events',
    );

    await openFile(app, new File([acledCsv(120)], 'acled-sample.csv', { type: 'text/csv' }));
    await waitFor(() => expect(count()).toHaveTextContent('120 of 120 events'), { timeout: 15_000 });
    expect(await screen.findByTestId('data-name', {}, { timeout: 10_000 })).toHaveTextContent(
      'acled-sample.csv',
    );
    // The map got the new data: a new map, showing the imported events.
    await waitFor(() => expect(drawnEventCount()).toBe(120));
    const list = screen.getByRole('list', { name: 'Events in the current view' });
    expect(within(list).getAllByRole('button').length).toBeGreaterThan(0);

    await app.user.type(screen.getByRole('searchbox', { name: 'Search events' }), 'armed clash');
    await waitFor(() => expect(count()).not.toHaveTextContent('120 of 120 events'));
    const narrowed = count().textContent ?? '';
    const shown = Number(narrowed.split(' ')[0]);
    expect(shown).toBeGreaterThan(0);

    const csv = await exportAs(app, 'Download CSV', capture.downloads);
    expect(csv.name).toMatch(/^incident-atlas-.*\.csv$/);
    const csvText = await csv.blob.text();
    expect(csvText).toMatch(/^# Exported from Incident Atlas/);
    expect(csvText).toContain(
      '# Dataset: acled-sample.csv (a local file, not published read as ACLED export (CSV)',
    );
    expect(csvText).toContain('search “armed clash”');
    expect(dataRows(csvText)).toHaveLength(shown + 1);
    const geo = await exportAs(app, 'Download GeoJSON', capture.downloads);
    const geoJson = JSON.parse(await geo.blob.text());
    expect(geoJson.provenance.dataset).toMatchObject({ title: 'acled-sample.csv', origin: 'file' });
    expect(geoJson.provenance.view.search).toBe('armed clash');
    expect(geoJson.features).toHaveLength(shown);

    // The CSV export, opened again: the same events, field for field.
    await openFile(app, new File([csvText], csv.name, { type: 'text/csv' }));
    await waitFor(() => expect(count()).toHaveTextContent(`${shown} of ${shown} events`), {
      timeout: 15_000,
    });
    const again = await exportAs(app, 'Download CSV', capture.downloads);
    expect(dataRows(await again.blob.text())).toEqual(dataRows(csvText));

    // The GeoJSON export, opened again: the same features.
    await openFile(app, new File([JSON.stringify(geoJson)], geo.name, { type: 'application/geo+json' }));
    await waitFor(() => expect(screen.getByTestId('data-name')).toHaveTextContent(geo.name), {
      timeout: 15_000,
    });
    expect(count()).toHaveTextContent(`${shown} of ${shown} events`);
    const geoAgain = JSON.parse(
      await (await exportAs(app, 'Download GeoJSON', capture.downloads)).blob.text(),
    );
    expect(geoAgain.features).toEqual(geoJson.features);

    // And back to the built-in data.
    await app.user.click(screen.getByTestId('back-to-built-in'));
    await waitFor(() => expect(count()).toHaveTextContent('6 of 6 events'));
  }, 90_000);

  it('reports rows it cannot read and keeps the current data when none can be read', async () => {
    const app = await renderApp();
    expect(await screen.findByTestId('event-count', {}, { timeout: 10_000 })).toHaveTextContent(
      '6 of 6 events',
    );
    const bad = 'date,lat,lon,title\n31/02/2024,33,40,a\n2024-13-01,33,40,b\n';
    const dialog = await openFile(app, new File([bad], 'bad.csv', { type: 'text/csv' }));
    expect(await within(dialog).findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(
      'No row could be read, so nothing changed: the built-in dataset is still shown.',
    );
    const report = within(dialog).getByRole('region', { name: 'rows left out' });
    expect(
      within(report)
        .getAllByRole('row')
        .map((r) => r.textContent),
    ).toEqual([
      'RowColumnWhy',
      '2date“31/02/2024” is not a real calendar date',
      '3datemonth 13 does not exist (“2024-13-01”)',
    ]);
    expect(count()).toHaveTextContent('6 of 6 events');
  }, 60_000);

  it('refuses a file that is not a table, with the reason, and the data stays', async () => {
    const app = await renderApp();
    await screen.findByTestId('event-count', {}, { timeout: 10_000 });
    await app.user.click(screen.getByRole('button', { name: 'Open your own data…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Open your own data' }, { timeout: 10_000 });
    await app.user.upload(within(dialog).getByTestId('import-file'), new File([], 'empty.csv'));
    expect(await within(dialog).findByRole('alert', {}, { timeout: 10_000 })).toHaveTextContent(
      'The file is empty (0 bytes).',
    );
    expect(count()).toHaveTextContent('6 of 6 events');
  }, 30_000);
});
