import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { headersPlugin } from './scripts/build/headers-plugin.ts';
import { offlinePlugin } from './scripts/build/offline-plugin.ts';
import { preloadPlugin } from './scripts/build/preload-plugin.ts';

/**
 * Link previews want an absolute image URL; the build knows it only when told where the app
 * will live (`SITE_URL=https://example.org/atlas/ npm run build`). Without it the path stays.
 */
function socialPreview(): Plugin {
  const site = process.env.SITE_URL;
  return {
    name: 'incident-atlas-social-preview',
    apply: 'build',
    transformIndexHtml: (html) =>
      site
        ? html.replaceAll('content="/og-image.png"', `content="${new URL('og-image.png', site).href}"`)
        : html,
  };
}

/** Project name suffix and the TZ each unit and integration run uses. */
const TIME_ZONES = [
  ['', 'UTC'],
  ['-kiritimati', 'Pacific/Kiritimati'],
] as const;

// One config for the app and the three test tiers. `npm test` builds first, so the e2e
// tier always drives the same files a user would be served.
export default defineConfig({
  // The Content-Security-Policy and other headers: scripts/security-headers.mjs. The service
  // worker and its precache list: scripts/build/offline-plugin.ts.
  plugins: [react(), headersPlugin(), offlinePlugin(), preloadPlugin(), socialPreview()],
  build: {
    // maplibre-gl is ~1 MB minified on its own; keep it in its own chunk so the app code
    // can change without invalidating the map library in the browser cache.
    chunkSizeWarningLimit: 1200,
    // The modulepreload polyfill is for browsers without <link rel="modulepreload"> (all current
    // ones have it); without the link such a browser fetches the chunks a little later, when
    // they are imported (issue 13: it was part of the JS every first view loads).
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // Two pages: the app, and tiles.html, which opens a PMTiles archive of events
      // (docs/beyond-the-browser.md) and shares only the map code with the app.
      input: { main: 'index.html', tiles: 'tiles.html' },
      output: {
        // JS only: with its stylesheet in the group, the entry imported the chunk for the CSS's
        // sake and so ran all of MapLibre before the app's first line (issue 13). The map code
        // now runs when the map is created; index.html preloads it (preload-plugin.ts).
        codeSplitting: { groups: [{ name: 'maplibre', test: /node_modules[\\/]maplibre-gl[\\/].*\.m?js$/ }] },
      },
    },
  },
  server: { port: 5173 },
  test: {
    projects: [
      // The unit and integration tiers run twice: in UTC, and in Pacific/Kiritimati (UTC+14,
      // where the local date is a day ahead of UTC's for most of the day), so a date computed
      // in the viewer's zone instead of the event's fails. civil-date.test.ts also switches
      // through zones west of UTC and zones with daylight saving.
      ...TIME_ZONES.flatMap(([suffix, TZ]): TestProjectInlineConfiguration[] => [
        {
          extends: true,
          test: {
            name: `unit${suffix}`,
            environment: 'node',
            env: { TZ },
            include: ['tests/unit/**/*.test.ts', 'tests/data/**/*.test.ts'],
            // Set on purpose for a loaded 2-CPU machine, where the basemap build and
            // 10,000-run properties take seconds: a slow test must finish, not time out and
            // leak into the next.
            testTimeout: 30_000,
            hookTimeout: 30_000,
          },
        },
        {
          extends: true,
          test: {
            name: `integration${suffix}`,
            environment: 'jsdom',
            env: { TZ },
            include: ['tests/integration/**/*.test.tsx', 'tests/unit/**/*.test.tsx'],
            setupFiles: ['tests/support/setup-dom.ts'],
            // The whole app in jsdom takes 0.3-5 s a test on two loaded CPUs; see also the
            // Testing Library wait limit in setup-dom.ts.
            testTimeout: 60_000,
            hookTimeout: 30_000,
          },
        },
      ]),
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // Two browser contexts, two map loads and a drag take 15 s alone and near a minute on
          // two CPUs shared with other work; a test must finish rather than time out.
          testTimeout: 120_000,
          hookTimeout: 90_000,
          // expect.poll gives up after 1 s by default; a software-GL map on two loaded CPUs can
          // take several seconds to settle a camera move. A poll still ends once satisfied.
          expect: { poll: { timeout: 20_000 } },
          // One browser at a time: the machine has two cores and software WebGL.
          fileParallelism: false,
        },
      },
    ],
  },
});
