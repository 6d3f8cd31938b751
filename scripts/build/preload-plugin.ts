/**
 * The first view needs three things that used to start one after another: the app's JS, then
 * (once React rendered) the dataset and the map library. Links in index.html start all of them
 * at once: a modulepreload for the MapLibre chunk and fetch preloads for the built-in data
 * files (same URLs, mode and credentials as fetch-dataset.ts asks for, so the browser hands the
 * preloaded responses over). A page opened with `data=` fetches the built-in files for nothing:
 * about 0.6 MB, once, and the service worker keeps them anyway.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';

// The same paths as DATA_FILES in src/data/fetch-dataset.ts (a unit test keeps them equal).
export const PRELOADED_DATA = ['data/sites.geojson', 'data/events.geojson', 'data/official-counts.json'];

export function preloadPlugin(): Plugin {
  let base = '/';
  return {
    name: 'incident-atlas-preload',
    apply: 'build',
    configResolved(config) {
      base = config.base;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_, context) {
        const tags: HtmlTagDescriptor[] = PRELOADED_DATA.map((path) => ({
          tag: 'link',
          attrs: { rel: 'preload', as: 'fetch', crossorigin: 'anonymous', href: `${base}${path}` },
          injectTo: 'head',
        }));
        for (const chunk of Object.values(context.bundle ?? {})) {
          if (chunk.type === 'chunk' && chunk.name === 'maplibre') {
            tags.push({
              tag: 'link',
              attrs: { rel: 'modulepreload', crossorigin: '', href: `${base}${chunk.fileName}` },
              injectTo: 'head',
            });
          }
        }
        return tags;
      },
    },
  };
}
