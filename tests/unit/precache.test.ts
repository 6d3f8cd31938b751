/**
 * What the service worker caches and answers: only the build's own files on our own origin,
 * exactly those URLs, and page navigations inside the app (every view is a query on one page).
 */
import { describe, expect, it } from 'vitest';
import {
  injectManifest,
  isPrecached,
  precacheManifest,
  revisionOf,
} from '../../scripts/build/offline-plugin';
import { cacheKey, keyForRequest, precacheIndex, staleKeys } from '../../src/offline/precache';

const SCOPE = 'https://atlas.example/';
const files = new Map<string, string>([
  ['index.html', '<!doctype html>'],
  ['assets/index-abc.js', 'console.log(1)'],
  ['data/events.geojson', '{"type":"FeatureCollection"}'],
  ['fonts/noto.woff2', 'font'],
  ['sw.js', 'worker'],
  ['_headers', '/*'],
  ['assets/index-abc.js.map', '{}'],
  ['.well-known/x', 'x'],
]);
const manifest = precacheManifest(files);
const index = precacheIndex(manifest, SCOPE);
const get = (url: string, mode = 'cors', method = 'GET') =>
  keyForRequest({ url, mode, method }, SCOPE, index);

describe('the precache manifest', () => {
  it('lists the app, data and fonts with a content revision; never the worker, maps or host files', () => {
    expect(manifest.map((e) => e.url)).toEqual([
      '',
      'assets/index-abc.js',
      'data/events.geojson',
      'fonts/noto.woff2',
    ]);
    expect(manifest[2]?.revision).toBe(revisionOf('{"type":"FeatureCollection"}'));
    expect(
      ['sw.js', '_headers', 'a/b.js.map', '.hidden', 'tiles/events.pmtiles', 'data/events.geojson'].map(
        isPrecached,
      ),
    ).toEqual([false, false, false, false, false, true]);
  });

  it('a changed file gets a new cache key; an unchanged one keeps its key across builds', () => {
    const next = precacheManifest(new Map([...files, ['data/events.geojson', '{"changed":true}']]));
    const nextIndex = precacheIndex(next, SCOPE);
    expect(nextIndex.get(`${SCOPE}data/events.geojson`)).not.toBe(index.get(`${SCOPE}data/events.geojson`));
    expect(nextIndex.get(`${SCOPE}fonts/noto.woff2`)).toBe(index.get(`${SCOPE}fonts/noto.woff2`));
    expect(staleKeys([...index.values()], nextIndex)).toEqual([index.get(`${SCOPE}data/events.geojson`)]);
  });

  it('is injected into the worker in place of its placeholder, once', () => {
    const code = 'var m=JSON.parse("__ATLAS_PRECACHE_MANIFEST__");';
    const out = injectManifest(code, manifest);
    expect(JSON.parse(JSON.parse(out.slice('var m=JSON.parse('.length, -2)))).toEqual(manifest);
    expect(() => injectManifest('var m=1;', manifest)).toThrow(/placeholder is missing/);
  });
});

describe('which requests the worker answers from the cache', () => {
  it('answers its own files, exactly', () => {
    expect(get(`${SCOPE}assets/index-abc.js`)).toBe(
      cacheKey(manifest[1] ?? { url: '', revision: '' }, SCOPE),
    );
    expect(get(`${SCOPE}data/events.geojson`)).toBe(index.get(`${SCOPE}data/events.geojson`));
  });

  it('answers a navigation to any view of the app with the app shell', () => {
    const shell = index.get(SCOPE);
    expect(shell).toBeDefined();
    expect(get(`${SCOPE}?v=1&event=2024-01-28-tower-22&map=6/33/40`, 'navigate')).toBe(shell);
    expect(get(`${SCOPE}index.html?v=1`, 'navigate')).toBe(shell);
    expect(get(`${SCOPE}#6/33/40`, 'navigate')).toBe(shell);
    expect(get(`${SCOPE}elsewhere/page`, 'navigate')).toBeNull();
  });

  it('leaves everything else to the network: other origins, paths, queries, methods, local files', () => {
    expect(get('https://tiles.example/data/events.geojson')).toBeNull();
    expect(get('http://atlas.example/data/events.geojson')).toBeNull();
    expect(get(`${SCOPE}data/other.geojson`)).toBeNull();
    expect(get(`${SCOPE}data/events.geojson?fresh=1`)).toBeNull();
    expect(get(`${SCOPE}data/events.geojson`, 'cors', 'POST')).toBeNull();
    expect(get('blob:https://atlas.example/1234')).toBeNull();
    expect(get('data:application/json,{}')).toBeNull();
    expect(get('not a url')).toBeNull();
  });

  it('stays inside its scope when the app lives under a sub-path', () => {
    const scope = 'https://host.example/atlas/';
    const sub = precacheIndex(manifest, scope);
    const at = (url: string, mode = 'cors') => keyForRequest({ url, mode, method: 'GET' }, scope, sub);
    expect(at('https://host.example/atlas/data/events.geojson')).not.toBeNull();
    expect(at('https://host.example/data/events.geojson')).toBeNull();
    expect(at('https://host.example/atlas/?v=1', 'navigate')).toBe(sub.get(scope));
    expect(at('https://host.example/?v=1', 'navigate')).toBeNull();
  });
});
