/**
 * Renders the whole app as main.tsx does, with one substitution: the fake map factory.
 * Data comes over real HTTP from a local server; the URL is jsdom's real `history`.
 */
import { QueryClient } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RawFiles } from '../../src/data/parse-dataset';
import { App } from '../../src/app/app';
import { loadDeferredParts } from '../../src/app/atlas';
import type { CreateMap } from '../../src/map/map-like';
import { createAppStore } from '../../src/store/app-store';
import { decodeUrl } from '../../src/store/url-codec';
import { bindUrlSync } from '../../src/store/url-sync';
import { currentGeneration, whenTestEnds } from './app-cleanup';
import { type Route, startDataServer } from './data-server';
import { createFakeMapFactory } from './fake-map';
import { rawFiles } from './fixture';

interface Options {
  url?: string;
  /** Stands in for the fake map factory (a map that fails to start, say). */
  createMap?: CreateMap;
  files?: RawFiles;
  /** Answers that replace a file's, set before the app first fetches (a 404, malformed JSON). */
  routes?: Record<string, Route>;
  /** Shortens the 20 s data stall limit, so a hung request fails fast. */
  dataStallMs?: number;
}

export async function renderApp({
  url = '/',
  files = rawFiles(),
  routes = {},
  dataStallMs,
  ...options
}: Options = {}) {
  const mine = currentGeneration();
  // Each render opens the app in a new tab: the view an earlier test's page recorded for its
  // tab (url-sync keeps the view left in sessionStorage for a reload) must not open here, and
  // jsdom has no navigation entry to tell a reload from a new page.
  window.sessionStorage.clear();
  window.history.replaceState(null, '', url);
  // The list's, filters' and timeline's code: in the built app it is fetched at the page's
  // start and comes long before the data; here each module is compiled on its first import,
  // seconds on a loaded machine, so wait for it as a page would. tests/unit/deferred.test.tsx
  // covers the page while it waits.
  await loadDeferredParts();
  const server = await startDataServer({
    '/data/sites.geojson': files.sites,
    '/data/events.geojson': files.events,
    '/data/official-counts.json': files.counts,
  });
  if (mine !== currentGeneration()) {
    // The test timed out while the server started, and its cleanup has run: an app started
    // now would write its URL into the next test. Stop here instead.
    await server.close();
    throw new Error('renderApp: the test ended before its app could start');
  }
  for (const [path, route] of Object.entries(routes)) server.set(path, route);
  const { view, notices } = decodeUrl(window.location.search, window.location.hash);
  const store = createAppStore(view, notices);
  const unbind = bindUrlSync(store, window);
  const fake = createFakeMapFactory();
  const { maps } = fake;
  const createMap = options.createMap ?? fake.createMap;
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const context = { store, createMap, dataBaseUrl: server.baseUrl, reducedMotion: true, dataStallMs };
  const utils = render(<App context={context} queryClient={queryClient} />);
  const cleanup = async () => {
    unbind();
    await server.close();
  };
  whenTestEnds(cleanup);
  return { ...utils, store, maps, server, user: userEvent.setup(), cleanup };
}
