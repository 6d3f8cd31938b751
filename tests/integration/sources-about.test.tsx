/**
 * What a journalist reads: an event's sources as citations (headline, publisher, kind, date,
 * how many independent outlets, whether one is official), a place's Arabic name, and the About
 * page with coverage, definitions, the changelog and how to cite, opened from the header or a link.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { COUNTS, EVENTS, eventFeature, rawFiles, SITES, siteFeature } from '../support/fixture';
import { renderApp } from '../support/render-app';

const official = {
  url: 'https://www.defense.gov/briefing',
  title: 'Pentagon Press Secretary Holds a Press Briefing',
  publisher: 'US Department of Defense',
  published: '2023-10-20',
  kind: 'official',
  archive: 'https://web.archive.org/web/2023/https://www.defense.gov/briefing',
  relays: null,
};
const reuters = {
  url: 'https://example.org/copy',
  title: 'Drones hit base',
  publisher: 'LBCI',
  published: null,
  kind: 'regional',
  archive: null,
  relays: 'Reuters',
};
const reutersAgain = {
  ...reuters,
  url: 'https://example.net/another-copy',
  publisher: 'Some Blog',
  kind: 'blog_or_aggregator',
};
const hostile = {
  url: 'https://example.org/"onmouseover="alert(1)',
  title: '<img src=x onerror=alert(1)>',
  publisher: 'X',
  published: null,
  kind: 'blog_or_aggregator',
  archive: null,
  relays: null,
};

function files() {
  const cited = eventFeature('e9-cited', '2023-10-20', 'al-tanf', {
    sources: [reutersAgain, reuters, official],
    usKilled: 0,
    usWounded: 2,
    casualtySource: official.url,
    claimedBy: null,
  });
  const sites = [
    ...SITES.filter((s) => s.id !== 'al-tanf'),
    siteFeature('al-tanf', [38.6178, 33.5058], {
      name: 'Al-Tanf Garrison',
      nameAr: 'قاعدة التنف',
      nameArSource: 'https://www.aljazeera.net/encyclopedia/tanf',
    }),
  ];
  const base = rawFiles();
  return {
    ...base,
    sites: { ...(base.sites as object), features: sites },
    events: {
      ...(base.events as object),
      coverage: { start: '2023-10-17', end: '2024-12-31' },
      features: [...EVENTS, cited],
    },
    counts: {
      ...COUNTS,
      counts: [
        ...COUNTS.counts,
        { ...COUNTS.counts[0], date: '2023-11-01', total: 28, scope: 'Iraq and Syria' },
      ],
    },
  };
}

const CHANGELOG =
  '# Dataset changelog\n\n## 9.1.0 — 2026-12-01\n\n**Added.** Two `rows`, and\na wrapped line.\n\n- first change\n- second change\n';

describe('sources a journalist can cite', () => {
  it('shows headline, publisher, kind and date, independence and the official source, as text and safe links', async () => {
    const { user } = await renderApp({ files: files(), url: '/?event=e9-cited' });
    const panel = await screen.findByTestId('event-panel');
    expect(within(panel).getByRole('heading', { name: 'Sources (3)' })).toBeInTheDocument();
    // Two pages relaying Reuters count as one outlet; the Pentagon is the other.
    expect(within(panel).getByTestId('source-strength')).toHaveTextContent(
      '2 independent sources, including an official statement.',
    );
    const items = within(panel)
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('source'));
    // Strongest kind first.
    expect(items[0]).toHaveTextContent('Pentagon Press Secretary Holds a Press Briefing');
    expect(items[0]).toHaveTextContent('US Department of Defense · Official statement · 20 Oct 2023');
    expect(within(items[0] as HTMLElement).getByRole('link', { name: /Archived copy/ })).toHaveAttribute(
      'href',
      official.archive,
    );
    expect(items[1]).toHaveTextContent('LBCI · Regional outlet · date not known · republishing Reuters');
    expect(within(panel).getByText('0 killed, 2 wounded')).toBeInTheDocument();
    expect(within(panel).getByText(/according to US Department of Defense/)).toBeInTheDocument();
    expect(within(panel).getByText('Unclaimed / unknown')).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Close event details' }));
  });

  it('never links or renders markup from a hostile source', async () => {
    const bad = eventFeature('e9-bad', '2023-10-21', 'al-tanf', { sources: [hostile] });
    const f = files();
    (f.events as { features: unknown[] }).features.push(bad);
    await renderApp({ files: f, url: '/?event=e9-bad' });
    const panel = await screen.findByTestId('event-panel');
    expect(within(panel).getByRole('link', { name: /<img src=x onerror=alert\(1\)>/ })).toBeInTheDocument();
    expect(panel.querySelector('img')).toBeNull();
    for (const a of panel.querySelectorAll('a')) expect(a.getAttribute('href')).toMatch(/^https?:/);
  });

  it("shows a place's Arabic name, marked as Arabic, with its source", async () => {
    const { user } = await renderApp({ files: files(), url: '/?place=al-tanf' });
    const panel = await screen.findByTestId('site-panel');
    const arabic = within(panel).getByText('قاعدة التنف');
    expect(arabic).toHaveAttribute('lang', 'ar');
    expect(within(panel).getByRole('link', { name: /source: aljazeera\.net/ })).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Close place details' }));
  });
});

describe('the About / Data page', () => {
  it('opens from a link, with coverage, definitions, changelog and citation, and closes to the map', async () => {
    const { user } = await renderApp({
      files: files(),
      url: '/?view=about',
      routes: { '/data/CHANGELOG.md': { status: 200, body: CHANGELOG } },
    });
    const page = await screen.findByTestId('about-page');
    expect(within(page).getByRole('heading', { level: 2, name: 'About the data' })).toHaveFocus();
    expect(within(page).getByTestId('about-covers')).toHaveTextContent(
      'Version 0.9.0: 7 events from 17 Oct 2023 to 31 Dec 2024 — 6 drone, rocket and missile attacks on US and coalition forces in Iraq, Syria and Jordan, and 1 US strike in reply — at 4 places, 1 of which no source locates.',
    );
    const table = within(page).getByTestId('coverage-table');
    const cells = (row: number) =>
      [...(within(table).getAllByRole('row')[row]?.querySelectorAll('th, td') ?? [])].map(
        (c) => c.textContent,
      );
    // Day, official total, attacks listed up to that day, of which confirmed.
    expect(cells(1)).toEqual(['24 Oct 2023', '13', '3', '3']);
    expect(cells(2)).toEqual(['1 Nov 2023', '28 (Iraq and Syria)', '5', '3']);
    expect(within(page).getByText(/Confirmed by US officials/)).toBeInTheDocument();
    expect(within(page).getByText(/Militia channel/)).toBeInTheDocument();
    // The changelog is read from the data folder and rendered as text.
    expect(
      await within(page).findByRole('heading', { level: 4, name: '9.1.0 — 2026-12-01' }),
    ).toBeInTheDocument();
    expect(within(page).getByText('rows').tagName).toBe('CODE');
    expect(within(page).getByText('first change')).toBeInTheDocument();
    expect(within(page).getByText(/dataset version 0\.9\.0/)).toBeInTheDocument();
    await user.click(within(page).getByRole('button', { name: 'Close About the data' }));
    await waitFor(() => expect(screen.queryByTestId('about-page')).toBeNull());
    await waitFor(() => expect(window.location.search).not.toContain('view=about'));
  });

  it('opens from the header button and writes its link', async () => {
    const { user } = await renderApp({
      files: files(),
      routes: { '/data/CHANGELOG.md': { status: 200, body: CHANGELOG } },
    });
    await screen.findByTestId('event-count');
    await user.click(screen.getByRole('button', { name: 'About the data' }));
    await screen.findByTestId('about-page');
    await waitFor(() => expect(window.location.search).toBe('?v=1&view=about'));
  });

  it('says so when the changelog cannot be loaded', async () => {
    await renderApp({
      files: files(),
      url: '/?view=about',
      routes: { '/data/CHANGELOG.md': { status: 404, body: '' } },
    });
    const page = await screen.findByTestId('about-page');
    expect(await within(page).findByRole('alert')).toHaveTextContent(
      'Could not load the changelog (HTTP 404).',
    );
  });
});
